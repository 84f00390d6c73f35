package org.hexo.ci.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hexo.ci.Infra;
import org.hexo.ci.UsageException;
import org.hexo.ci.board.Board;
import org.hexo.ci.board.local.LocalBoard;
import org.hexo.ci.cli.Main;
import org.hexo.ci.report.ReportWriter;
import org.hexo.ci.verify.CheckResult;
import org.hexo.ci.verify.Verdict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@link Replay} against real hexo-lite IS class S: a C/R run x86-64 -> aarch64 (binfmt) whose
 * source disk flips a byte of heap.bin FAILs; its kept run replays to the same FAIL; with the byte
 * flipped back in the kept copy the replay PASSes, also under qemu-user's gdb stub.
 */
class ReplayIT {
  private static Board flaky;
  private static Board flakyArm;
  private static Board x86;
  private static Board arm;
  private static MigrationResult failed;
  private static MigrationResult failedOnX86;
  private final Path reports = Path.of("target/it-reports/replay").toAbsolutePath();

  @BeforeAll
  static void open() throws Exception {
    Path root = Files.createTempDirectory("hexo-replay-boards");
    flaky = new FlakyDiskBoard("flaky", root.resolve("flaky"));
    flakyArm = new FlakyDiskBoard(new BinfmtArmBoard("flaky-arm", root.resolve("flaky-arm")));
    x86 = new LocalBoard("local", root.resolve("x86"));
    arm = new BinfmtArmBoard("binfmt-arm", root.resolve("arm"));
  }

  @AfterAll
  static void close() {
    if (flaky != null) {
      flaky.close();
      flakyArm.close();
      x86.close();
      arm.close();
    }
  }

  private static BoardSource boards() {
    return name ->
        Map.of("flaky", flaky, "flaky-arm", flakyArm, "local", x86, "binfmt-arm", arm).get(name);
  }

  /** The failed run, made once: the flaky disk damages heap.bin before it is checksummed. */
  private synchronized MigrationResult failedRun() {
    if (failed == null) {
      failed = failingRun(Direction.X86_TO_ARM, "flaky", "binfmt-arm");
    }
    return failed;
  }

  /** The same fault arm-to-x86: the source's aarch64 disk is the flaky one. */
  private synchronized MigrationResult failedRunOnX86() {
    if (failedOnX86 == null) {
      failedOnX86 = failingRun(Direction.ARM_TO_X86, "local", "flaky-arm");
    }
    return failedOnX86;
  }

  private MigrationResult failingRun(Direction direction, String x86Board, String armBoard) {
    Infra.require(BinfmtArmBoard.available(), "binfmt qemu-aarch64");
    MigrationSpec spec =
        MigrationSpec.builder(HexoLiteFixture.project().resolve("apps/is"), "S")
            .mode(Mode.CR)
            .direction(direction)
            .trigger(Trigger.parse("output:^\\s*5$"))
            .x86Board(x86Board)
            .armBoard(armBoard)
            .timeout(Duration.ofSeconds(60))
            .build();
    return MigrationRunner.create(spec, HexoLiteFixture.artifacts("is", "S"), boards())
        .reportDir(reports)
        .listener(new ReportWriter(reports))
        .call();
  }

  /** A copy of the failed run's directory, so each test changes only its own. */
  private Path copyOfFailedRun(String name) throws Exception {
    return copyOf(failedRun(), name);
  }

  private Path copyOf(MigrationResult failedRun, String name) throws Exception {
    Path from = failedRun.runDir();
    Path to = reports.resolve(name + "-" + System.nanoTime());
    try (var files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
    return to;
  }

  @Test
  void aFailedRunReplaysToTheSameFailAndPassesOnceTheFaultIsGone() throws Exception {
    MigrationResult r = failedRun();
    assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.FAIL);
    assertThat(Files.readString(r.runDir().resolve("destination.stderr")))
        .contains("heap.bin: corrupted");
    assertThat(r.runDir().resolve("programs/prog_aarch64_aligned")).as("programs kept").exists();

    Path run = copyOfFailedRun("same-fail");
    ReplayResult again = Replay.of(KeptRun.read(run)).call(boards());
    assertThat(again.verdict()).as("the same fault, the same verdict").isEqualTo(Verdict.FAIL);
    assertThat(again.leg().board()).isEqualTo("binfmt-arm");
    assertThat(again.leg().exitCode()).as("hexo-lite's invalid-checkpoint exit").isEqualTo(3);
    assertThat(failedChecks(again.checks()))
        .as("the same checks fail as in the run")
        .isEqualTo(failedChecks(r.checks().orElseThrow()));
    assertThat(again.dir()).isEqualTo(run.resolve("replay"));
    assertThat(Files.readString(again.dir().resolve("destination.stderr")))
        .contains("heap.bin: corrupted");
    assertThat(Files.readString(again.dir().resolve("replay.json")))
        .contains("\"verdict\" : \"FAIL\"")
        .contains("\"originalVerdict\" : \"FAIL\"");

    FlakyDiskBoard.flip(run.resolve("checkpoint-1/heap.bin"));
    ReplayResult fixed = Replay.of(KeptRun.read(run)).call(boards());
    assertThat(fixed.verdict())
        .as(String.join("; ", failedChecks(fixed.checks())))
        .isEqualTo(Verdict.PASS);
    assertThat(fixed.dir()).isEqualTo(run.resolve("replay-2"));
    assertThat(fixed.leg().stdout()).contains("        6\n").doesNotContain("        5\n");
  }

  @Test
  void gdbStartsTheLegUnderQemusStubAndItRunsOnOnceTheDebuggerDetaches() throws Exception {
    Path run = copyOfFailedRun("gdb");
    FlakyDiskBoard.flip(run.resolve("checkpoint-1/heap.bin"));
    ReplayResult r = replayUnderDebugger(run, "gdb-multiarch");
    assertThat(r.leg().board()).isEqualTo("binfmt-arm");
  }

  @Test
  void gdbOnX86StartsTheLegUnderGdbserverAndItRunsOnOnceTheDebuggerDetaches() throws Exception {
    Infra.require(Files.isExecutable(Path.of("/usr/bin/gdbserver")), "gdbserver");
    MigrationResult failedRun = failedRunOnX86();
    assertThat(failedRun.verdict()).as(failedRun.message()).isEqualTo(Verdict.FAIL);
    Path run = copyOf(failedRun, "gdb-x86");
    FlakyDiskBoard.flip(run.resolve("checkpoint-1/heap.bin"));
    ReplayResult r = replayUnderDebugger(run, "gdb");
    assertThat(r.leg().board()).isEqualTo("local");
  }

  /**
   * Replays {@code run} (its fault mended) under a debugger stub, attaches with the GDB remote
   * protocol where the progress line says, finds the leg stopped before its first instruction,
   * detaches, and returns the replay, which must PASS.
   */
  private ReplayResult replayUnderDebugger(Path run, String debugger) throws Exception {
    CompletableFuture<String> attach = new CompletableFuture<>();
    CompletableFuture<ReplayResult> replay =
        CompletableFuture.supplyAsync(
            () ->
                Replay.of(KeptRun.read(run))
                    .gdb(true)
                    .progress(
                        line -> {
                          if (line.contains("waiting for a debugger")) {
                            attach.complete(line);
                          }
                        })
                    .call(boards()));
    replay.whenComplete(
        (r, e) -> attach.completeExceptionally(new IllegalStateException("replay ended: " + r, e)));
    String line = attach.get(60, TimeUnit.SECONDS);
    Matcher m =
        Pattern.compile(
                Pattern.quote(debugger) + " -ex 'target remote 127\\.0\\.0\\.1:(\\d+)' (\\S+)")
            .matcher(line);
    assertThat(m.find()).as(line).isTrue();
    assertThat(Path.of(m.group(2))).as("symbols of the kept program").exists();
    assertThat(replay).as("the leg waits for its debugger").isNotDone();
    try (Socket s = connect(Integer.parseInt(m.group(1)))) {
      assertThat(packet(s, "?"))
          .as("stopped by the stub before the first instruction")
          .matches("[ST]05.*");
      assertThat(packet(s, "D")).as("detached").isEqualTo("OK");
    }
    ReplayResult r = replay.get(120, TimeUnit.SECONDS);
    assertThat(r.verdict()).as(String.join("; ", failedChecks(r.checks()))).isEqualTo(Verdict.PASS);
    assertThat(r.attach()).isEqualTo(line.substring(line.indexOf(debugger + " -ex")));
    return r;
  }

  @Test
  void theCliReplaysOnAnotherBoardOfTheInventory() throws Exception {
    Infra.require(
        new ProcessBuilder("docker", "version").start().waitFor() == 0, "a running Docker daemon");
    Path run = copyOfFailedRun("cli");
    FlakyDiskBoard.flip(run.resolve("checkpoint-1/heap.bin"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code =
        cl.execute(
            "replay", run.toString(), "--board", "qemu-user", "--report", reports.toString());
    assertThat(code).as(out + "\n" + err).isZero();
    assertThat(out.toString())
        .contains("[replay] " + run.getFileName() + ": destination on qemu-user from checkpoint-1")
        .contains("[replay] PASS (the run was FAIL)")
        .contains("logs: " + run.resolve("replay"));
  }

  @Test
  void aRunWithoutResultJsonIsAUsageError() throws Exception {
    Path empty = Files.createDirectories(reports.resolve("empty-" + System.nanoTime()));
    assertThatThrownBy(() -> KeptRun.read(empty))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("holds no result.json");
  }

  private static java.util.List<String> failedChecks(CheckResult c) {
    return c.flatten().stream().filter(x -> !x.passed()).map(CheckResult::name).toList();
  }

  /** Connects to the stub; qemu opens its port a moment after the leg started. */
  private static Socket connect(int port) throws Exception {
    Instant deadline = Instant.now().plusSeconds(20);
    while (true) {
      try {
        return new Socket(InetAddress.getLoopbackAddress(), port);
      } catch (ConnectException e) {
        if (Instant.now().isAfter(deadline)) {
          throw e;
        }
        LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
      }
    }
  }

  /** Sends one GDB remote-protocol packet and returns the reply's payload. */
  private static String packet(Socket s, String payload) throws Exception {
    int sum = 0;
    for (byte b : payload.getBytes(StandardCharsets.US_ASCII)) {
      sum = (sum + (b & 0xff)) & 0xff;
    }
    OutputStream out = s.getOutputStream();
    out.write(String.format("$%s#%02x", payload, sum).getBytes(StandardCharsets.US_ASCII));
    out.flush();
    InputStream in = s.getInputStream();
    StringBuilder reply = new StringBuilder();
    int c;
    while ((c = in.read()) != '$') {
      if (c < 0) {
        throw new IllegalStateException("stub closed the connection");
      }
    }
    while ((c = in.read()) != '#') {
      reply.append((char) c);
    }
    in.read();
    in.read();
    out.write('+');
    out.flush();
    return reply.toString();
  }
}
