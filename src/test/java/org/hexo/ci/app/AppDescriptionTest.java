package org.hexo.ci.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.hexo.ci.UsageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** hexo-app.yaml: its keys, its errors, and flags on top of it. */
class AppDescriptionTest {
  @TempDir Path dir;

  @Test
  void everyKeyIsRead() throws Exception {
    Files.writeString(dir.resolve("in.txt"), "1 2 3\n");
    Files.writeString(
        dir.resolve("hexo-app.yaml"),
        """
        args: [10, in.txt]
        inputs: [in.txt]
        verify: '^OK$'
        normalize: ['^Rate']
        triggers: ['output:^round 3', 'timer:2']
        memory: 512M
        timeout: 90
        """);
    AppDescription d = AppDescription.read(dir);
    assertThat(d.argv()).containsExactly("10", "in.txt");
    assertThat(d.inputFiles(dir)).containsExactly(dir.resolve("in.txt"));
    assertThat(d.verify()).isEqualTo("^OK$");
    assertThat(d.normalize()).containsExactly("^Rate");
    assertThat(d.defaultTrigger()).contains("output:^round 3");
    assertThat(d.memory()).isEqualTo("512M");
    assertThat(d.timeout()).isEqualTo(Duration.ofSeconds(90));
    assertThat(d.toMap()).containsOnlyKeys(AppDescription.KEYS);
  }

  @Test
  void argsMayBeOneStringAsHexosArgs() {
    assertThat(AppDescription.parse("args: '2000 -c  2000'\n", "f").argv())
        .containsExactly("2000", "-c", "2000");
  }

  @Test
  void noFileIsNoDescription() {
    assertThat(AppDescription.read(dir)).isEqualTo(AppDescription.NONE);
    assertThat(AppDescription.NONE.toMap()).isEmpty();
  }

  @Test
  void unknownKeyNamesTheFileAndTheKey() throws Exception {
    Files.writeString(dir.resolve("hexo-app.yaml"), "args: [1]\nclass: S\n");
    assertThatThrownBy(() -> AppDescription.read(dir))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining(dir.resolve("hexo-app.yaml").toString())
        .hasMessageContaining("unknown key 'class'");
  }

  @Test
  void badValuesNameTheFileAndTheValue() {
    assertThatThrownBy(() -> AppDescription.parse("verify: '('\n", "app/hexo-app.yaml"))
        .hasMessageContaining("app/hexo-app.yaml")
        .hasMessageContaining("verify '('");
    assertThatThrownBy(() -> AppDescription.parse("memory: lots\n", "f"))
        .hasMessageContaining("'lots'");
    assertThatThrownBy(() -> AppDescription.parse("timeout: soon\n", "f"))
        .hasMessageContaining("'soon'");
    assertThatThrownBy(() -> AppDescription.parse("inputs: [../secret]\n", "f"))
        .hasMessageContaining("'../secret'");
    AppDescription missing = AppDescription.parse("inputs: [gone.txt]\n", "f");
    assertThatThrownBy(() -> missing.inputFiles(dir)).hasMessageContaining("'gone.txt'");
  }

  @Test
  void flagsOverrideTheFileAndAddNormalisationRules() {
    AppDescription file =
        AppDescription.parse(
            "args: [1]\nverify: '^A$'\nnormalize: ['^x']\nmemory: 1G\ntimeout: 10\n", "f");
    AppDescription flags =
        new AppDescription(List.of("2", "3"), null, null, List.of("^y"), List.of(), "2G", null);
    AppDescription d = file.overriddenBy(flags);
    assertThat(d.argv()).containsExactly("2", "3");
    assertThat(d.verify()).as("not given as a flag: the file's").isEqualTo("^A$");
    assertThat(d.normalize()).containsExactly("^x", "^y");
    assertThat(d.memory()).isEqualTo("2G");
    assertThat(d.timeout()).isEqualTo(Duration.ofSeconds(10));
  }
}
