package org.hexo.ci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hexo.ci.Infra;
import org.hexo.ci.ShippedCli;
import org.hexo.ci.board.TestBoards;
import org.hexo.ci.board.ssh.SshServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every board kind x {C/R, post-copy} x {x86-to-arm, arm-to-x86, round trip}, through the shipped
 * jar as users run it: IS class S under {@code hexo-ci matrix run}, which opens each board once and
 * leases it to cell after cell. Two runs: the native x86-64 board against the three aarch64 kinds
 * (QEMU user-mode container, an OpenSSH server with ed25519 keys, the virtual board), and the
 * x86-64 container board against the QEMU user-mode board. Each cell is its own test and is proved
 * from the run directory: PASS, the legs on the boards the direction names, every checkpoint file
 * intact, and for post-copy only the small files moved while the page server really served.
 */
class MigrationGridIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> MODES = List.of("cr", "postcopy");
  private static final List<String> DIRECTIONS = List.of("x86-to-arm", "arm-to-x86", "round-trip");

  /** x86 board -> aarch64 boards it is paired with, by inventory name. */
  private static final Map<String, List<String>> PAIRS =
      Map.of(
          "local",
          List.of("qemu-user", "ssh-arm", "vboard"),
          "x86-container",
          List.of("qemu-user"));

  private static final Map<String, String> KIND =
      Map.of(
          "local", "local",
          "x86-container", "local",
          "qemu-user", "qemu-user",
          "ssh-arm", "ssh",
          "vboard", "qemu-system");

  private static Path dir;
  private static SshServer sshd;
  private static final Map<String, ShippedCli.Run> RUNS = new java.util.LinkedHashMap<>();

  @BeforeAll
  static void runTheGrid() throws Exception {
    Infra.require(Files.exists(Path.of("/usr/bin/qemu-system-aarch64")), "qemu-system-aarch64");
    Infra.require("root".equals(System.getProperty("user.name")), "root (virtual-board image)");
    dir = Files.createTempDirectory("hexo-grid-it");
    sshd = new SshServer(Files.createDirectories(dir.resolve("sshd")));
    Path inventory =
        Files.writeString(
            dir.resolve("boards.yaml"),
            """
            boards:
              - {name: local, kind: local}
              - {name: x86-container, kind: local, options: {image: "%s"}}
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
                .formatted(TestBoards.amd64Image(), sshd.port, sshd.clientKey, sshd.knownHosts));
    for (var pair : PAIRS.entrySet()) {
      Path matrix =
          Files.writeString(
              dir.resolve(pair.getKey() + ".yaml"),
              """
              name: grid-%s
              toolchain: hexo-lite
              lease-timeout: 900
              axes:
                apps: [is]
                classes: [S]
                modes: [cr, postcopy]
                directions: [x86-to-arm, arm-to-x86, round-trip]
                triggers: ['output:^\\s*3$']
                targets: [%s]
              health-check: {app: is, class: S, mode: cr, direction: x86-to-arm, trigger: 'output:^\\s*1$'}
              """
                  .formatted(
                      pair.getKey(),
                      String.join(
                          ", ",
                          pair.getValue().stream()
                              .map(b -> "'label:" + KIND.get(b) + "'")
                              .toList())));
      Path report = dir.resolve(pair.getKey());
      RUNS.put(
          pair.getKey(),
          ShippedCli.run(
              report.resolve("cli"),
              Map.of(),
              Duration.ofMinutes(30),
              "matrix",
              "run",
              matrix.toString(),
              "--boards",
              inventory.toString(),
              "--x86-board",
              pair.getKey(),
              "--report",
              report.toString()));
    }
  }

  @AfterAll
  static void stopSshd() {
    if (sshd != null) {
      sshd.close();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyBoardKindModeAndDirectionMigratesAndProvesIt() {
    List<DynamicTest> tests = new ArrayList<>();
    PAIRS.forEach(
        (x86, arms) -> {
          for (String arm : arms) {
            for (String mode : MODES) {
              for (String direction : DIRECTIONS) {
                tests.add(
                    DynamicTest.dynamicTest(
                        x86 + " <-> " + arm + " " + mode + " " + direction,
                        () -> assertCell(x86, arm, mode, direction)));
              }
            }
          }
        });
    return tests.stream();
  }

  private static void assertCell(String x86, String arm, String mode, String direction)
      throws IOException {
    ShippedCli.Run run = RUNS.get(x86);
    Path report = dir.resolve(x86);
    assertThat(report.resolve("matrix.json")).as(run.describe()).exists();
    JsonNode matrix = JSON.readTree(report.resolve("matrix.json").toFile());
    JsonNode cell = null;
    for (JsonNode c : matrix.path("cells")) {
      if (c.path("board").asText().equals(arm)
          && c.path("cell").path("mode").asText().equals(mode)
          && c.path("cell").path("direction").asText().equals(direction)) {
        cell = c;
      }
    }
    assertThat(cell)
        .as("a cell ran for %s on %s; %s", mode + " " + direction, arm, run.describe())
        .isNotNull();
    assertThat(cell.path("verdict").asText()).as(cell.toPrettyString()).isEqualTo("PASS");

    JsonNode result = resultOf(report.resolve(cell.path("logDir").asText()));
    List<String> roles = new ArrayList<>();
    for (JsonNode leg : result.path("legs")) {
      roles.add(leg.path("role").asText());
    }
    List<String> expectedBoards =
        switch (direction) {
          case "x86-to-arm" -> List.of(x86, x86, arm);
          case "arm-to-x86" -> List.of(arm, arm, x86);
          default -> List.of(x86, x86, arm, x86);
        };
    assertThat(roles)
        .as("legs of %s", direction)
        .isEqualTo(
            direction.equals("round-trip")
                ? List.of("reference", "source", "relay", "destination")
                : List.of("reference", "source", "destination"));
    for (int i = 0; i < roles.size(); i++) {
      JsonNode leg = result.path("legs").get(i);
      assertThat(leg.path("board").asText())
          .as("board of the %s", roles.get(i))
          .isEqualTo(expectedBoards.get(i));
      assertThat(leg.path("boardKind").asText()).isEqualTo(KIND.get(expectedBoards.get(i)));
      assertThat(leg.path("exitCode").asInt()).as("exit of the %s", roles.get(i)).isZero();
    }
    assertThat(result.path("transfers")).hasSize(direction.equals("round-trip") ? 2 : 1);
    for (JsonNode t : result.path("transfers")) {
      List<String> names = new ArrayList<>();
      for (JsonNode f : t.path("files")) {
        assertThat(f.path("intact").asBoolean())
            .as("%s intact after %s", f.path("name").asText(), t.path("label").asText())
            .isTrue();
        names.add(f.path("name").asText());
      }
      assertThat(names).contains("mdata.bin");
      if (mode.equals("postcopy")) {
        assertThat(names)
            .as("post-copy moves only the small files")
            .doesNotContain("heap.bin", "bss.bin", "data.bin");
      } else {
        assertThat(names).contains("heap.bin", "data.bin");
      }
    }
    Path legs = Path.of(result.path("runDir").asText());
    List<String> before = iterations(legs.resolve("source.stdout"));
    assertThat(before)
        .as("the source ran at least to the trigger line (a signal lands at the next point)")
        .contains("3");
    List<String> printed = new ArrayList<>(before);
    for (String role : roles.subList(2, roles.size())) {
      List<String> own = iterations(legs.resolve(role + ".stdout"));
      assertThat(own)
          .as("the %s resumed where the leg before stopped instead of starting over", role)
          .isNotEmpty()
          .doesNotContainAnyElementsOf(printed);
      printed.addAll(own);
    }
    if (mode.equals("postcopy")) {
      Path runDir = Path.of(result.path("runDir").asText());
      List<String> servers =
          direction.equals("round-trip") ? List.of("source", "relay") : List.of("source");
      for (String role : servers) {
        assertThat(Files.readString(runDir.resolve(role + ".stdout")))
            .as("the %s's page server was reached by the next leg", role)
            .contains("Client connected!");
      }
    }
  }

  /** The result.json of the cell's one run. */
  private static JsonNode resultOf(Path logDir) throws IOException {
    try (Stream<Path> s = Files.walk(logDir)) {
      List<Path> found = s.filter(p -> p.getFileName().toString().equals("result.json")).toList();
      assertThat(found).as("one result.json under %s", logDir).hasSize(1);
      return JSON.readTree(found.get(0).toFile());
    }
  }

  /** The IS iteration numbers a leg printed, in order. */
  private static List<String> iterations(Path stdout) throws IOException {
    return Files.readAllLines(stdout).stream()
        .map(String::strip)
        .filter(l -> l.matches("\\d+"))
        .toList();
  }
}
