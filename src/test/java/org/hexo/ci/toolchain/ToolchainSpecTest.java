package org.hexo.ci.toolchain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.hexo.ci.UsageException;
import org.junit.jupiter.api.Test;

class ToolchainSpecTest {
  static final String YAML =
      """
      name: my-hexo
      installer:
        url: https://example.invalid/popcorn-compiler.git
        ref: hermit-master
      install: [python2, install_compiler.py, --install-path, "{prefix}", --threads, "{threads}"]
      steps: [hermit, libraries]
      buildArgs:
        BASE_IMAGE: hexo-base:stretch-amd64
      components:
        - name: hermit
          url: https://example.invalid/HermitCore.git
          ref: hermit-popcorn-master
          step: hermit
          pinEnv: HERMIT_COMMIT
      """;

  @Test
  void parsesYamlWithDefaults() {
    ToolchainSpec s = ToolchainSpecs.parse(YAML, "t.yaml");
    assertThat(s.name()).isEqualTo("my-hexo");
    assertThat(s.stepFlag()).isEqualTo("--only-{step}-install");
    Component hermit = s.components().get(0);
    assertThat(hermit.cloneUrl()).as("defaults to url").isEqualTo(hermit.url());
    assertThat(hermit.cloneBranch()).isEqualTo("hermit-popcorn-master");
    assertThat(hermit.pinEnv()).contains("HERMIT_COMMIT");
    assertThat(s.installArgv("/opt/p", 4, "hermit"))
        .containsExactly(
            "python2",
            "install_compiler.py",
            "--install-path",
            "/opt/p",
            "--threads",
            "4",
            "--only-hermit-install");
  }

  @Test
  void unknownKeyIsNamed() {
    assertThatThrownBy(() -> ToolchainSpecs.parse(YAML + "colour: blue\n", "t.yaml"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("t.yaml")
        .hasMessageContaining("colour");
  }

  @Test
  void componentWithUnknownStepIsInvalid() {
    String bad = YAML.replace("step: hermit", "step: kernel");
    assertThatThrownBy(() -> ToolchainSpecs.parse(bad, "t.yaml"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("kernel");
  }

  @Test
  void installWithoutPrefixIsInvalid() {
    String bad = YAML.replace("\"{prefix}\"", "/tmp");
    assertThatThrownBy(() -> ToolchainSpecs.parse(bad, "t.yaml"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("{prefix}");
  }

  @Test
  void nonBranchRefNeedsCloneBranch() {
    assertThatThrownBy(() -> Component.of("newlib", "u", "refs/pull/3/head", "newlib"))
        .hasMessageContaining("cloneBranch");
  }

  @Test
  void builtinHexoIsTheRealToolchain() {
    ToolchainSpec hexo = BuiltinSpecs.hexo();
    assertThat(hexo.installer().url()).endsWith("ssrg-vt/popcorn-compiler.git");
    assertThat(hexo.installer().ref()).isEqualTo("hermit-master");
    assertThat(hexo.components())
        .extracting(Component::name)
        .containsExactly("llvm", "clang", "binutils", "newlib", "hermit", "pthread-embedded");
    assertThat(hexo.components())
        .allSatisfy(c -> assertThat(c.ref()).isEqualTo("hermit-popcorn-master"));
    assertThat(hexo.componentsOf("llvm-clang")).hasSize(2);
    assertThat(hexo.buildArgs().get("HOST_PACKAGES")).contains("python ");
  }

  @Test
  void overrideReplacesUrlAndRefButKeepsCloneBranch() {
    ToolchainSpec hexo =
        BuiltinSpecs.hexo()
            .withOverrides(
                List.of(
                    ComponentOverride.parse("newlib=https://h/me/newlib.git@refs/pull/12/head")));
    Component newlib = hexo.componentsOf("newlib").get(0);
    assertThat(newlib.url()).isEqualTo("https://h/me/newlib.git");
    assertThat(newlib.ref()).isEqualTo("refs/pull/12/head");
    assertThat(newlib.cloneUrl()).isEqualTo("https://github.com/ssrg-vt/newlib.git");
    assertThat(newlib.cloneBranch()).isEqualTo("hermit-popcorn-master");
  }

  @Test
  void overrideOfUnknownComponentListsValidOnes() {
    assertThatThrownBy(
            () -> BuiltinSpecs.hexo().withOverrides(List.of(ComponentOverride.parse("gcc=@main"))))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("'gcc'")
        .satisfies(
            e -> assertThat(((UsageException) e).remedy()).contains("installer, llvm, clang"));
  }
}
