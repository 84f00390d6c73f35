package org.hexo.ci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.hexo.ci.Infra;
import org.hexo.ci.ShippedCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code kill -9} of hexo-ci while its local leg runs (the reference run of EP class A, about 17
 * s): with the native helper the leg dies with hexo-ci; without it the leg lives on and {@code
 * hexo-ci gc} finds and stops it. Both through the shipped jar.
 */
class OrphanLegsIT {
  @TempDir Path tmp;

  @Test
  void withTheNativeHelperTheLegDiesWithHexoCi() throws Exception {
    ProcessHandle leg = killDuringTheReference(tmp.resolve("helper"), Map.of());
    assertThat(leg.onExit().get(60, TimeUnit.SECONDS).isAlive())
        .as("its parent-death signal took the leg")
        .isFalse();
  }

  @Test
  void withoutItGcFindsTheOrphanedLegAndStopsIt() throws Exception {
    ProcessHandle leg =
        killDuringTheReference(
            tmp.resolve("plain"), Map.of("JAVA_TOOL_OPTIONS", "-Dhexo.vmm.disable=true"));
    assertThat(leg.isAlive()).as("nothing took the leg down with hexo-ci").isTrue();

    ShippedCli.Run gc = ShippedCli.run(tmp.resolve("gc"), Map.of(), Duration.ofMinutes(5), "gc");

    assertThat(gc.exit()).as(gc.describe()).isZero();
    assertThat(gc.stdout()).contains("leg pid " + leg.pid());
    assertThat(leg.onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
  }

  /** Starts migrate, waits for its reference leg, kills hexo-ci with SIGKILL, returns the leg. */
  private ProcessHandle killDuringTheReference(Path dir, Map<String, String> env) throws Exception {
    Infra.require(
        new ProcessBuilder("docker", "version").start().waitFor() == 0, "a running Docker daemon");
    Path report = dir.resolve("report");
    Process cli =
        ShippedCli.start(
            dir.resolve("cli"),
            env,
            "migrate",
            "--app",
            ShippedCli.projectRoot().resolve("apps/ep").toString(),
            "--class",
            "A",
            "--trigger",
            "timer:600",
            "--report",
            report.toString());
    try {
      Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
      ProcessHandle leg = awaitLeg(cli, report, deadline);
      // hexo-ci records a leg just after starting it; a kill in between leaves nothing to find
      awaitRecord(cli, leg, deadline);
      cli.destroyForcibly().waitFor();
      return leg;
    } finally {
      cli.destroyForcibly();
    }
  }

  /**
   * The reference leg: a child of hexo-ci running the proxy or the program itself (hexo-ci's other
   * children name the program too, e.g. the {@code chmod} that prepares the leg's directory).
   */
  private static ProcessHandle awaitLeg(Process cli, Path report, Instant deadline)
      throws Exception {
    while (Instant.now().isBefore(deadline)) {
      assertThat(cli.isAlive())
          .as("hexo-ci ended before its leg started: %s", Files.readString(logs(report)))
          .isTrue();
      Optional<ProcessHandle> leg =
          cli.toHandle()
              .children()
              .filter(
                  p ->
                      p.info()
                          .command()
                          .map(c -> Path.of(c).getFileName().toString())
                          .filter(c -> c.equals("proxy") || c.equals("prog_x86-64_aligned"))
                          .isPresent())
              .findFirst();
      if (leg.isPresent()) {
        return leg.get();
      }
      try {
        cli.onExit().get(100, TimeUnit.MILLISECONDS);
      } catch (java.util.concurrent.TimeoutException stillRunning) {
        // look for the leg again
      }
    }
    throw new AssertionError("no leg started before " + deadline);
  }

  /** Waits for the leg's record in the host's temporary directory. */
  private static void awaitRecord(Process cli, ProcessHandle leg, Instant deadline)
      throws Exception {
    Path records = Path.of(System.getProperty("java.io.tmpdir"), "hexo-ci-legs");
    while (Instant.now().isBefore(deadline)) {
      assertThat(leg.isAlive())
          .as("the leg %s ended before its record appeared", leg.info().commandLine())
          .isTrue();
      if (Files.isDirectory(records)) {
        try (var files = Files.list(records)) {
          if (files.anyMatch(f -> f.getFileName().toString().startsWith(leg.pid() + "-"))) {
            return;
          }
        }
      }
      try {
        cli.onExit().get(50, TimeUnit.MILLISECONDS);
      } catch (java.util.concurrent.TimeoutException stillRunning) {
        // look again
      }
    }
    throw new AssertionError("no record of leg " + leg.pid() + " before " + deadline);
  }

  private static Path logs(Path report) {
    return report.getParent().resolve("cli/cli.stderr");
  }
}
