package org.hexo.ci.board.qemu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.hexo.ci.Infra;
import org.junit.jupiter.api.Test;

/** An orphaned, labelled QEMU is found and stopped; one whose owner still runs is left alone. */
class QemuReaperIT {

  @Test
  void stopsOnlyOrphanedBoards() throws Exception {
    Infra.require(
        Files.isExecutable(Path.of("/usr/bin", QemuVm.BINARY)),
        QemuVm.BINARY + " (qemu-system-arm)");
    // A paused machine with no devices: costs no CPU, needs no image.
    String qemu =
        String.join(" ", QemuVm.BINARY, "-M virt -S -nodefaults -display none -monitor none");
    Process owned =
        new ProcessBuilder(
                List.of("sh", "-c", "exec " + qemu + " -name " + QemuReaper.label("owned")))
            .start();
    Process launcher =
        new ProcessBuilder(
                List.of("sh", "-c", qemu + " -name hexo-ci-orphan@0 > /dev/null 2>&1 & echo $!"))
            .start();
    long orphan = Long.parseLong(new String(launcher.getInputStream().readAllBytes()).trim());
    launcher.waitFor();
    try {
      awaitQemu(owned.pid());
      awaitQemu(orphan);
      List<String> dry = QemuReaper.reap(true);
      assertThat(dry)
          .as("dry run names the orphan")
          .contains("hexo-ci-orphan@0 (pid " + orphan + ")");
      assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).contains(true);

      List<String> reaped = QemuReaper.reap(false);
      assertThat(reaped).contains("hexo-ci-orphan@0 (pid " + orphan + ")");
      assertThat(reaped).noneMatch(r -> r.startsWith("hexo-ci-owned@"));
      assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
      assertThat(owned.isAlive()).as("a board whose JVM still runs is left alone").isTrue();
    } finally {
      owned.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      ProcessHandle.of(orphan).ifPresent(ProcessHandle::destroyForcibly);
    }
  }

  /**
   * Waits until {@code pid} has exec'd QEMU, the condition the reaper looks for (before that its
   * command line is the shell's).
   */
  private static void awaitQemu(long pid) {
    ProcessHandle p = ProcessHandle.of(pid).orElseThrow();
    assertThat(
            CompletableFuture.supplyAsync(
                () -> {
                  while (p.isAlive() && !p.info().command().orElse("").endsWith(QemuVm.BINARY)) {
                    LockSupport.parkNanos(5_000_000);
                  }
                  return p.isAlive();
                }))
        .as("pid %d runs %s", pid, QemuVm.BINARY)
        .succeedsWithin(Duration.ofSeconds(10))
        .isEqualTo(true);
  }
}
