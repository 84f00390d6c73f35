package org.hexo.ci.board;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.hexo.ci.InfrastructureException;

/**
 * The boards' health on this host, kept across runs in {@code <lockDir>/health/<board>-<id>.json}:
 * the last health check's outcome and when it stops counting. A board that failed is quarantined
 * until then (or until a check passes); a board that passed is not checked again until then. A
 * board is known by its name and what its inventory entry says it is ({@code <id>}, a hash of kind,
 * address, port, user, arch, options and a {@code kvm} label): names are only unique within one
 * inventory, and another inventory's board of the same name must not inherit this one's quarantine.
 */
public final class BoardHealth {
  /** How long a health check's outcome counts. */
  public static final Duration TTL = Duration.ofHours(1);

  private static final ObjectMapper MAPPER =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** One board's last check: healthy or not, why not, when checked, until when it counts. */
  public record Record(
      String board, boolean healthy, String reason, long checkedAt, long expiresAt) {
    public Record {
      reason = reason == null ? "" : reason;
    }

    public boolean expired(long now) {
      return now >= expiresAt;
    }

    /** For {@code board list}: {@code healthy}, {@code quarantined until T: why} or {@code -}. */
    public String describe(long now) {
      if (expired(now)) {
        return "-";
      }
      return healthy
          ? "healthy (checked " + Instant.ofEpochMilli(checkedAt) + ")"
          : "quarantined until " + Instant.ofEpochMilli(expiresAt) + ": " + reason;
    }
  }

  private final Path dir;
  private final Function<String, String> files;

  /** Health by board name alone (boards of one inventory). */
  public BoardHealth(Path lockDir) {
    this(lockDir, name -> name);
  }

  /** Health of the boards of {@code inventory}, each known by its name and entry. */
  public BoardHealth(Path lockDir, BoardInventory inventory) {
    this(lockDir, name -> fileStem(name, inventory));
  }

  private BoardHealth(Path lockDir, Function<String, String> files) {
    this.dir = lockDir.resolve("health");
    this.files = files;
  }

  private static String fileStem(String name, BoardInventory inventory) {
    return inventory.boards().stream()
        .filter(b -> b.name().equals(name))
        .findFirst()
        .map(b -> name + "-" + identity(b))
        .orElse(name);
  }

  private static String identity(BoardSpec b) {
    String what =
        String.join(
            "|",
            b.kind(),
            String.valueOf(b.address()),
            String.valueOf(b.port()),
            String.valueOf(b.user()),
            String.valueOf(b.arch()),
            new TreeMap<>(b.options()).toString());
    if (b.effectiveLabels().contains("kvm")) {
      what += "|kvm"; // its check also runs a KVM guest: a different check, a different record
    }
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(what.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** The board's last check, expired or not. */
  public Optional<Record> last(String board) {
    Path f = dir.resolve(files.apply(board) + ".json");
    if (!Files.isRegularFile(f)) {
      return Optional.empty();
    }
    try {
      return Optional.of(MAPPER.readValue(f.toFile(), Record.class));
    } catch (IOException e) {
      // a torn or foreign file says nothing about the board
      return Optional.empty();
    }
  }

  /** The board's last check while it still counts. */
  public Optional<Record> current(String board) {
    long now = System.currentTimeMillis();
    return last(board).filter(r -> !r.expired(now));
  }

  /** Records a check's outcome (atomically: readers see the old or the new record). */
  public Record record(String board, boolean healthy, String reason) {
    long now = System.currentTimeMillis();
    Record r = new Record(board, healthy, reason, now, now + TTL.toMillis());
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, "." + board, ".tmp");
      MAPPER.writeValue(tmp.toFile(), r);
      Files.move(
          tmp, dir.resolve(files.apply(board) + ".json"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new InfrastructureException(
          "cannot record the health of board " + board + " in " + dir + ": " + e.getMessage(),
          "make the lock directory (lock-dir, HEXO_LOCK_DIR) writable",
          e);
    }
    return r;
  }
}
