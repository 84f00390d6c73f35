package org.hexo.ci.nativeio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.hexo.ci.Infra;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Legs started by the native launcher: output, exit status, peak RSS, CPU time, timeouts. */
class NativeProcessIT {
  private static final String PYTHON = "/usr/bin/python3";

  @BeforeAll
  static void libraryLoaded() {
    assertThat(VmmLibrary.isAvailable()).as("%s", VmmLibrary.unavailabilityCause()).isTrue();
  }

  private static String read(java.io.InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }

  @Test
  void runsArgvInItsDirectoryWithItsEnvironmentAndSeparateStreams(@TempDir Path dir)
      throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder("sh", "-c", "pwd; echo \"$LEG\"; echo oops >&2; exit 3")
            .directory(dir.toFile());
    pb.environment().put("LEG", "x86 leg");
    NativeProcess p = NativeProcess.launch(pb);
    assertThat(read(p.getInputStream())).isEqualTo(dir.toRealPath() + "\nx86 leg\n");
    assertThat(read(p.getErrorStream())).isEqualTo("oops\n");
    assertThat(p.waitFor()).isEqualTo(3);
    assertThat(p.isAlive()).isFalse();
    assertThat(p.terminatingSignal()).isEmpty();
    assertThat(p.usage().known()).isTrue();
  }

  @Test
  void mergesStderrWhenAsked() throws Exception {
    NativeProcess p =
        NativeProcess.launch(
            new ProcessBuilder("sh", "-c", "echo out; echo err >&2").redirectErrorStream(true));
    assertThat(read(p.getInputStream())).isEqualTo("out\nerr\n");
    assertThat(read(p.getErrorStream())).isEmpty();
    assertThat(p.waitFor()).isZero();
  }

  @Test
  void peakRssCoversTheMemoryTheChildTouched() throws Exception {
    Infra.require(Files.isExecutable(Path.of(PYTHON)), PYTHON);
    int mib = 200;
    NativeProcess p =
        NativeProcess.launch(
            new ProcessBuilder(PYTHON, "-c", "b = bytearray(" + mib + " * 1024 * 1024)"));
    assertThat(p.waitFor()).isZero();
    ChildUsage u = p.usage();
    assertThat(u.maxRssKiB())
        .as("peak RSS of %d MiB bytearray", mib)
        .isGreaterThanOrEqualTo(mib * 1024L);
    assertThat(NativeProcess.usageOf(p)).isEqualTo(u);
  }

  @Test
  void cpuTimeOfABusyLoopIsCounted() throws Exception {
    NativeProcess p =
        NativeProcess.launch(
            new ProcessBuilder("sh", "-c", "i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done"));
    assertThat(p.waitFor()).isZero();
    assertThat(p.usage().userMillis()).as("user CPU ms").isPositive();
    assertThat(p.usage().systemMillis()).isNotNegative();
  }

  @Test
  void aTimeoutKillsTheWholeGroup() throws Exception {
    NativeProcess p =
        NativeProcess.launch(new ProcessBuilder("sh", "-c", "sleep 60 & echo $!; wait"));
    long start = System.nanoTime();
    // the shell prints the grandchild's pid once it has started it: the group is complete
    String line =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))
            .readLine();
    assertThat(line).as("the grandchild's pid").matches("[0-9]+");
    ProcessHandle sleeper = ProcessHandle.of(Long.parseLong(line)).orElseThrow();
    assertThat(p.waitForOrKill(Duration.ofMillis(300))).as("exited by itself").isFalse();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    assertThat(p.terminatingSignal()).hasValue(9);
    assertThat(p.exitValue()).isEqualTo(128 + 9);
    assertThat(sleeper.onExit())
        .as("the grandchild in the same group was killed too")
        .succeedsWithin(Duration.ofSeconds(5));
  }

  @Test
  void anotherLegsPipesDoNotLeakIntoAChild() throws Exception {
    NativeProcess longLeg = NativeProcess.launch(new ProcessBuilder("sleep", "30"));
    try {
      NativeProcess quick = NativeProcess.launch(new ProcessBuilder("echo", "done"));
      assertThat(read(quick.getInputStream())).isEqualTo("done\n");
      assertThat(quick.waitFor(10, TimeUnit.SECONDS)).isTrue();
      // sleep inherited no pipe of the quick leg, else the read above would hang 30 s
    } finally {
      longLeg.destroyForcibly();
      longLeg.waitFor();
    }
    assertThat(longLeg.terminatingSignal()).hasValue(9);
  }

  @Test
  void aMissingProgramFailsLikeProcessBuilder() {
    assertThatThrownBy(() -> NativeProcess.launch(new ProcessBuilder("/no/such/program")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("Cannot run program \"/no/such/program\"")
        .hasMessageContaining("ENOENT");
    assertThatThrownBy(
            () ->
                NativeProcess.launch(
                    new ProcessBuilder("true").directory(Path.of("/no/such/dir").toFile())))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("/no/such/dir");
  }

  @Test
  void signalsReachALegItStarted(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("got");
    NativeProcess p =
        NativeProcess.launch(
            new ProcessBuilder(
                "sh",
                "-c",
                "trap 'echo USR1 > \"$0\"; exit 0' USR1; echo ready; while :; do sleep 0.05; done",
                file.toString()));
    byte[] ready = p.getInputStream().readNBytes(6);
    assertThat(new String(ready, StandardCharsets.UTF_8)).isEqualTo("ready\n");
    Signals.send(p.pid(), "USR1");
    assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    assertThat(Files.readString(file)).isEqualTo("USR1\n");
  }

  @Test
  void aLegDiesWithTheJvmThatStartedItEvenAfterKillMinus9() throws Exception {
    Process jvm =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                LegSpawnerMain.class.getName())
            .redirectErrorStream(true)
            .start();
    String line =
        new java.io.BufferedReader(
                new java.io.InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))
            .readLine();
    assertThat(line).as("the spawner's output").startsWith("pid=");
    ProcessHandle leg = ProcessHandle.of(Long.parseLong(line.substring(4))).orElseThrow();
    assertThat(leg.isAlive()).as("the leg outlived the thread that started it").isTrue();

    jvm.destroyForcibly().waitFor();

    assertThat(leg.onExit().get(60, TimeUnit.SECONDS).isAlive())
        .as("the leg went with the JVM that was killed")
        .isFalse();
  }
}
