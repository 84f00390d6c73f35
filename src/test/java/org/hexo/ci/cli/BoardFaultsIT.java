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
import java.util.stream.Stream;
import org.hexo.ci.Infra;
import org.hexo.ci.ShippedCli;
import org.hexo.ci.board.ssh.SshServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The fault table, through the shipped jar: each kind of aarch64 board is killed under a leg of
 * {@code hexo-ci migrate} in each phase, and every row must be ERROR naming the board (never the
 * app's FAIL) with nothing left behind. Prints each row as {@code fault table: ...}.
 *
 * <p>The app ({@code src/test/apps/paced}) is paced by sleep, so legs take seconds on any board.
 * Phases: the source (arm-to-x86, killed once the source leg starts on it); the transfer
 * (x86-to-arm, killed while the source runs on the x86 board, so the checkpoint's move to it is
 * what finds it dead); the destination (x86-to-arm, killed once the destination leg starts).
 */
class BoardFaultsIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Path dir;
  private static SshServer sshd;
  private static Path inventory;

  /** Board, how it is killed, phase, and the mode the run moves its checkpoint in. */
  private record Row(String board, String fault, String phase, String mode) {
    Row(String board, String fault, String phase) {
      this(board, fault, phase, "cr");
    }

    String direction() {
      return phase.equals("source") ? "arm-to-x86" : "x86-to-arm";
    }

    /**
     * The app prints a round every 100 ms: a source killed at its start, or a transfer whose target
     * is killed while the source runs, gets 2 s before the checkpoint; a destination 3.7 s.
     */
    String trigger() {
      return phase.equals("destination") ? "output:^round 2$" : "output:^round 20$";
    }

    /** The progress line after which the kill lands in the phase. */
    String killAt() {
      return phase.equals("destination") ? "[migrate] destination ..." : "[migrate] source ...";
    }
  }

  private static final List<Row> ROWS =
      List.of(
          new Row("qemu-user", "qemu-user container `docker kill`ed", "source"),
          new Row("qemu-user", "qemu-user container `docker kill`ed", "transfer"),
          new Row("qemu-user", "qemu-user container `docker kill`ed", "destination"),
          // the destination dies while it pulls its pages from the source's server
          new Row("qemu-user", "qemu-user container `docker kill`ed", "destination", "postcopy"),
          new Row("ssh-arm", "SSH board's session sshd killed", "source"),
          new Row("ssh-arm", "SSH board's session sshd killed", "destination"),
          new Row("vboard", "virtual board's QEMU killed", "source"),
          new Row("vboard", "virtual board's QEMU killed", "transfer"),
          new Row("vboard", "virtual board's QEMU killed", "destination"));

  @BeforeAll
  static void boards() throws Exception {
    Infra.require(
        new ProcessBuilder("docker", "version").start().waitFor() == 0, "a running Docker daemon");
    dir = Files.createTempDirectory("hexo-faults-it");
    sshd = new SshServer(Files.createDirectories(dir.resolve("sshd")));
    inventory =
        Files.writeString(
            dir.resolve("boards.yaml"),
            """
            boards:
              - {name: local, kind: local}
              - {name: qemu-user, kind: qemu-user}
              - name: ssh-arm
                kind: ssh
                address: 127.0.0.1
                port: %d
                user: root
                key: %s
                known_hosts: %s
                home: /root
                arch: aarch64
              - {name: vboard, kind: qemu-system, options: {boot-timeout: "600"}}
            """
                .formatted(sshd.port, sshd.clientKey, sshd.knownHosts));
  }

  @AfterAll
  static void stopSshdAndClean() throws IOException {
    if (sshd != null) {
      sshd.close();
    }
    if (dir != null) {
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> aBoardKilledUnderItsLegIsAnErrorNamingItWithNothingLeft() {
    return ROWS.stream()
        .map(
            row ->
                DynamicTest.dynamicTest(
                    row.fault()
                        + " | "
                        + row.phase()
                        + (row.mode().equals("cr") ? "" : " (" + row.mode() + ")"),
                    () -> {
                      if (row.board().equals("vboard")) {
                        Infra.require(
                            Files.exists(Path.of("/usr/bin/qemu-system-aarch64")),
                            "qemu-system-aarch64");
                        Infra.require(
                            "root".equals(System.getProperty("user.name")),
                            "root (virtual-board image)");
                      }
                      run(row);
                    }));
  }

  private static void run(Row row) throws Exception {
    Path report = dir.resolve(row.board() + "-" + row.phase() + "-" + row.mode());
    Path logs = report.resolve("cli");
    List<String> sshdBefore = row.board().equals("ssh-arm") ? sshdContainerPids() : List.of();
    Process cli =
        ShippedCli.start(
            logs,
            Map.of(),
            "migrate",
            "--app",
            ShippedCli.projectRoot().resolve("src/test/apps/paced").toString(),
            "--boards",
            inventory.toString(),
            "--arm-board",
            row.board(),
            "--direction",
            row.direction(),
            "--mode",
            row.mode(),
            "--trigger",
            row.trigger(),
            "--report",
            report.toString());
    String label = "label=org.hexo.ci.session.pid=" + cli.pid();
    awaitLine(cli, logs.resolve("cli.stderr"), row.killAt());
    kill(row, cli, label);
    assertThat(cli.waitFor(5, TimeUnit.MINUTES)).isTrue();

    String stderr = Files.readString(logs.resolve("cli.stderr"));
    JsonNode r;
    try (var runs = Files.list(report)) {
      Path json =
          runs.map(d -> d.resolve("result.json"))
              .filter(Files::isRegularFile)
              .findFirst()
              .orElseThrow(() -> new AssertionError("no result.json: " + stderr));
      r = JSON.readTree(json.toFile());
    }
    List<String> left = new ArrayList<>();
    String containers = docker("ps", "-aq", "--filter", label);
    if (!containers.isBlank()) {
      left.add("containers " + containers.replace('\n', ' '));
    }
    ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().orElse("").contains("qemu-system-aarch64"))
        .filter(p -> p.info().commandLine().orElse("").contains(report.toString()))
        .forEach(p -> left.add("QEMU " + p.pid()));
    left.addAll(processesWorkingIn(report));
    if (row.board().equals("ssh-arm")) {
      List<String> after = new ArrayList<>(sshdContainerPids());
      after.removeAll(sshdBefore);
      after.forEach(p -> left.add("on the SSH board: " + p));
    }
    System.out.printf(
        "fault table: %s | %s%s | %s %s (exit %d) | left: %s%n",
        row.fault(),
        row.phase(),
        row.mode().equals("cr") ? "" : " (" + row.mode() + ")",
        r.path("verdict").asText(),
        r.path("message").asText().replaceAll("\\s+", " "),
        cli.exitValue(),
        left.isEmpty() ? "nothing" : String.join(", ", left));
    assertThat(r.path("verdict").asText()).as(stderr).isEqualTo("ERROR");
    assertThat(r.path("message").asText()).as("names the board").startsWith("board " + row.board());
    assertThat(cli.exitValue()).as(stderr).isEqualTo(3);
    assertThat(left).as("left behind").isEmpty();
  }

  /** Kills the row's board the way its fault says; returns once the kill was done. */
  private static void kill(Row row, Process cli, String label) throws Exception {
    switch (row.board()) {
      case "qemu-user" -> {
        String container = docker("ps", "-q", "--filter", label);
        assertThat(container).as("the board's container").isNotBlank();
        docker("kill", container);
      }
      case "vboard" -> {
        List<ProcessHandle> qemu =
            cli.descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("qemu-system-aarch64"))
                .toList();
        assertThat(qemu).as("the virtual board's QEMU").isNotEmpty();
        qemu.forEach(ProcessHandle::destroyForcibly);
      }
      default -> {
        // the sshd serving the run's session: the listener's children (under qemu-user the host
        // sees no "sshd: root@notty" titles, so they are found by parent)
        List<String[]> procs =
            docker("top", sshdContainer(), "-eo", "pid,ppid,args")
                .lines()
                .skip(1)
                .map(l -> l.strip().split("\\s+", 3))
                .toList();
        String listener =
            procs.stream()
                .filter(p -> p[2].contains("sshd -D") && !p[2].contains(" -R"))
                .map(p -> p[0])
                .findFirst()
                .orElseThrow(() -> new AssertionError("no sshd listener in the container"));
        List<String> sessions =
            procs.stream().filter(p -> p[1].equals(listener)).map(p -> p[0]).toList();
        assertThat(sessions).as("the run's sshd session").isNotEmpty();
        for (String pid : sessions) {
          ProcessHandle.of(Long.parseLong(pid)).ifPresent(ProcessHandle::destroyForcibly);
        }
      }
    }
  }

  private static String sshdContainer() throws Exception {
    String id = docker("ps", "-q", "--filter", "name=hexo-board-sshd-" + sshd.port + "-");
    assertThat(id).as("the sshd container").isNotBlank();
    return id;
  }

  /** The sshd container's processes other than sshd's own, as "pid args". */
  private static List<String> sshdContainerPids() throws Exception {
    return docker("top", sshdContainer(), "-eo", "pid,args")
        .lines()
        .skip(1)
        .map(String::strip)
        .filter(l -> !l.contains("sshd"))
        .toList();
  }

  /** Host processes whose working directory is under {@code root}. */
  private static List<String> processesWorkingIn(Path root) {
    List<String> found = new ArrayList<>();
    try (var procs = Files.list(Path.of("/proc"))) {
      procs
          .filter(p -> p.getFileName().toString().matches("\\d+"))
          .forEach(
              p -> {
                try {
                  if (Files.readSymbolicLink(p.resolve("cwd")).startsWith(root)) {
                    found.add("process " + p.getFileName());
                  }
                } catch (IOException | SecurityException gone) {
                  // ended meanwhile, or not ours to read
                }
              });
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return found;
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
