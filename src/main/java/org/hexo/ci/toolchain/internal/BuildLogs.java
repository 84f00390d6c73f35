package org.hexo.ci.toolchain.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.hexo.ci.InfrastructureException;

/**
 * One log file per build attempt in a toolchain's cache directory ({@code <UTC
 * time>-<pid>.build.log}), so attempts never interleave, with {@code build.log} pointing at the
 * latest one.
 */
public final class BuildLogs {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

  private BuildLogs() {}

  /** Creates the log of a new attempt and points {@code build.log} at it. */
  public static Path newAttempt(Path dir) {
    String name =
        STAMP.format(ZonedDateTime.now(ZoneOffset.UTC))
            + "-"
            + ProcessHandle.current().pid()
            + ".build.log";
    Path log = dir.resolve(name);
    Path latest = dir.resolve("build.log");
    try {
      Files.deleteIfExists(log);
      Files.createFile(log);
      Path link = dir.resolve(".build.log." + ProcessHandle.current().pid());
      Files.deleteIfExists(link);
      Files.createSymbolicLink(link, Path.of(name));
      // rename over the old link (or the single log file of earlier versions) atomically
      Files.move(
          link,
          latest,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      return log;
    } catch (IOException e) {
      throw new InfrastructureException(
          "cannot create a build log in " + dir + ": " + e.getMessage(),
          "check the cache directory",
          e);
    }
  }
}
