package org.hexo.ci.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The shared library's steps, run under Groovy with a CLI stand-in that really runs in sh. */
class HexoStepsTest {
  @TempDir Path ws;
  private FakeCli cli;
  private PipelineHarness h;

  @BeforeEach
  void setUp() throws Exception {
    cli = new FakeCli(Files.createDirectories(ws.resolve(".fake")));
    h = new PipelineHarness(Path.of("").toAbsolutePath(), ws).env("FAKE_LOG", cli.log.toString());
  }

  private Map<String, Object> args(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cli", cli.path.toString());
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  @ParameterizedTest
  @CsvSource({"hexoBuild", "hexoMigrationTest"})
  void anUnknownArgumentFailsNamingIt(String step) throws Exception {
    h.step(step, args("app", "apps/is", "bogusArg", "x"));

    assertThat(h.result()).isEqualTo("FAILURE");
    assertThat(h.calls("error")).hasSize(1);
    assertThat(h.calls("error").get(0).args().get("message").toString())
        .contains("unknown argument(s) bogusArg")
        .contains("valid: ");
    assertThat(h.calls("sh")).as("nothing ran").isEmpty();
  }

  @ParameterizedTest(name = "{0} exit {1} -> {2}")
  @CsvSource({
    "hexoBuild, 0, SUCCESS",
    "hexoBuild, 1, UNSTABLE",
    "hexoBuild, 2, FAILURE",
    "hexoBuild, 3, FAILURE",
    "hexoBuild, 4, FAILURE",
    "hexoMigrationTest, 0, SUCCESS",
    "hexoMigrationTest, 1, UNSTABLE",
    "hexoMigrationTest, 2, FAILURE",
    "hexoMigrationTest, 3, FAILURE",
    "hexoMigrationTest, 4, FAILURE"
  })
  void exitCodesMapToBuildResults(String step, String exit, String result) throws Exception {
    h.env("FAKE_EXIT", exit);
    h.step(step, args("app", "apps/is"));

    assertThat(h.result()).isEqualTo(result);
    assertThat(cli.invocations()).isNotEmpty();
    assertThat(h.calls("archiveArtifacts")).as("reports archived whatever happened").hasSize(1);
    if (exit.equals("2")) {
      assertThat(h.log()).contains("rejected its arguments");
    }
    if (exit.equals("3")) {
      assertThat(h.calls("currentBuild.result").get(0).args()).containsEntry("value", "FAILURE");
    }
  }

  @Test
  void migrationTestPassesValuesThroughTheEnvironmentNeverTheScript() throws Exception {
    String hostile = "output:^ +3$'; touch pwned; echo '$(touch pwned2)";
    h.step(
        "hexoMigrationTest",
        args(
            "app", "apps/is",
            "appClass", "W",
            "mode", "postcopy",
            "direction", "arm-to-x86",
            "trigger", hostile,
            "board", "vm1",
            "toolchain", "hexo-lite",
            "reportDir", "out/mig"));

    assertThat(h.result()).isEqualTo("SUCCESS");
    FakeCli.Invocation call = cli.invocations().get(0);
    assertThat(call.command()).isEqualTo("migrate --app");
    assertThat(call.values("--trigger")).containsExactly(hostile);
    assertThat(call.values("--class")).containsExactly("W");
    assertThat(call.values("--mode")).containsExactly("postcopy");
    assertThat(call.values("--direction")).containsExactly("arm-to-x86");
    assertThat(call.values("--board")).containsExactly("vm1");
    assertThat(call.values("--toolchain")).containsExactly("hexo-lite");
    assertThat(call.values("--report")).containsExactly("out/mig");
    assertThat(ws.resolve("pwned")).doesNotExist();
    assertThat(ws.resolve("pwned2")).doesNotExist();
    assertThat(h.calls("sh"))
        .allSatisfy(c -> assertThat(c.args().get("script").toString()).doesNotContain("pwned"));
    assertThat(h.calls("junit").get(0).args()).containsEntry("testResults", "out/mig/**/*.xml");
  }

  @Test
  void buildPassesEveryOverrideToTheCli() throws Exception {
    h.step(
        "hexoBuild",
        args(
            "toolchain", "hexo",
            "override",
                List.of(
                    "newlib=https://example.org/me/newlib.git@refs/pull/12/head",
                    "hermit=file:///srv/my hermit.git@topic"),
            "app", "apps/cg",
            "appClass", "S"));

    List<FakeCli.Invocation> calls = cli.invocations();
    assertThat(calls)
        .extracting(FakeCli.Invocation::command)
        .containsExactly("toolchain build", "app build");
    for (FakeCli.Invocation c : calls) {
      assertThat(c.values("--override"))
          .containsExactly(
              "newlib=https://example.org/me/newlib.git@refs/pull/12/head",
              "hermit=file:///srv/my hermit.git@topic");
    }
    assertThat(calls.get(0).values("--spec")).containsExactly("hexo");
    assertThat(calls.get(1).args().subList(0, 2)).containsExactly("app", "build");
    assertThat(calls.get(1).values("--app")).containsExactly("apps/cg");
    assertThat(calls.get(1).values("--class")).containsExactly("S");
    assertThat(calls.get(1).values("--toolchain")).containsExactly("hexo");
  }

  @Test
  void aMatrixWithABaselineIsJudgedByTheComparison() throws Exception {
    Files.createDirectories(ws.resolve("base"));
    Files.writeString(ws.resolve("base/matrix.json"), "{}");
    h.env("FAKE_EXIT", "1").env("FAKE_COMPARE_EXIT", "0");
    h.step(
        "hexoMigrationTest",
        args(
            "matrix",
            "matrix/smoke.yaml",
            "override",
            "llvm=u@r",
            "reportDir",
            "fork",
            "baseline",
            "base/matrix.json"));

    assertThat(h.result()).as("failures the baseline shares are pre-existing").isEqualTo("SUCCESS");
    List<FakeCli.Invocation> calls = cli.invocations();
    assertThat(calls.get(0).args())
        .containsExactly(
            "matrix", "run", "matrix/smoke.yaml", "--report", "fork", "--override", "llvm=u@r");
    assertThat(calls.get(1).args())
        .containsExactly(
            "matrix", "compare", "base/matrix.json", "fork/matrix.json", "--report", "fork");
    assertThat(h.calls("junit").get(0).args()).containsEntry("skipMarkingBuildUnstable", true);
  }

  @Test
  void aRegressionAgainstTheBaselineMakesTheBuildUnstable() throws Exception {
    Files.writeString(ws.resolve("baseline.json"), "{}");
    h.env("FAKE_COMPARE_EXIT", "1");
    h.step("hexoMigrationTest", args("matrix", "m.yaml", "baseline", "baseline.json"));

    assertThat(h.result()).isEqualTo("UNSTABLE");
    assertThat(h.calls("unstable").get(0).args().get("message").toString())
        .contains("regressions against the baseline");
  }

  @Test
  void aReferenceRunWithFailuresNeitherPublishesJunitNorMarksTheBuild() throws Exception {
    h.env("FAKE_EXIT", "1");
    h.step("hexoMigrationTest", args("matrix", "m.yaml", "reference", true));

    assertThat(h.result()).isEqualTo("SUCCESS");
    assertThat(h.calls("junit")).isEmpty();
    assertThat(h.calls("archiveArtifacts")).hasSize(1);
  }

  @Test
  void aSingleMigrationTestPassesTheOverridesToMigrate() throws Exception {
    h.step(
        "hexoMigrationTest",
        args(
            "app",
            "apps/is",
            "override",
            List.of("hermit=file:///srv/fork hermit.git@refs/pull/7/head", "newlib=@topic")));

    FakeCli.Invocation call = cli.invocations().get(0);
    assertThat(call.args().get(0)).isEqualTo("migrate");
    assertThat(call.values("--override"))
        .containsExactly("hermit=file:///srv/fork hermit.git@refs/pull/7/head", "newlib=@topic");
    assertThat(call.values("--app")).containsExactly("apps/is");
  }

  @Test
  void buildWithoutAppOnlyBuildsTheToolchain() throws Exception {
    h.step("hexoBuild", args("toolchain", "hexo-lite"));

    assertThat(cli.invocations())
        .extracting(FakeCli.Invocation::command)
        .containsExactly("toolchain build");
  }
}
