package org.hexo.ci.jenkins.cps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** hexoBuild and hexoMigrationTest under CPS: results, return values, reports after an abort. */
class StepsCpsTest {
  @TempDir Path home;
  private Lab lab;
  private CpsPipeline p;

  @BeforeEach
  void setUp() throws Exception {
    lab = new Lab(home);
    p = lab.p;
  }

  private Map<String, Object> args(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cli", lab.cli.toString());
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private Path ws() {
    return p.workspace("agent0");
  }

  @ParameterizedTest(name = "{0} exit {1} -> {2}")
  @CsvSource({
    "hexoBuild, 0, SUCCESS",
    "hexoBuild, 1, UNSTABLE",
    "hexoBuild, 2, FAILURE",
    "hexoBuild, 3, FAILURE",
    "hexoMigrationTest, 0, SUCCESS",
    "hexoMigrationTest, 1, UNSTABLE",
    "hexoMigrationTest, 2, FAILURE",
    "hexoMigrationTest, 3, FAILURE"
  })
  void exitCodesMapToBuildResults(String step, String exit, String result) {
    p.env("FAKE_EXIT", exit);
    p.step(step, args("app", "apps/is"));

    assertThat(p.result()).as(p.log()).isEqualTo(result);
    assertThat(p.calls("archiveArtifacts")).hasSize(1);
  }

  @Test
  void anAbortedMatrixRunStillPublishesWhatItHadWritten() {
    p.beforeSh(
        c -> {
          if ("hexo-ci matrix run".equals(c.arg("label"))) {
            write("reports/nightly/matrix.json", "{\"cells\":[]}");
            write("reports/nightly/junit-matrix.xml", "<testsuite/>");
            throw new CpsPipeline.Interrupted("Timeout has been exceeded");
          }
        });

    p.step("hexoMigrationTest", args("matrix", "m.yaml", "reportDir", "reports/nightly"));

    assertThat(p.result()).isEqualTo("ABORTED");
    assertThat(p.calls("junit")).hasSize(1);
    assertThat(p.calls("publishHTML")).hasSize(1);
    assertThat(p.calls("archiveArtifacts")).hasSize(1);
    assertThat(Lab.list(p.calls("archiveArtifacts").get(0).args().get("archived")))
        .contains("reports/nightly/matrix.json");
  }

  private void write(String rel, String text) {
    try {
      Path f = ws().resolve(rel);
      Files.createDirectories(f.getParent());
      Files.writeString(f, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void anAbortedBuildStillArchivesTheToolchainLog() {
    p.beforeSh(
        c -> {
          throw new CpsPipeline.Interrupted("Aborted by admin");
        });

    p.step("hexoBuild", args("reportDir", "reports/build"));

    assertThat(p.result()).isEqualTo("ABORTED");
    assertThat(p.calls("archiveArtifacts")).hasSize(1);
  }

  @Test
  void aMatrixReturnsVerdictCountsRegressionsAndReportPaths() throws Exception {
    write("base.json", "{}");
    p.env("FAKE_MATRIX_EXIT", "1").env("FAKE_COMPARE_EXIT", "1");

    Object r =
        p.step(
            "hexoMigrationTest",
            args(
                "matrix",
                "m.yaml",
                "reportDir",
                "out",
                "baseline",
                "base.json",
                "toolchain",
                "hexo-lite"));

    assertThat(p.result()).isEqualTo("UNSTABLE");
    assertThat(r).isInstanceOf(Map.class);
    Map<?, ?> m = Lab.map(r);
    assertThat(m.get("exitCode")).isEqualTo(1);
    assertThat(Lab.map(m.get("verdicts")))
        .containsEntry("PASS", 1)
        .containsEntry("FAIL", 1)
        .containsEntry("ERROR", 0)
        .containsEntry("SKIPPED", 1);
    assertThat(Lab.list(m.get("regressions")))
        .containsExactly("ep/S/cr/x86-to-arm/timer:1/label:qemu-user");
    Map<?, ?> reports = Lab.map(m.get("reports"));
    assertThat(String.valueOf(reports.get("matrix"))).isEqualTo("out/matrix.json");
    assertThat(String.valueOf(reports.get("comparison"))).isEqualTo("out/comparison.json");
    assertThat(String.valueOf(reports.get("junit"))).isEqualTo("out/junit-matrix.xml");
    assertThat(Lab.map(m.get("toolchain")).get("spec")).isEqualTo("hexo-lite");
  }

  @Test
  void aSingleTestReturnsItsVerdictAndTheToolchainManifest() {
    Object r = p.step("hexoMigrationTest", args("app", "apps/is", "reportDir", "mig"));

    assertThat(p.result()).as(p.log()).isEqualTo("SUCCESS");
    Map<?, ?> m = Lab.map(r);
    assertThat(Lab.map(m.get("verdicts"))).containsEntry("PASS", 1);
    assertThat(String.valueOf(Lab.map(m.get("reports")).get("result")))
        .isEqualTo("mig/is-S/run1/result.json");
    Map<?, ?> tc = Lab.map(m.get("toolchain"));
    assertThat(tc.get("spec")).isEqualTo("hexo-lite");
    assertThat(Lab.map(tc.get("manifest"))).containsEntry("hermit", "abc123");
  }

  @Test
  void aBuildReturnsTheToolchainImageAndManifest() {
    Object r = p.step("hexoBuild", args("toolchain", "hexo-lite", "reportDir", "b"));

    assertThat(p.result()).as(p.log()).isEqualTo("SUCCESS");
    Map<?, ?> m = Lab.map(r);
    assertThat(m.get("exitCode")).isEqualTo(0);
    assertThat(m.get("image")).isEqualTo("hexo-toolchain:fake0123");
    assertThat(m.get("key")).isEqualTo("fake0123");
    assertThat(m.get("cacheHit")).isEqualTo(true);
    assertThat(m.get("manifest")).isEqualTo("/cache/toolchain/fake0123/manifest.json");
  }

  @Test
  void reportNamesComeFromTheTitleElseTheReportDirectory() {
    p.step("hexoMigrationTest", args("matrix", "m.yaml", "reportDir", "reports/base"));
    p.step("hexoMigrationTest", args("matrix", "m.yaml", "reportDir", "reports/fork"));
    p.step("hexoMigrationTest", args("matrix", "m.yaml", "reportDir", "r", "title", "fork smoke"));

    assertThat(
            p.calls("publishHTML").stream()
                .map(c -> String.valueOf(Lab.map(c.args().get("target")).get("reportName")))
                .toList())
        .containsExactly("hexo-ci reports/base", "hexo-ci reports/fork", "hexo-ci fork smoke");
  }

  @Test
  void valuesReachTheCliThroughTheEnvironmentOnly() throws Exception {
    String hostile = "output:^ +3$'; touch pwned; echo '$(touch pwned2)";
    p.step("hexoMigrationTest", args("app", "apps/is", "trigger", hostile, "reportDir", "mig"));

    assertThat(p.result()).as(p.log()).isEqualTo("SUCCESS");
    List<String> argv = lab.calls().get(0);
    assertThat(argv.get(argv.indexOf("--trigger") + 1)).isEqualTo(hostile);
    assertThat(ws().resolve("pwned")).doesNotExist();
    assertThat(ws().resolve("pwned2")).doesNotExist();
  }
}
