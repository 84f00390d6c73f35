package org.hexo.ci.board.qemu;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.hexo.ci.InfrastructureException;

/**
 * Builds (or reuses) the virtual-board image by running {@code qemu-images/build.sh}, streaming its
 * progress lines. A single-use command: {@code QemuImageBuilder.forProject(root).setCacheDir(dir)
 * .setProgressListener(System.out::println).call()}. The recipe caches by key and holds a lock per
 * key, so concurrent callers build once; a reused image returns in about two seconds.
 */
public final class QemuImageBuilder {
  static final String RECIPE = "qemu-images/build.sh";
  private static final String RESULT_PREFIX = "HEXO_IMAGE_DIR=";
  private static final int TAIL_LINES = 25;

  private final Path recipe;
  private Path cacheDir;
  private boolean force;
  private Duration timeout = Duration.ofMinutes(30);
  private Consumer<String> progress = line -> {};
  private boolean called;

  private QemuImageBuilder(Path recipe) {
    this.recipe = recipe;
  }

  /** The builder for the recipe in a hexo-ci checkout. */
  public static QemuImageBuilder forProject(Path projectRoot) {
    return new QemuImageBuilder(projectRoot.resolve(RECIPE));
  }

  /** Where images are kept ({@code <cache>/qemu-images}); the recipe's default otherwise. */
  public QemuImageBuilder setCacheDir(Path imagesDir) {
    this.cacheDir = Objects.requireNonNull(imagesDir, "imagesDir");
    return this;
  }

  /** Rebuilds even when an image with the same key exists. */
  public QemuImageBuilder setForce(boolean force) {
    this.force = force;
    return this;
  }

  public QemuImageBuilder setTimeout(Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, got " + timeout);
    }
    this.timeout = timeout;
    return this;
  }

  /** Receives each line the recipe prints (steps with elapsed seconds, apt and debootstrap). */
  public QemuImageBuilder setProgressListener(Consumer<String> listener) {
    this.progress = Objects.requireNonNull(listener, "listener");
    return this;
  }

  /** Runs the recipe and returns the image it built or reused. */
  public QemuImage call() {
    if (called) {
      throw new IllegalStateException("QemuImageBuilder is single-use; make a new one");
    }
    called = true;
    if (!Files.isRegularFile(recipe)) {
      throw new InfrastructureException(
          "the virtual-board recipe " + recipe + " is missing",
          "run hexo-ci from a checkout of hexo-ci (set project-root in the config)");
    }
    List<String> cmd = new ArrayList<>(List.of("bash", recipe.toString()));
    if (cacheDir != null) {
      cmd.addAll(List.of("--out", cacheDir.toString()));
    }
    if (force) {
      cmd.add("--force");
    }
    Process p;
    try {
      p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new InfrastructureException("cannot run " + recipe + ": " + e.getMessage(), "", e);
    }
    Deque<String> tail = new ArrayDeque<>();
    String imageDir = null;
    Thread watchdog = new Thread(() -> killAfterTimeout(p), "qemu-image-build-timeout");
    watchdog.setDaemon(true);
    watchdog.start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) {
        progress.accept(line);
        if (line.startsWith(RESULT_PREFIX)) {
          imageDir = line.substring(RESULT_PREFIX.length());
        }
        tail.addLast(line);
        if (tail.size() > TAIL_LINES) {
          tail.removeFirst();
        }
      }
      int rc = p.waitFor();
      if (rc != 0 || imageDir == null) {
        throw new InfrastructureException(
            "building the virtual-board image failed (exit "
                + rc
                + (rc == 137 || rc == 143 ? ", killed after " + timeout : "")
                + "):\n"
                + String.join("\n", tail),
            "the last lines above say what is missing; the recipe needs root, debootstrap,"
                + " cpio, ssh-keygen, qemu-user-static with binfmt for aarch64, and apt access to"
                + " Debian's mirror (scripts/setup-host.sh installs them)");
      }
      return QemuImage.at(Path.of(imageDir));
    } catch (IOException e) {
      throw new InfrastructureException("reading " + recipe + "'s output failed", "", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InfrastructureException("interrupted while building the virtual board", "", e);
    } finally {
      watchdog.interrupt();
      if (p.isAlive()) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
      }
    }
  }

  private void killAfterTimeout(Process p) {
    try {
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.descendants().forEach(ProcessHandle::destroy);
        p.destroy();
      }
    } catch (InterruptedException e) {
      // the build finished first
    }
  }
}
