package org.hexo.ci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hexo.ci.Infra;
import org.hexo.ci.ShippedCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands a user types first, through {@code ./hexo-ci} and the shipped jar: the README's main
 * job ({@code demo}), and {@code migrate} onto the inventory's virtual board in post-copy round
 * trip, where the board's page server must be reachable from the x86-64 side through a port the
 * board forwards at run time, and the jar's SSH client must speak ed25519 to the board's host key;
 * {@code migrate} of an app named {@code component:path}; {@code board check} of boards labelled
 * kvm.
 */
class ShippedCommandsIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path tmp;

  @Test
  void theDemoPassesAndLeavesItsReports() throws Exception {
    Path report = tmp.resolve("report");
    ShippedCli.Run run = onDocker("demo", "--report", report.toString());

    assertThat(run.exit()).as(run.describe()).isZero();
    assertThat(run.stdout()).contains("PASS");
    JsonNode result = only(report, "result.json");
    assertThat(result.path("verdict").asText()).isEqualTo("PASS");
    assertThat(result.path("boards").path("qemu-user").asText()).isEqualTo("qemu-user");
    assertThat(report.resolve("index.html")).exists();
  }

  @Test
  void migrateRunsAnAppTakenFromAToolchainComponentAtItsBuiltCommit() throws Exception {
    Path report = tmp.resolve("report");
    ShippedCli.Run run =
        onDocker(
            "migrate",
            "--app",
            "installer:apps/is",
            "--class",
            "S",
            "--trigger",
            "output:^\\s*3$",
            "--report",
            report.toString());

    assertThat(run.exit()).as(run.describe()).isZero();
    JsonNode result = only(report, "result.json");
    assertThat(result.path("verdict").asText()).isEqualTo("PASS");
    String commit = result.path("manifest").path("installer").asText();
    assertThat(commit).hasSize(40);
    assertThat(result.path("spec").path("appDir").asText())
        .as("the app is the installer's own, at the commit the toolchain was built from")
        .contains("app-sources/installer-" + commit + "/apps/is");
  }

  @Test
  void migrateRoundTripsInPostCopyThroughTheVirtualBoard() throws Exception {
    Path inventory = virtualBoardInventory("");
    Path report = tmp.resolve("report");
    ShippedCli.Run run =
        ShippedCli.run(
            tmp.resolve("cli"),
            Map.of(),
            Duration.ofMinutes(20),
            "migrate",
            "--app",
            ShippedCli.projectRoot().resolve("apps/is").toString(),
            "--class",
            "S",
            "--board",
            "vboard",
            "--mode",
            "postcopy",
            "--direction",
            "round-trip",
            "--trigger",
            "output:^\\s*3$",
            "--boards",
            inventory.toString(),
            "--report",
            report.toString());

    assertThat(run.exit()).as(run.describe()).isZero();
    JsonNode result = only(report, "result.json");
    assertThat(result.path("verdict").asText()).as(result.toPrettyString()).isEqualTo("PASS");
    Path runDir = Path.of(result.path("runDir").asText());
    assertThat(Files.readString(runDir.resolve("relay.stdout")))
        .as("the destination on this host reached the page server inside the guest")
        .contains("Client connected!");
    assertThat(result.path("legs").get(2).path("boardKind").asText()).isEqualTo("qemu-system");
  }

  @Test
  void boardCheckRunsAKvmGuestOnABoardLabelledKvm() throws Exception {
    Path inventory =
        virtualBoardInventory("  - {name: emulated, kind: qemu-user, labels: [kvm]}\n");
    Map<String, String> env = Map.of("HEXO_LOCK_DIR", tmp.resolve("locks").toString());

    ShippedCli.Run vboard =
        ShippedCli.run(
            tmp.resolve("vboard"),
            env,
            Duration.ofMinutes(20),
            "board",
            "check",
            "vboard",
            "--boards",
            inventory.toString());
    assertThat(vboard.exit()).as(vboard.describe()).isZero();
    assertThat(vboard.stdout())
        .as("the jar's aarch64 probe ran a guest on the board's /dev/kvm")
        .contains(
            "board vboard: KVM: a guest ran on /dev/kvm (API 12, exits [MMIO write 0x20000 size 2"
                + " value 0x4858, KVM_EXIT_SYSTEM_EVENT SHUTDOWN]")
        .contains("board vboard: healthy");

    // QEMU user mode emulates no KVM: the label is a false claim, found and said
    ShippedCli.Run emulated =
        ShippedCli.run(
            tmp.resolve("emulated"),
            env,
            Duration.ofMinutes(20),
            "board",
            "check",
            "emulated",
            "--boards",
            inventory.toString());
    assertThat(emulated.exit()).as(emulated.describe()).isEqualTo(3);
    assertThat(emulated.stdout())
        .contains(
            "board emulated: unhealthy: labelled kvm but no guest ran: failed to open the KVM"
                + " device: no KVM device at /dev/kvm");
  }

  /** {@code ./hexo-ci args...} on the default boards, which need a running Docker daemon. */
  private ShippedCli.Run onDocker(String... args) throws Exception {
    Infra.require(
        new ProcessBuilder("docker", "version").start().waitFor() == 0, "a running Docker daemon");
    return ShippedCli.run(tmp.resolve("cli"), Map.of(), Duration.ofMinutes(20), args);
  }

  /**
   * An inventory of this host and the virtual board {@code vboard}, labelled kvm, plus {@code more}
   * entries; the test needs QEMU's system emulator and root (the board's image).
   */
  private Path virtualBoardInventory(String more) throws Exception {
    Infra.require(Files.exists(Path.of("/usr/bin/qemu-system-aarch64")), "qemu-system-aarch64");
    Infra.require("root".equals(System.getProperty("user.name")), "root (virtual-board image)");
    return Files.writeString(
        tmp.resolve("boards.yaml"),
        """
        boards:
          - {name: local, kind: local}
          - {name: vboard, kind: qemu-system, labels: [kvm], options: {boot-timeout: "600"}}
        """
            + more);
  }

  private static JsonNode only(Path dir, String name) throws Exception {
    try (Stream<Path> s = Files.walk(dir)) {
      List<Path> found = s.filter(p -> p.getFileName().toString().equals(name)).toList();
      assertThat(found).as("one %s under %s", name, dir).hasSize(1);
      return JSON.readTree(found.get(0).toFile());
    }
  }
}
