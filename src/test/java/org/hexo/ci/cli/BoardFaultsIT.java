package org.hexo.ci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.hexo.ci.Infra;
import org.hexo.ci.ShippedCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A board killed under its leg, through the shipped jar: the qemu-user container removed with
 * {@code docker kill} while the destination runs must be ERROR naming the board (never the app's
 * FAIL), with nothing left behind. Prints its row of the fault table.
 */
class BoardFaultsIT {
  @TempDir Path tmp;

  @Test
  void aKilledQemuUserContainerDuringTheDestinationIsAnErrorNamingTheBoard() throws Exception {
    Infra.require(
        new ProcessBuilder("docker", "version").start().waitFor() == 0, "a running Docker daemon");
    Path report = tmp.resolve("report");
    Path logs = tmp.resolve("cli");
    Process cli =
        ShippedCli.start(
            logs,
            Map.of(),
            "migrate",
            "--app",
            ShippedCli.projectRoot().resolve("apps/ep").toString(),
            "--class",
            "A",
            "--trigger",
            "timer:1",
            "--report",
            report.toString());
    String label = "label=org.hexo.ci.session.pid=" + cli.pid();
    awaitLine(cli, logs.resolve("cli.stderr"), "[migrate] destination ...");

    String container = docker("ps", "-q", "--filter", label);
    assertThat(container).as("the board's container").isNotBlank();
    docker("kill", container);
    assertThat(cli.waitFor(3, TimeUnit.MINUTES)).isTrue();

    String stderr = Files.readString(logs.resolve("cli.stderr"));
    assertThat(cli.exitValue()).as(stderr).isEqualTo(3);
    JsonNode r;
    try (var runs = Files.list(report)) {
      Path json =
          runs.map(d -> d.resolve("result.json")).filter(Files::isRegularFile).findFirst().get();
      r = new ObjectMapper().readTree(json.toFile());
    }
    String left = docker("ps", "-aq", "--filter", label);
    System.out.printf(
        "fault table: qemu-user container killed | destination | %s %s | left: %s%n",
        r.path("verdict").asText(),
        r.path("message").asText(),
        left.isBlank() ? "nothing" : "containers " + left);
    assertThat(r.path("verdict").asText()).isEqualTo("ERROR");
    assertThat(r.path("message").asText())
        .startsWith("board qemu-user (qemu-user) stopped answering while it ran the destination");
    assertThat(left).as("no container is left").isBlank();
  }

  private static void awaitLine(Process cli, Path stderr, String line) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(15));
    while (Instant.now().isBefore(deadline)) {
      assertThat(cli.isAlive()).as("hexo-ci ended early: %s", read(stderr)).isTrue();
      if (read(stderr).contains(line)) {
        return;
      }
      try {
        cli.onExit().get(200, TimeUnit.MILLISECONDS);
      } catch (java.util.concurrent.TimeoutException stillRunning) {
        // look again
      }
    }
    throw new AssertionError("no '" + line + "' before " + deadline);
  }

  private static String read(Path f) throws IOException {
    return Files.exists(f) ? Files.readString(f) : "";
  }

  private static String docker(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("docker"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    p.waitFor();
    return out.strip();
  }
}
