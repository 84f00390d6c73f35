package org.hexo.ci.jenkins.cps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness itself: CPS serialization is checked, and the steps behave as the plugins do. */
class StubsCpsTest {
  @TempDir Path root;
  @TempDir Path home;

  private CpsPipeline pipeline(String jenkinsfile) throws Exception {
    Files.writeString(root.resolve("Jenkinsfile"), jenkinsfile);
    return new CpsPipeline(root, home);
  }

  @Test
  void stateThatCannotBeSerializedFailsTheBuild() throws Exception {
    // a for-in loop keeps an ArrayList iterator in the closure's state across the echo step
    CpsPipeline p = pipeline("node { for (String x in ['a', 'b']) { echo x } }");

    assertThat(p.runJenkinsfile()).isEqualTo("FAILURE");
    assertThat(p.log()).contains("NotSerializableException").contains("ArrayList$Itr");
  }

  @Test
  void checkoutReturnsTheScmVariablesAndLeavesEnvAlone() throws Exception {
    CpsPipeline p =
        pipeline(
            "node { def v = checkout(scm); echo \"commit ${v.GIT_COMMIT} env ${env.GIT_COMMIT}\" }");

    assertThat(p.runJenkinsfile()).as(p.log()).isEqualTo("SUCCESS");
    assertThat(p.log()).contains("commit c0ffee").contains("env null");
  }

  @Test
  void lastSuccessfulTakesUnstableBuildsUnlessStable() throws Exception {
    Path b5 = Files.createDirectories(home.resolve("b5"));
    Files.writeString(b5.resolve("x.txt"), "five");
    Path b6 = Files.createDirectories(home.resolve("b6"));
    Files.writeString(b6.resolve("x.txt"), "six");
    CpsPipeline p =
        pipeline(
            "node {\n"
                + "  copyArtifacts(projectName: 'j', selector: lastSuccessful(), target: 'any')\n"
                + "  copyArtifacts(projectName: 'j', selector: lastSuccessful(stable: true), target: 'stable')\n"
                + "  echo \"any=${readFile('any/x.txt')} stable=${readFile('stable/x.txt')}\"\n"
                + "}");
    p.pastBuild(5, "SUCCESS", b5).pastBuild(6, "UNSTABLE", b6).pastBuild(7, "FAILURE", b6);

    assertThat(p.runJenkinsfile()).as(p.log()).isEqualTo("SUCCESS");
    assertThat(p.log()).contains("any=six stable=five");
  }

  @Test
  void aLockIsHeldByOneBranchAtATimeAndNamesItsResource() throws Exception {
    CpsPipeline p =
        pipeline(
            "parallel(a: { lock(label: 'board', quantity: 1, variable: 'B') { node { echo \"a ${env.B}\" } } },\n"
                + "         b: { lock(label: 'board', quantity: 1, variable: 'B') { node { echo \"b ${env.B}\" } } })\n"
                + "echo \"after ${env.B}\"");
    p.resource("agent0:vm0", "board");

    assertThat(p.runJenkinsfile()).as(p.log()).isEqualTo("SUCCESS");
    List<String> order =
        p.calls().stream().map(CpsPipeline.Call::step).filter(s -> s.startsWith("lock.")).toList();
    assertThat(order)
        .containsExactly("lock.acquired", "lock.released", "lock.acquired", "lock.released");
    assertThat(p.log()).contains("a agent0:vm0").contains("b agent0:vm0").contains("after null");
  }

  @Test
  void nodeRunsOnAnAgentOfTheLabelWithItsProperties() throws Exception {
    CpsPipeline p =
        pipeline(
            "echo \"outside ${env.LAB}\"\n"
                + "node('lab-b') { echo \"on ${env.NODE_NAME} ${env.LAB}\"; writeFile(file: 'f', text: 'x') }");
    p.agent("lab-b", Set.of("lab-b"), java.util.Map.of("LAB", "b"));

    assertThat(p.runJenkinsfile()).as(p.log()).isEqualTo("SUCCESS");
    assertThat(p.log()).contains("outside null").contains("on lab-b b");
    assertThat(p.workspace("lab-b").resolve("f")).exists();
  }
}
