package org.hexo.ci.board;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.hexo.ci.InfrastructureException;

/**
 * The boards' health on this host, kept across runs in {@code <lockDir>/health/<board>.json}: the
 * last health check's outcome and when it stops counting. A board that failed is quarantined until
 * then (or until a check passes); a board that passed is not checked again until then.
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

  public BoardHealth(Path lockDir) {
    this.dir = lockDir.resolve("health");
  }

  /** The board's last check, expired or not. */
  public Optional<Record> last(String board) {
    Path f = dir.resolve(board + ".json");
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
      Files.move(tmp, dir.resolve(board + ".json"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new InfrastructureException(
          "cannot record the health of board " + board + " in " + dir + ": " + e.getMessage(),
          "make the lock directory (lock-dir, HEXO_LOCK_DIR) writable",
          e);
    }
    return r;
  }
}
