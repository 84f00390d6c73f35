package org.hexo.ci.nativeio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NativeProcessTest {

  @Test
  void rejectsAnEmptyCommandAndNulBytes() {
    assertThatThrownBy(() -> NativeProcess.checkedArgv(new ProcessBuilder(List.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty command");
    assertThatThrownBy(() -> NativeProcess.checkedArgv(new ProcessBuilder("echo", "a\0b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NUL");
  }

  @Test
  void acceptsTheDefaultsAndDevNullAsStdin() {
    assertThat(NativeProcess.checkedArgv(new ProcessBuilder("echo", "hi")))
        .containsExactly("echo", "hi");
    ProcessBuilder devNull =
        new ProcessBuilder("cat")
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    assertThat(NativeProcess.checkedArgv(devNull)).containsExactly("cat");
  }

  @Test
  void rejectsRedirectsItCannotHonour() {
    ProcessBuilder toFile =
        new ProcessBuilder("echo").redirectOutput(ProcessBuilder.Redirect.DISCARD);
    assertThatThrownBy(() -> NativeProcess.checkedArgv(toFile))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stdout and stderr as pipes");
    ProcessBuilder fromFile =
        new ProcessBuilder("cat")
            .redirectInput(ProcessBuilder.Redirect.from(new File("/etc/hosts")));
    assertThatThrownBy(() -> NativeProcess.checkedArgv(fromFile))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("/dev/null");
  }

  @Test
  void checksEnvironmentNames() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("A", "1");
    env.put("B", "x=y");
    assertThat(NativeProcess.checkedEnvironment(env)).containsExactly("A=1", "B=x=y");
    assertThatThrownBy(() -> NativeProcess.checkedEnvironment(Map.of("A=B", "1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("A=B");
    assertThatThrownBy(() -> NativeProcess.checkedEnvironment(Map.of("", "1")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void usageOfAPlainProcessIsUnknown() throws Exception {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    assertThat(NativeProcess.usageOf(p)).isEqualTo(ChildUsage.UNKNOWN);
  }
}
