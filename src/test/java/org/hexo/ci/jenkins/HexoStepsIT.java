package org.hexo.ci.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hexo.ci.Infra;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * End to end: the library steps run the real {@code ./hexo-ci} through a real {@code sh}: {@code
 * hexoBuild} builds the hexo-lite toolchain (Docker, cached by commits) and cross-compiles IS class
 * S in it ({@code app build}, cached), then {@code hexoMigrationTest} migrates IS class S from
 * x86-64 to the QEMU user-mode board; the test parses the JUnit XML the step published.
 */
class HexoStepsIT {
  private static final Path ROOT = Path.of("").toAbsolutePath();
  @TempDir Path ws;

  @Test
  void buildThenMigrationTestOnHexoLiteProducesPassingJunit() throws Exception {
    Infra.require(
        new ProcessBuilder("docker", "version").start().waitFor() == 0, "a running Docker daemon");
    Infra.require(
        Files.exists(Path.of("/proc/sys/fs/binfmt_misc/qemu-aarch64")), "binfmt for aarch64");
    PipelineHarness h = new PipelineHarness(ROOT, ws);

    Map<String, Object> build = new LinkedHashMap<>();
    build.put("cli", ROOT.resolve("hexo-ci").toString());
    build.put("toolchain", "hexo-lite");
    build.put("app", ROOT.resolve("apps/is").toString());
    build.put("appClass", "S");
    build.put("reportDir", "reports/build");
    h.step("hexoBuild", build);
    assertThat(h.result()).as("hexoBuild; log:\n%s", h.log()).isEqualTo("SUCCESS");
    assertThat(h.calls("sh")).as("toolchain build, then app build").hasSize(2);
    assertThat(h.log()).contains("app: is class S").contains("aligned: true");

    Map<String, Object> test = new LinkedHashMap<>();
    test.put("cli", ROOT.resolve("hexo-ci").toString());
    test.put("app", ROOT.resolve("apps/is").toString());
    test.put("appClass", "S");
    test.put("mode", "cr");
    test.put("direction", "x86-to-arm");
    test.put("trigger", "output:^\\s+2$");
    test.put("board", "qemu-user");
    test.put("reportDir", "reports/mig");
    h.step("hexoMigrationTest", test);

    assertThat(h.result()).as("hexoMigrationTest; log:\n%s", h.log()).isEqualTo("SUCCESS");
    assertThat(h.calls("sh")).hasSize(3);
    assertThat(h.calls("junit").get(0).args()).containsEntry("testResults", "reports/mig/**/*.xml");
    List<Path> xml;
    try (Stream<Path> files = Files.walk(ws.resolve("reports/mig"))) {
      xml = files.filter(p -> p.getFileName().toString().endsWith(".xml")).toList();
    }
    assertThat(xml).as("JUnit XML written by hexo-ci migrate").hasSize(1);
    Element suite =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(xml.get(0).toFile())
            .getDocumentElement();
    assertThat(suite.getAttribute("tests")).isEqualTo("1");
    assertThat(suite.getAttribute("failures")).isEqualTo("0");
    assertThat(suite.getAttribute("errors")).isEqualTo("0");
    Element testcase = (Element) suite.getElementsByTagName("testcase").item(0);
    assertThat(testcase.getAttribute("name") + testcase.getAttribute("classname"))
        .contains("is")
        .contains("x86-to-arm");
  }
}
