package org.hexo.ci.board.qemu;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hexo.ci.Infra;
import org.hexo.ci.config.ConfigLoader;

/** Shared setup for virtual-board integration tests: the image, built once per recipe. */
final class VirtualBoards {
  private static QemuImage image;

  private VirtualBoards() {}

  /** The checkout holding {@code qemu-images/build.sh}. */
  static Path projectRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve(QemuImageBuilder.RECIPE))) {
        return p;
      }
    }
    throw new IllegalStateException(
        "no " + QemuImageBuilder.RECIPE + " above the working directory");
  }

  /**
   * The image for this checkout, built (a few minutes) or reused (seconds). Skips locally, fails
   * under CI, when the host cannot build or boot it.
   */
  static synchronized QemuImage image() {
    Infra.require(onPath(QemuVm.BINARY), QemuVm.BINARY + " (apt-get install qemu-system-arm)");
    Infra.require(
        onPath("debootstrap") && onPath("cpio") && onPath("ssh-keygen"),
        "debootstrap, cpio and ssh-keygen (scripts/setup-host.sh)");
    Infra.require(
        Files.exists(Path.of("/proc/sys/fs/binfmt_misc/qemu-aarch64")),
        "binfmt handler for aarch64 (qemu-user-static)");
    Infra.require("root".equals(System.getProperty("user.name")), "root (debootstrap needs it)");
    if (image == null) {
      image =
          QemuImageBuilder.forProject(projectRoot())
              // where the CLI keeps it, so tests that run the jar reuse this build
              .setCacheDir(
                  new ConfigLoader(System.getenv(), projectRoot())
                      .load(null, Map.of())
                      .cacheDir()
                      .resolve("qemu-images"))
              .setProgressListener(line -> System.out.println("[qemu-images] " + line))
              .call();
    }
    return image;
  }

  /** QEMU processes whose command line mentions {@code runDir} (a test's own VMs only). */
  static List<ProcessHandle> qemuProcessesUsing(Path runDir) {
    return ProcessHandle.allProcesses()
        .filter(
            p ->
                p.info().commandLine().orElse("").contains(QemuVm.BINARY)
                    && p.info().commandLine().orElse("").contains(runDir.toString()))
        .toList();
  }

  private static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return Files.isExecutable(Path.of("/usr/sbin", tool));
  }
}
