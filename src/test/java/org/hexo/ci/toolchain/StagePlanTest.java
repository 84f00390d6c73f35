package org.hexo.ci.toolchain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StagePlanTest {
  static final String I = "1111111111111111111111111111111111111111";

  static ToolchainSpec spec() {
    return new ToolchainSpec(
        "t",
        new Repository("file:///i.git", "main"),
        List.of("python3", "install_compiler.py", "--install-path", "{prefix}"),
        "--only-{step}-install",
        List.of("llvm", "hermit", "tools"),
        List.of(
            Component.of("llvm", "file:///llvm.git", "m", "llvm"),
            new Component(
                "hermit",
                "file:///h.git",
                "m",
                "hermit",
                "https://up/h.git",
                "m",
                Optional.of("PIN"))),
        Map.of("BASE_IMAGE", "b"));
  }

  static ToolchainManifest manifest(String installer, String llvm, String hermit) {
    return new ToolchainManifest(
        "t",
        new ResolvedRepo("installer", "file:///i.git", "main", installer, "*"),
        List.of(
            new ResolvedRepo("llvm", "file:///llvm.git", "m", llvm, "llvm"),
            new ResolvedRepo("hermit", "file:///h.git", "m", hermit, "hermit")),
        spec().steps(),
        spec().installCommand(),
        spec().stepFlag(),
        spec().buildArgs());
  }

  static List<String> keys(ToolchainManifest m, String dockerfile) {
    return StagePlan.of(spec(), m, dockerfile, "step").stream().map(StagePlan.Stage::key).toList();
  }

  @Test
  void aChangeInStepJKeepsTheKeysOfTheStagesBelowJ() {
    String a = "a".repeat(40);
    String b = "b".repeat(40);
    List<String> base = keys(manifest(I, a, a), "deps");
    List<String> hermitChanged = keys(manifest(I, a, b), "deps");
    assertThat(base).hasSize(4);
    assertThat(hermitChanged.subList(0, 2))
        .as("deps and llvm reused")
        .isEqualTo(base.subList(0, 2));
    assertThat(hermitChanged.get(2)).isNotEqualTo(base.get(2));
    assertThat(hermitChanged.get(3)).as("later steps rebuild too").isNotEqualTo(base.get(3));

    List<String> llvmChanged = keys(manifest(I, b, a), "deps");
    assertThat(llvmChanged.get(0)).isEqualTo(base.get(0));
    assertThat(llvmChanged.subList(1, 4)).doesNotContainAnyElementsOf(base.subList(1, 4));

    List<String> installerChanged = keys(manifest("c".repeat(40), a, a), "deps");
    assertThat(installerChanged.get(0)).isEqualTo(base.get(0));
    assertThat(installerChanged.subList(1, 4)).doesNotContainAnyElementsOf(base);

    assertThat(keys(manifest(I, a, a), "other deps")).doesNotContainAnyElementsOf(base);
    assertThat(keys(manifest(I, a, a), "deps")).as("stable").isEqualTo(base);
  }

  @Test
  void theStepScriptRedirectsPinsAndRunsTheUnmodifiedInstaller() {
    StagePlan.Stage hermit =
        StagePlan.of(spec(), manifest(I, "a".repeat(40), "b".repeat(40)), "d", "s").get(2);
    String script =
        StepScript.render("hermit", I, hermit.pinned(), spec().installArgv("/opt/p", 2, "hermit"));
    assertThat(script)
        .contains(
            "git config --global --replace-all 'url.file:///opt/hexo-build/mirrors/hermit.git.insteadOf' 'https://up/h.git'")
        .contains("checkout -q --detach " + I)
        .contains("export PIN=" + "b".repeat(40))
        .contains(
            "exec 'python3' 'install_compiler.py' '--install-path' '/opt/p' '--only-hermit-install'");
  }
}
