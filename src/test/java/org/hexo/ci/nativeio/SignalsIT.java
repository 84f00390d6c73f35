package org.hexo.ci.nativeio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hexo.ci.InfrastructureException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A signal reaches a real child by every path: native, the kill command, and a JVM without it. */
class SignalsIT {
  @TempDir Path dir;
  private Process child;

  /** Starts a shell that writes "USR1" to {@code file} when it gets SIGUSR1, then exits. */
  private Process trappingChild(Path file) throws Exception {
    child =
        new ProcessBuilder(
                "sh",
                "-c",
                "trap 'echo USR1 > \"$0\"; exit 0' USR1; echo ready; while :; do sleep 0.05; done",
                file.toString())
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    assertThat(out.readLine()).as("the child installed its trap").isEqualTo("ready");
    return child;
  }

  private void assertRecorded(Process p, Path file) throws Exception {
    assertThat(p.waitFor(10, TimeUnit.SECONDS)).as("the child exits after the trap").isTrue();
    assertThat(p.exitValue()).isZero();
    assertThat(Files.readString(file)).isEqualTo("USR1\n");
  }

  @AfterEach
  void killChild() {
    if (child != null) {
      child.destroyForcibly();
    }
  }

  @Test
  void usr1ReachesTheChildThroughTheNativeHelper() throws Exception {
    assertThat(VmmLibrary.isAvailable()).as("%s", VmmLibrary.unavailabilityCause()).isTrue();
    Path file = dir.resolve("native");
    Process p = trappingChild(file);
    Signals.send(p.pid(), "USR1");
    assertRecorded(p, file);
  }

  @Test
  void usr1ReachesTheChildThroughTheKillCommand() throws Exception {
    Path file = dir.resolve("command");
    Process p = trappingChild(file);
    Signals.sendWithCommand(p.pid(), "USR1");
    assertRecorded(p, file);
  }

  @Test
  void withTheLibraryDisabledAnotherJvmStillDeliversUsr1() throws Exception {
    Path file = dir.resolve("disabled");
    Process p = trappingChild(file);
    Process jvm =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + VmmLibrary.DISABLE_PROPERTY + "=true",
                "-cp",
                System.getProperty("java.class.path"),
                SignalSenderMain.class.getName(),
                Long.toString(p.pid()),
                "USR1")
            .redirectErrorStream(true)
            .start();
    String out = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(jvm.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(out.lines().toList()).containsExactly("available=false", "sent");
    assertRecorded(p, file);
  }

  @Test
  void bothPathsReportAVanishedProcessTheSameWay() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    long pid = gone.pid();
    for (Runnable send :
        List.<Runnable>of(
            () -> Signals.sendNative(pid, "USR1", 10),
            () -> Signals.sendWithCommand(pid, "USR1"))) {
      assertThatThrownBy(send::run)
          .isInstanceOf(InfrastructureException.class)
          .hasMessageStartingWith("could not send SIGUSR1 to pid " + pid)
          .extracting(e -> ((InfrastructureException) e).remedy())
          .asString()
          .contains("already exited");
    }
  }
}
