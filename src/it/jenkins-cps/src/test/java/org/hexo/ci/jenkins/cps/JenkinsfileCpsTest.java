package org.hexo.ci.jenkins.cps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The root Jenkinsfile's modes under CPS, each against how the plugins really behave. */
class JenkinsfileCpsTest {
  @TempDir Path home;
  private Lab lab;
  private CpsPipeline p;

  @BeforeEach
  void setUp() throws Exception {
    lab = new Lab(home);
    p = lab.p;
  }

  private Path ws() {
    return p.workspace("agent0");
  }

  @Test
  void theNightlyRunsTheMatrixAndComparesWithTheLastStableNight() throws Exception {
    p.pastBuild(5, "SUCCESS", lab.artifacts("b5", "{\"name\":\"stable night\"}"));
    p.pastBuild(6, "UNSTABLE", lab.artifacts("b6", "{\"name\":\"night with a regression\"}"));

    assertThat(p.runJenkinsfile()).as(p.log()).isEqualTo("SUCCESS");

    assertThat(lab.commands())
        .containsExactly("toolchain build", "matrix run", "matrix compare", "matrix trend");
    assertThat(lab.calls().get(1).get(2)).isEqualTo(Fixture.ROOT + "/matrix/nightly.yaml");
    assertThat(Files.readString(ws().resolve("baseline/reports/nightly/matrix.json")))
        .as("lastSuccessful() alone takes UNSTABLE build 6; the baseline must be stable build 5")
        .contains("stable night");
  }

  @Test
  void theNightlyAddsItsNightToTheArchiveAndPublishesTheTrends() throws Exception {
    // build 6 (UNSTABLE: a flagged night stays in the archive) left nights 3, 5 and 6
    Path b6 = home.resolve("builds/b6");
    for (String n : List.of("3", "5", "6")) {
      Files.createDirectories(b6.resolve("history/" + n));
      Files.writeString(b6.resolve("history/" + n + "/matrix.json"), "{\"night\":" + n + "}");
    }
    p.pastBuild(6, "UNSTABLE", b6);

    assertThat(p.runJenkinsfile()).as(p.log()).isEqualTo("SUCCESS");

    List<String> trend = lab.calls().get(lab.calls().size() - 1);
    assertThat(trend)
        .as("oldest night first, tonight (build 7) last, numerically ordered")
        .containsExactly(
            "matrix",
            "trend",
            "history/3/matrix.json",
            "history/5/matrix.json",
            "history/6/matrix.json",
            "history/7/matrix.json",
            "--out",
            "reports/trend");
    assertThat(Files.readString(ws().resolve("history/7/matrix.json")))
        .as("tonight's matrix.json is archived as night 7")
        .contains("\"name\":\"fake\"");
    assertThat(p.calls("archiveArtifacts"))
        .anySatisfy(c -> assertThat(c.arg("artifacts")).isEqualTo("history/**"));
    assertThat(p.calls("publishHTML"))
        .anySatisfy(
            c ->
                assertThat(Lab.map(c.args().get("target")))
                    .containsEntry("reportFiles", "trend.html")
                    .containsEntry("reportDir", "reports/trend"));
  }

  @Test
  void theArchiveKeepsOnlyTheLastNights() throws Exception {
    Path b6 = home.resolve("builds/b6");
    for (int n = 1; n <= 6; n++) {
      Files.createDirectories(b6.resolve("history/" + n));
      Files.writeString(b6.resolve("history/" + n + "/matrix.json"), "{}");
    }
    p.pastBuild(6, "SUCCESS", b6);
    Files.createDirectories(ws().resolve("reports/nightly"));
    Files.writeString(ws().resolve("reports/nightly/matrix.json"), "{}");

    p.step(
        "hexoTrend",
        Map.of("cli", lab.cli.toString(), "matrix", "reports/nightly/matrix.json", "keep", 3));

    assertThat(p.result()).as(p.log()).isEqualTo("SUCCESS");
    assertThat(lab.calls().get(0))
        .containsSubsequence(
            "history/5/matrix.json", "history/6/matrix.json", "history/7/matrix.json")
        .doesNotContain("history/4/matrix.json");
    assertThat(ws().resolve("history/1")).doesNotExist();
  }

  @Test
  void aNightlyRegressionMakesTheBuildUnstable() throws Exception {
    p.pastBuild(5, "SUCCESS", lab.artifacts("b5", "{}")).env("FAKE_COMPARE_EXIT", "1");

    assertThat(p.runJenkinsfile()).as(p.log()).isEqualTo("UNSTABLE");
  }

  @Test
  void prCheckFailuresThatAlsoFailOnTheBaseAreNotCountedAgainstThePr() throws Exception {
    p.param("COMPONENT", "HermitCore").param("REPO_URL", "u").param("REF", "r");
    p.env("FAKE_MATRIX_EXIT", "1").env("FAKE_COMPARE_EXIT", "0");

    assertThat(p.runJenkinsfile()).as(p.log()).isEqualTo("SUCCESS");

    assertThat(lab.calls().get(3)).containsSubsequence("--override", "hermit=u@r");
    assertThat(lab.calls().get(4))
        .containsSubsequence("reports/base/matrix.json", "reports/fork/matrix.json");
  }

  @Test
  void aChangeRequestOnAToolchainRepositoryBecomesAnOverride() throws Exception {
    // checkout returns GIT_URL and GIT_COMMIT; it never puts them into env
    p.env("CHANGE_ID", "42")
        .env("BRANCH_NAME", "PR-42")
        .scmUrl("https://github.com/someone/popcorn-compiler.git");

    assertThat(p.runJenkinsfile()).as(p.log()).isEqualTo("SUCCESS");

    assertThat(lab.calls().get(2))
        .as("fork toolchain build")
        .containsSubsequence(
            "--override",
            "installer=https://github.com/someone/popcorn-compiler.git@refs/pull/42/head");
  }

  @Test
  void aBranchBuildOfAToolchainRepositoryIsAPrCheckWithoutCronOrCheckout() throws Exception {
    p.env("BRANCH_NAME", "fix-memcpy")
        .env("HEXO_COMPONENT", "newlib")
        .scmUrl("https://github.com/someone/newlib.git");

    assertThat(p.runJenkinsfile()).as(p.log()).isEqualTo("SUCCESS");

    assertThat(lab.commands())
        .containsExactly(
            "toolchain build", "matrix run", "toolchain build", "matrix run", "matrix compare");
    assertThat(lab.calls().get(2))
        .containsSubsequence(
            "--override", "newlib=https://github.com/someone/newlib.git@fix-memcpy");
    assertThat(p.calls("checkout")).as("hexo-ci clones the fork itself").isEmpty();
    assertThat(triggers()).as("no nightly cron on a toolchain repository's jobs").isEmpty();
  }

  @Test
  void onlyTheDefaultBranchOfAMultibranchProjectGetsTheNightlyCron() throws Exception {
    p.env("BRANCH_NAME", "feature-x");
    p.runJenkinsfile();
    assertThat(triggers()).isEmpty();

    Lab main = new Lab(Files.createDirectories(home.resolve("main")));
    main.p.env("BRANCH_NAME", "main").runJenkinsfile();
    assertThat(main.p.calls("properties").get(0).args().toString()).contains("value=H 2 * * *");
  }

  private List<?> triggers() {
    List<?> props = Lab.list(p.calls("properties").get(0).args().get("properties"));
    return props.stream()
        .map(Map.class::cast)
        .filter(m -> "pipelineTriggers".equals(m.get("$symbol")))
        .map(m -> Lab.list(m.get("value")))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theLibraryIsLoadedAtTheJenkinsfilesRevisionFromADirectoryOfItsOwn() throws Exception {
    p.env("CHANGE_ID", "9").env("BRANCH_NAME", "PR-9");

    String result = p.runJenkinsfile();

    CpsPipeline.Call library = p.calls("library").get(0);
    Map<?, ?> retriever = Lab.map(library.args().get("retriever"));
    assertThat(retriever).as("the job's own scm: the revision being built").isNotNull();
    assertThat(retriever.get("$symbol")).isEqualTo("legacySCM");
    assertThat(Lab.map(retriever.get("scm")).get("userRemoteConfigs").toString())
        .contains("hexo-ci.git");
    Path libRoot = Fixture.ROOT.resolve(String.valueOf(retriever.get("libraryPath")));
    try (Stream<Path> files = Files.list(libRoot)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .as("the library root offers Jenkins its vars/ only, not the Maven src/ tree")
          .containsExactly("vars");
    }
    assertThat(result).as(p.log()).isEqualTo("SUCCESS");
    assertThat(lab.commands()).as("a PR to hexo-ci runs the smoke matrix").contains("matrix run");
    assertThat(lab.calls().get(1).get(2)).endsWith("matrix/smoke.yaml");
  }

  @Test
  void agentSettingsAreReadOnTheAgent() throws Exception {
    p.withoutEnv("HEXO_CI_CLI")
        .withoutEnv("HEXO_CI_HOME")
        .agentEnv("agent0", "HEXO_CI_HOME", Fixture.ROOT.toString())
        .agentEnv("agent0", "HEXO_CI_CLI", lab.cli.toString());

    assertThat(p.runJenkinsfile()).as(p.log()).isEqualTo("SUCCESS");

    assertThat(p.calls("sh").get(0).env()).containsEntry("HEXO_CLI", lab.cli.toString());
    assertThat(lab.calls().get(1).get(2)).isEqualTo(Fixture.ROOT + "/matrix/nightly.yaml");
  }

  @Test
  void aBuildHasATimeoutTimestampsADiscarderAndNoConcurrentBuilds() throws Exception {
    assertThat(p.runJenkinsfile()).as(p.log()).isEqualTo("SUCCESS");

    String props = p.calls("properties").get(0).args().toString();
    assertThat(props).contains("buildDiscarder").contains("disableConcurrentBuilds");
    assertThat(p.calls("timeout")).hasSize(1);
    assertThat(p.calls("timeout").get(0).args()).containsEntry("unit", "HOURS");
    assertThat(p.calls("timestamps")).hasSize(1);
    List<String> order = p.calls().stream().map(CpsPipeline.Call::step).toList();
    assertThat(order).containsSubsequence("timestamps", "timeout", "node", "sh");
  }

  @Test
  void leftoversOfEarlierBuildsAreNeitherComparedNorArchived() throws Exception {
    Path health = Files.createDirectories(ws().resolve("reports/nightly/boards/vm0/health-17"));
    Files.writeString(health.resolve("result.json"), "{}");
    Files.createDirectories(ws().resolve("baseline/reports/nightly"));
    Files.writeString(ws().resolve("baseline/reports/nightly/matrix.json"), "{\"name\":\"stale\"}");

    assertThat(p.runJenkinsfile()).as(p.log()).isEqualTo("SUCCESS");

    assertThat(lab.commands())
        .as("no stable night to copy: nothing to compare with, not a stale baseline/")
        .containsExactly("toolchain build", "matrix run", "matrix trend");
    assertThat(p.calls("archiveArtifacts"))
        .allSatisfy(
            c ->
                assertThat(Lab.list(c.args().get("archived")))
                    .noneMatch(f -> f.toString().contains("health-17")));
  }

  @Test
  void prCheckPublishesBaseAndForkReportsUnderNamesOfTheirOwn() throws Exception {
    p.param("COMPONENT", "newlib")
        .param("REPO_URL", "https://example.org/me/newlib.git")
        .param("REF", "fix-memcpy");

    assertThat(p.runJenkinsfile()).as(p.log()).isEqualTo("SUCCESS");

    List<Object> names =
        p.calls("publishHTML").stream()
            .map(c -> Lab.map(c.args().get("target")).get("reportName"))
            .map(String::valueOf)
            .map(Object.class::cast)
            .toList();
    assertThat(names).hasSize(2).doesNotHaveDuplicates();
  }

  @Test
  void aQemuUserOnlyLabNeedsNoSshCredential() throws Exception {
    p.withoutCredential("hexo-board-ssh");

    assertThat(p.runJenkinsfile()).as(p.log()).isEqualTo("SUCCESS");

    assertThat(p.calls("sh").get(0).env())
        .containsEntry("HEXO_BOARDS", "/secrets/boards.yaml")
        .doesNotContainKey("HEXO_SSH_KEY");
  }

  @Test
  void theBoardKeyAndKnownHostsAreBoundWhenConfigured() throws Exception {
    p.env("HEXO_SSH_CREDENTIAL", "lab-ssh")
        .env("HEXO_KNOWN_HOSTS_CREDENTIAL", "lab-known-hosts")
        .credential("lab-ssh", "/secrets/id_ed25519")
        .credential("lab-known-hosts", "/secrets/known_hosts");

    assertThat(p.runJenkinsfile()).as(p.log()).isEqualTo("SUCCESS");

    assertThat(p.calls("sh").get(0).env())
        .containsEntry("HEXO_SSH_KEY", "/secrets/id_ed25519")
        .containsEntry("HEXO_SSH_USER", "jenkins")
        .containsEntry("HEXO_KNOWN_HOSTS", "/secrets/known_hosts");
  }

  @Test
  void anUnknownComponentFailsNamingIt() throws Exception {
    p.param("COMPONENT", "gcc").param("REPO_URL", "u").param("REF", "r");

    assertThat(p.runJenkinsfile()).isEqualTo("FAILURE");

    assertThat(p.log()).contains("unknown toolchain component 'gcc'");
    assertThat(lab.calls()).isEmpty();
  }

  @Test
  void theFanOutEngineRunsTheMatrixOverTheLab() throws Exception {
    p.param("ENGINE", "fan-out")
        .agent("lab-a", java.util.Set.of("lab-a"), Map.of())
        .resource("lab-a:qemu-user", "qemu-user");

    assertThat(p.runJenkinsfile()).as(p.log()).isEqualTo("SUCCESS");

    assertThat(lab.commands())
        .containsExactly(
            "toolchain build",
            "matrix plan",
            "matrix cell",
            "matrix cell",
            "matrix merge",
            "matrix trend");
  }
}
