package org.hexo.ci.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The root Jenkinsfile, run under Groovy with the library steps and a CLI stand-in. */
class JenkinsfileTest {
  private static final Path ROOT = Path.of("").toAbsolutePath();
  @TempDir Path ws;
  @TempDir Path previousBuild;
  private FakeCli cli;
  private PipelineHarness h;

  @BeforeEach
  void setUp() throws Exception {
    cli = new FakeCli(Files.createDirectories(ws.resolve(".fake")));
    h =
        new PipelineHarness(ROOT, ws)
            .env("FAKE_LOG", cli.log.toString())
            .env("HEXO_CI_CLI", cli.path.toString())
            .env("HEXO_CI_HOME", ROOT.toString())
            .env("JOB_NAME", "hexo-nightly")
            .credential("hexo-boards", "/secrets/boards.yaml")
            .credential("hexo-board-ssh", "/secrets/id_ed25519");
  }

  private List<FakeCli.Invocation> run() throws Exception {
    h.runJenkinsfile(ROOT.resolve("Jenkinsfile"));
    return cli.invocations();
  }

  @Test
  void nightlyRunsTheNpbMatrixAndComparesWithThePreviousSuccessfulNight() throws Exception {
    Path prev = Files.createDirectories(previousBuild.resolve("reports/nightly"));
    Files.writeString(prev.resolve("matrix.json"), "{}");
    h.lastSuccessfulArtifacts("hexo-nightly", previousBuild);

    List<FakeCli.Invocation> calls = run();

    assertThat(h.result()).isEqualTo("SUCCESS");
    assertThat(h.calls("properties").toString()).contains("cron=H 2 * * *");
    assertThat(calls)
        .extracting(FakeCli.Invocation::command)
        .containsExactly("toolchain build", "matrix run", "matrix compare");
    assertThat(calls.get(1).args().get(2)).isEqualTo(ROOT + "/matrix/nightly.yaml");
    assertThat(calls.get(2).args())
        .containsSubsequence("baseline/reports/nightly/matrix.json", "reports/nightly/matrix.json");
    assertThat(calls.get(1).env())
        .as("the board inventory comes from Jenkins credentials")
        .containsEntry("HEXO_BOARDS", "/secrets/boards.yaml")
        .containsEntry("HEXO_SSH_KEY", "/secrets/id_ed25519");
    assertThat(calls).allSatisfy(c -> assertThat(c.values("--override")).isEmpty());
  }

  @Test
  void aNightlyRegressionMakesTheBuildUnstable() throws Exception {
    Files.createDirectories(previousBuild.resolve("reports/nightly"));
    Files.writeString(previousBuild.resolve("reports/nightly/matrix.json"), "{}");
    h.lastSuccessfulArtifacts("hexo-nightly", previousBuild).env("FAKE_COMPARE_EXIT", "1");

    run();

    assertThat(h.result()).isEqualTo("UNSTABLE");
  }

  @Test
  void theFirstNightHasNoBaselineAndJustRunsTheMatrix() throws Exception {
    List<FakeCli.Invocation> calls = run();

    assertThat(calls)
        .extracting(FakeCli.Invocation::command)
        .containsExactly("toolchain build", "matrix run");
    assertThat(h.log()).contains("no baseline at baseline/reports/nightly/matrix.json");
  }

  @Test
  void prCheckBuildsTheForkAndComparesTheSmokeMatrixWithTheBase() throws Exception {
    h.param("MODE", "auto")
        .param("COMPONENT", "newlib")
        .param("REPO_URL", "https://example.org/me/newlib.git")
        .param("REF", "fix-memcpy");

    List<FakeCli.Invocation> calls = run();

    assertThat(h.result()).isEqualTo("SUCCESS");
    String override = "newlib=https://example.org/me/newlib.git@fix-memcpy";
    assertThat(calls)
        .extracting(FakeCli.Invocation::command)
        .containsExactly(
            "toolchain build", "matrix run", "toolchain build", "matrix run", "matrix compare");
    assertThat(calls.get(0).values("--override")).as("base toolchain").isEmpty();
    assertThat(calls.get(1).values("--override")).as("base smoke").isEmpty();
    assertThat(calls.get(1).values("--report")).containsExactly("reports/base");
    assertThat(calls.get(2).values("--override")).containsExactly(override);
    assertThat(calls.get(3).values("--override")).containsExactly(override);
    assertThat(calls.get(3).args().get(2)).isEqualTo(ROOT + "/matrix/smoke.yaml");
    assertThat(calls.get(4).args())
        .containsSubsequence("reports/base/matrix.json", "reports/fork/matrix.json");
  }

  @Test
  void prCheckFailuresThatAlsoFailOnTheBaseAreNotCountedAgainstThePr() throws Exception {
    h.param("COMPONENT", "HermitCore").param("REPO_URL", "u").param("REF", "r");
    h.env("FAKE_MATRIX_EXIT", "1").env("FAKE_COMPARE_EXIT", "0");

    List<FakeCli.Invocation> calls = run();

    assertThat(calls.get(3).values("--override")).containsExactly("hermit=u@r");
    assertThat(h.result()).isEqualTo("SUCCESS");
  }

  @Test
  void aMultibranchChangeRequestBecomesAnOverride() throws Exception {
    h.env("CHANGE_ID", "42")
        .env("GIT_URL", "https://github.com/someone/popcorn-compiler.git")
        .env("GIT_COMMIT", "0123abcd");

    List<FakeCli.Invocation> calls = run();

    assertThat(calls.get(2).values("--override"))
        .containsExactly(
            "installer=https://github.com/someone/popcorn-compiler.git@refs/pull/42/head");
  }

  @Test
  void anUnknownComponentFailsNamingIt() throws Exception {
    h.param("COMPONENT", "gcc").param("REPO_URL", "u").param("REF", "r");

    List<FakeCli.Invocation> calls = run();

    assertThat(h.result()).isEqualTo("FAILURE");
    assertThat(h.log()).contains("unknown toolchain component 'gcc'");
    assertThat(calls).isEmpty();
  }
}
