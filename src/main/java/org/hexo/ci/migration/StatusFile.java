package org.hexo.ci.migration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hexo.ci.verify.LegProof;

/** Reads the runtime's {@code .status} file: lines {@code sec.usec:STATUS_...}. */
final class StatusFile {
  private static final Pattern LINE = Pattern.compile("^(\\d+)\\.(\\d{1,9}):(STATUS_\\w+)");

  private StatusFile() {}

  /**
   * Whether the leg whose status file this is recorded no checkpoint: false when the file is
   * missing or unreadable (nothing is known then), true when it lists statuses but no {@code
   * STATUS_CHECKPOINTING}. A leg's {@code .status} is its own: transfers never carry it.
   */
  public static boolean saysNoCheckpoint(Path file) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try {
      List<String> lines = Files.readAllLines(file);
      return lines.stream().anyMatch(l -> LINE.matcher(l.trim()).find())
          && firstTime(file, "STATUS_CHECKPOINTING").isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * When a resuming leg finished its restore: the first state it entered after {@code
   * STATUS_RESTORING_CHKPT} other than {@code STATUS_NOT_RUNNING} ({@code STATUS_PULLING_PAGES} in
   * post-copy, {@code STATUS_READY_FOR_MIGRATION} otherwise), if the file records one.
   */
  public static Optional<Instant> restoredAt(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      boolean restoring = false;
      for (String line : Files.readAllLines(file)) {
        Matcher m = LINE.matcher(line.trim());
        if (!m.find()) {
          continue;
        }
        if (m.group(3).equals("STATUS_RESTORING_CHKPT")) {
          restoring = true;
        } else if (restoring && !m.group(3).equals("STATUS_NOT_RUNNING")) {
          return Optional.of(time(m));
        } else if (restoring) {
          return Optional.empty();
        }
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** Every status line of the file in order; empty when it is missing or unreadable. */
  public static List<LegProof.Status> lines(Path file) {
    List<LegProof.Status> out = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    try {
      for (String line : Files.readAllLines(file)) {
        Matcher m = LINE.matcher(line.trim());
        if (m.find()) {
          out.add(new LegProof.Status(time(m), m.group(3)));
        }
      }
    } catch (IOException e) {
      return List.of();
    }
    return out;
  }

  private static Instant time(Matcher m) {
    String frac = (m.group(2) + "000000000").substring(0, 9);
    return Instant.ofEpochSecond(Long.parseLong(m.group(1)), Long.parseLong(frac));
  }

  /** When {@code status} was first entered, if the file records it. */
  public static Optional<Instant> firstTime(Path file, String status) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      for (String line : Files.readAllLines(file)) {
        Matcher m = LINE.matcher(line.trim());
        if (m.find() && m.group(3).equals(status)) {
          return Optional.of(time(m));
        }
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
