package org.hexo.ci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hexo.ci.Infra;
import org.hexo.ci.ShippedCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The real matrix runner through the shipped jar on the default inventory (a {@code local} x86-64
 * board and a {@code qemu-user} aarch64 board): IS class S migrated both ways on the QEMU user-mode
 * board, after a health check, with real builds and migrations; cells targeting {@code
 * label:qemu-system}, which this inventory lacks, are skipped with the reason, as on a nightly
 * agent without a virtual board. Asserts matrix.json, junit-matrix.xml and matrix.html.
 */
class MatrixRunIT {
  @TempDir Path tmp;

  @Test
  void runsTwoCellsOnQemuUserAndSkipsTheTargetNoBoardServes() throws Exception {
    Infra.require(
        new ProcessBuilder("docker", "version").start().waitFor() == 0, "a running Docker daemon");
    Infra.require(
        Files.exists(Path.of("/proc/sys/fs/binfmt_misc/qemu-aarch64")), "binfmt for aarch64");
    Path matrix =
        Files.writeString(
            tmp.resolve("two.yaml"),
            """
            name: two
            toolchain: hexo-lite
            lease-timeout: 600
            axes:
              apps: [is]
              classes: [S]
              modes: [cr]
              directions: [x86-to-arm, arm-to-x86]
              triggers: ['output:^\\s+2(\\s|$)']
              targets: ['label:qemu-user', 'label:qemu-system']
            health-check: {app: is, class: S, mode: cr, direction: x86-to-arm, trigger: 'output:^\\s+1$'}
            """);
    Path report = tmp.resolve("report");
    Path boards =
        Files.writeString(
            tmp.resolve("boards.yaml"),
            "boards:\n  - {name: local, kind: local}\n  - {name: qemu-user, kind: qemu-user}\n");

    ShippedCli.Run run =
        ShippedCli.run(
            tmp.resolve("cli"),
            Map.of(),
            Duration.ofMinutes(20),
            "matrix",
            "run",
            matrix.toString(),
            "--report",
            report.toString(),
            "--boards",
            boards.toString());

    assertThat(report.resolve("matrix.json")).as(run.describe()).exists();
    JsonNode result = new ObjectMapper().readTree(report.resolve("matrix.json").toFile());
    assertThat(run.exit())
        .as("skipped cells do not fail the run; matrix.json: %s", result.toPrettyString())
        .isZero();
    List<String> ran = new ArrayList<>();
    for (JsonNode c : result.path("cells")) {
      assertThat(c.path("verdict").asText()).as(c.toPrettyString()).isEqualTo("PASS");
      assertThat(c.path("board").asText()).isEqualTo("qemu-user");
      assertThat(c.path("samples").get(0).path("phasesMs").path("transfer").asLong()).isPositive();
      ran.add(c.path("cell").path("direction").asText());
    }
    assertThat(ran).containsExactly("x86-to-arm", "arm-to-x86");
    assertThat(result.path("skipped")).hasSize(2);
    for (JsonNode s : result.path("skipped")) {
      assertThat(s.path("cell").path("target").asText()).isEqualTo("label:qemu-system");
      assertThat(s.path("reason").asText()).isEqualTo("no board matches label:qemu-system");
    }
    assertThat(result.path("boards").get(0).path("health").asText()).isEqualTo("PASS");

    Element suite =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(report.resolve("junit-matrix.xml").toFile())
            .getDocumentElement();
    assertThat(suite.getAttribute("tests")).isEqualTo("4");
    assertThat(suite.getAttribute("failures")).isEqualTo("0");
    assertThat(suite.getAttribute("errors")).isEqualTo("0");
    assertThat(suite.getAttribute("skipped")).isEqualTo("2");
    NodeList skipped = suite.getElementsByTagName("skipped");
    assertThat(((Element) skipped.item(0)).getAttribute("message"))
        .isEqualTo("no board matches label:qemu-system");

    String html = Files.readString(report.resolve("matrix.html"));
    assertThat(html).contains("2 PASS").contains("2 SKIPPED").contains("<table class=\"heat\">");
    assertThat(report.resolve("hexo-ci.css")).as("the page's one stylesheet beside it").exists();
    String logDir = result.path("cells").get(0).path("logDir").asText();
    assertThat(report.resolve(logDir).resolve("qemu-user-run1/index.html"))
        .as("each cell links its migration report")
        .exists();
  }
}
