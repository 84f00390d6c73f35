package org.hexo.ci.board.qemu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.UsageException;
import org.hexo.ci.board.Board;
import org.hexo.ci.board.BoardProvider;
import org.hexo.ci.board.BoardSpec;
import org.hexo.ci.config.HexoConfig;

/**
 * Opens {@code qemu-system} boards. Options in the inventory entry: {@code image} (an image
 * directory; without it the recipe builds or reuses the one for this checkout under {@code
 * <cache>/qemu-images}), {@code boot-timeout} (seconds, default 300: TCG on a busy 2-core host is
 * slow), {@code memory} (MiB, default 1024), {@code cpus} (default 2). The console and QEMU's log
 * go to a fresh directory under {@code <report dir>/boards/}.
 */
public final class QemuSystemProvider implements BoardProvider {
  static final Duration DEFAULT_BOOT_TIMEOUT = Duration.ofSeconds(300);

  @Override
  public String kind() {
    return QemuSystemBoard.KIND;
  }

  @Override
  public Board open(BoardSpec spec, HexoConfig config) {
    Duration bootTimeout =
        Duration.ofSeconds(intOption(spec, "boot-timeout", DEFAULT_BOOT_TIMEOUT.toSeconds()));
    int memory = (int) intOption(spec, "memory", 1024);
    int cpus = (int) intOption(spec, "cpus", 2);
    QemuImage image = image(spec, config);
    return QemuSystemBoard.boot(
        spec.name(), image, runDir(spec, config), bootTimeout, memory, cpus);
  }

  @Override
  public String state(BoardSpec spec, HexoConfig config) {
    String dir = spec.option("image");
    if (dir == null) {
      return "image built on first boot";
    }
    return Files.isRegularFile(Path.of(dir).resolve(QemuImage.MANIFEST))
        ? "image ready"
        : "image missing (" + dir + ")";
  }

  /** Stops virtual boards whose hexo-ci process died without closing them. */
  @Override
  public List<String> reap(boolean dryRun) {
    return QemuReaper.reap(dryRun);
  }

  private static QemuImage image(BoardSpec spec, HexoConfig config) {
    String dir = spec.option("image");
    if (dir != null) {
      return QemuImage.at(Path.of(dir));
    }
    return QemuImageBuilder.forProject(config.projectRoot())
        .setCacheDir(config.cacheDir().resolve("qemu-images"))
        .setProgressListener(line -> System.err.println("[" + spec.name() + "] " + line))
        .call();
  }

  private static Path runDir(BoardSpec spec, HexoConfig config) {
    try {
      Path boards = Files.createDirectories(config.reportDir().resolve("boards"));
      return Files.createTempDirectory(boards, spec.name() + "-");
    } catch (IOException e) {
      throw new InfrastructureException(
          "cannot create a run directory for board " + spec.name() + ": " + e.getMessage(),
          "check that the report directory " + config.reportDir() + " is writable",
          e);
    }
  }

  private static long intOption(BoardSpec spec, String key, long fallback) {
    String v = spec.option(key);
    if (v == null) {
      return fallback;
    }
    try {
      long n = Long.parseLong(v.trim());
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below with the board and key
    }
    throw new UsageException(
        "board '"
            + spec.name()
            + "': option "
            + key
            + " must be a positive integer, got '"
            + v
            + "'",
        "fix the board's options in the inventory");
  }
}
