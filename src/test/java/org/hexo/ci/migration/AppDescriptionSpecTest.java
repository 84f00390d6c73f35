package org.hexo.ci.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.hexo.ci.UsageException;
import org.hexo.ci.app.AppDescription;
import org.hexo.ci.verify.Checks;
import org.hexo.ci.verify.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A spec carries the app's description: the file read once, flags on top. */
class AppDescriptionSpecTest {
  @TempDir Path dir;

  private Path app(String name, String yaml) throws Exception {
    Path app = Files.createDirectories(dir.resolve(name));
    Files.writeString(app.resolve(name + ".c"), "int main(void) { return 0; }\n");
    Files.writeString(app.resolve("data.txt"), "1\n");
    if (yaml != null) {
      Files.writeString(app.resolve(AppDescription.FILE), yaml);
    }
    return app;
  }

  @Test
  void anAppWithoutClassesIsNamedWithoutOneAndNeedsNoNpbLine() throws Exception {
    MigrationSpec s = MigrationSpec.builder(app("hello", null), null).build();
    assertThat(s.appClass()).isNull();
    assertThat(s.testName()).isEqualTo("hello.cr.x86-to-arm.timer");
    assertThat(s.verificationRegex()).as("no success line named, none required").isNull();
    assertThat(MigrationSpec.builder(Path.of("apps/is"), "S").build().verificationRegex())
        .isEqualTo(Checks.NPB_VERIFICATION);
  }

  @Test
  void theFileGivesArgsInputsVerifyRulesTriggerMemoryAndTimeout() throws Exception {
    Path app =
        app(
            "desc",
            """
            args: [10, data.txt]
            inputs: [data.txt]
            verify: '^DONE$'
            normalize: ['^elapsed']
            triggers: ['output:^round 3']
            memory: 256M
            timeout: 42
            """);
    MigrationSpec s =
        MigrationSpec.builder(app, null).fallbackTimeout(Duration.ofSeconds(7)).build();
    assertThat(s.args()).containsExactly("10", "data.txt");
    assertThat(s.inputs()).containsExactly(app.resolve("data.txt"));
    assertThat(s.verificationRegex()).isEqualTo("^DONE$");
    assertThat(s.volatileLines())
        .as("added to the defaults")
        .containsAll(Normalizer.DEFAULT_VOLATILE)
        .endsWith("^elapsed");
    assertThat(s.trigger()).isEqualTo(Trigger.parse("output:^round 3"));
    assertThat(s.memory()).isEqualTo("256M");
    assertThat(s.timeout()).isEqualTo(Duration.ofSeconds(42));
    assertThat(s.app().toMap()).containsKeys("args", "inputs", "verify", "triggers");
    assertThat(s.toBuilder().build()).as("a spec rebuilt is the same spec").isEqualTo(s);
  }

  @Test
  void flagsOverrideTheFile() throws Exception {
    Path app = app("flags", "args: [1]\nverify: '^A$'\nnormalize: ['^x']\ntimeout: 42\n");
    MigrationSpec s =
        MigrationSpec.builder(app, null)
            .description(
                new AppDescription(List.of("2"), null, "^B$", List.of("^y"), List.of(), null, null))
            .trigger(Trigger.parse("timer:1"))
            .timeout(Duration.ofSeconds(5))
            .build();
    assertThat(s.args()).containsExactly("2");
    assertThat(s.verificationRegex()).isEqualTo("^B$");
    assertThat(s.volatileLines()).endsWith("^x", "^y");
    assertThat(s.timeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(s.trigger()).isEqualTo(Trigger.parse("timer:1"));
  }

  @Test
  void aBadSuggestedTriggerOrMissingInputNamesTheFile() throws Exception {
    Path bad = app("bad", "triggers: ['soon:1']\n");
    assertThatThrownBy(() -> MigrationSpec.builder(bad, null).build())
        .isInstanceOf(UsageException.class)
        .hasMessageContaining(bad.resolve(AppDescription.FILE).toString())
        .hasMessageContaining("'soon'");
    Path gone = app("gone", "inputs: [missing.txt]\n");
    assertThatThrownBy(() -> MigrationSpec.builder(gone, null).build())
        .hasMessageContaining("'missing.txt'");
  }
}
