package org.hexo.ci.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract every board driver honours, run against each driver by a concrete subclass (like
 * docker-java's transport TCK). Programs are POSIX shell and coreutils, so the same test runs on
 * x86-64 and aarch64 boards. A subclass opens one board for all tests and may skip when its
 * infrastructure is missing (see {@code Infra.require}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BoardContractTest {
  private static final Duration T = Duration.ofSeconds(60);

  protected Board board;
  protected Executor exec;

  @TempDir Path local;

  /** Opens the board under test; called once before all tests. */
  protected abstract Board openBoard() throws Exception;

  /** Whether this driver keeps its files on this host and so must offer {@link HostPaths}. */
  protected abstract boolean offersHostPaths();

  @BeforeAll
  void open() throws Exception {
    board = openBoard();
    exec = board.require(Executor.class);
  }

  @AfterAll
  void closeBoard() {
    if (board != null) {
      board.close();
    }
  }

  private ExecResult run(String dir, String... argv) {
    return exec.run(ExecRequest.of(List.of(argv), dir, T));
  }

  @Test
  void argvIsPassedLiterallyWithoutAShell() {
    List<String> args = List.of("a b", "it's", "$HOME", "\"q\"", "*", ";echo x", "`id`", "");
    ExecResult r =
        exec.run(
            ExecRequest.of(
                Stream.concat(Stream.of("printf", "[%s]\\n"), args.stream()).toList(),
                board.newWorkDir("argv"),
                T));
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stdout().lines().toList())
        .as("each argument arrives as one literal word")
        .containsExactlyElementsOf(args.stream().map(a -> "[" + a + "]").toList());
  }

  @Test
  void environmentIsPassed() {
    String value = "va lue $x 'q' \"d\"";
    ExecResult r =
        exec.run(
            ExecRequest.of(
                    List.of("sh", "-c", "printf '%s\\n' \"$HEXO_TEST_VAR\""),
                    board.newWorkDir("env"),
                    T)
                .withEnv(Map.of("HEXO_TEST_VAR", value)));
    assertThat(r.stdout()).isEqualTo(value + "\n");
  }

  @Test
  void workDirsAreFreshEmptyAndIsolated() {
    String a = board.newWorkDir("iso");
    String b = board.newWorkDir("iso");
    assertThat(a).as("two legs never share a directory").isNotEqualTo(b);
    assertThat(run(a, "ls", "-A").stdout()).as("fresh directory is empty").isEmpty();
    assertThat(run(a, "sh", "-c", "echo x > marker").exitCode()).isZero();
    assertThat(run(a, "ls", "-A").stdout()).isEqualTo("marker\n");
    assertThat(run(b, "ls", "-A").stdout()).as("a file in one leg is not in another").isEmpty();
    assertThat(run(a, "sh", "-c", "pwd -P").stdout().trim())
        .isEqualTo(run(null, "sh", "-c", "cd \"$1\" && pwd -P", "sh", a).stdout().trim());
  }

  @Test
  void stdoutLinesStreamInOrderWhileTheProgramRuns() throws Exception {
    List<String> seen = new CopyOnWriteArrayList<>();
    CountDownLatch first = new CountDownLatch(1);
    String dir = board.newWorkDir("stream");
    // the program cannot end before the test releases it, so it is alive when line1 arrives
    ExecRequest req =
        ExecRequest.of(
                List.of(
                    "sh",
                    "-c",
                    "for i in 1 2 3 4 5; do echo line$i; done;"
                        + " while [ ! -e release ]; do sleep 0.05; done; echo last"),
                dir,
                T)
            .withStdoutListener(
                l -> {
                  seen.add(l);
                  first.countDown();
                });
    try (Execution e = exec.start(req)) {
      assertThat(first.await(20, TimeUnit.SECONDS)).as("first line arrives before exit").isTrue();
      assertThat(e.isAlive()).as("program still runs when its first line arrives").isTrue();
      assertThat(run(dir, "touch", "release").exitCode()).isZero();
      ExecResult r = e.await();
      assertThat(seen).containsExactly("line1", "line2", "line3", "line4", "line5", "last");
      assertThat(r.stdout()).isEqualTo("line1\nline2\nline3\nline4\nline5\nlast\n");
    }
  }

  @Test
  void nonZeroExitCodeAndStderrAreReported() {
    ExecResult r = run(board.newWorkDir("exit"), "sh", "-c", "echo out; echo oops >&2; exit 7");
    assertThat(r.exitCode()).isEqualTo(7);
    assertThat(r.succeeded()).isFalse();
    assertThat(r.timedOut()).isFalse();
    assertThat(r.stdout()).isEqualTo("out\n");
    assertThat(r.stderr()).isEqualTo("oops\n");
  }

  @Test
  void timeoutKillsTheWholeTreeAndKeepsOutput() throws Exception {
    ExecResult r =
        exec.run(
            ExecRequest.of(
                List.of("sh", "-c", "sleep 300 & echo child=$!; echo before; wait"),
                board.newWorkDir("timeout"),
                Duration.ofSeconds(3)));
    assertThat(r.timedOut()).isTrue();
    assertThat(r.exitCode()).isEqualTo(-1);
    assertThat(r.stdout()).contains("before");
    assertThat(r.elapsed()).isLessThan(Duration.ofSeconds(30));
    String child = r.stdout().lines().filter(l -> l.startsWith("child=")).findFirst().orElseThrow();
    // the kill is asynchronous on remote boards: wait (on the board, up to 10 s) for the grandchild
    // to be gone or a zombie; exit 0 means it still ran after 10 s
    ExecResult alive =
        run(
            null,
            "sh",
            "-c",
            "i=0; while [ $i -lt 200 ]; do"
                + " read -r a b s rest < /proc/$1/stat 2>/dev/null || exit 1;"
                + " [ \"$s\" = Z ] && exit 1; sleep 0.05; i=$((i+1)); done",
            "sh",
            child.substring("child=".length()));
    assertThat(alive.exitCode()).as("the grandchild was killed too").isNotZero();
  }

  @Test
  void signalIsDeliveredToTheProgram() throws Exception {
    CountDownLatch ready = new CountDownLatch(1);
    ExecRequest req =
        ExecRequest.of(
                List.of(
                    "sh",
                    "-c",
                    "trap 'echo got; exit 0' USR1; echo ready; while :; do sleep 0.1; done"),
                board.newWorkDir("signal"),
                T)
            .withStdoutListener(
                l -> {
                  if (l.equals("ready")) {
                    ready.countDown();
                  }
                });
    try (Execution e = exec.start(req)) {
      assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
      e.signal("USR1");
      ExecResult r = e.await();
      assertThat(r.timedOut()).isFalse();
      assertThat(r.exitCode()).isZero();
      assertThat(r.stdout()).isEqualTo("ready\ngot\n");
    }
  }

  @Test
  void putAndGetRoundTripAMebibyteIntact() throws Exception {
    FileTransfer files = board.require(FileTransfer.class);
    byte[] data = new byte[1 << 20];
    new Random(42).nextBytes(data);
    Path src = Files.write(local.resolve("blob.bin"), data);
    String dir = board.newWorkDir("files");
    String remote = dir + "/sub/dir/blob.bin";
    files.put(src, remote);
    ExecResult sum = run(dir, "sha256sum", "sub/dir/blob.bin");
    assertThat(sum.stdout()).startsWith(sha256(data) + " ");
    Path back = local.resolve("back/blob.bin");
    files.get(remote, back);
    assertThat(sha256(Files.readAllBytes(back))).isEqualTo(sha256(data));
    files.mkdirs(dir + "/made/here");
    assertThat(run(dir, "ls", "made").stdout()).isEqualTo("here\n");
  }

  @Test
  void putKeepsTheExecutableBit() throws Exception {
    Path script = Files.writeString(local.resolve("hello.sh"), "#!/bin/sh\necho hello \"$@\"\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    String dir = board.newWorkDir("exe");
    board.require(FileTransfer.class).put(script, dir + "/hello.sh");
    assertThat(run(dir, "./hello.sh", "world").stdout()).isEqualTo("hello world\n");
  }

  @Test
  void hostPathsAreOfferedExactlyWhenTheDriverSaysAndNameTheBoardsOwnFiles() throws Exception {
    Optional<HostPaths> paths = board.protocol(HostPaths.class);
    assertThat(paths.isPresent())
        .as("HostPaths offered by a driver that shares files with this host, and only by one")
        .isEqualTo(offersHostPaths());
    if (paths.isEmpty()) {
      return; // asserted above: this board keeps its files to itself, as it says
    }
    String dir = board.newWorkDir("hostpath");
    assertThat(run(dir, "sh", "-c", "printf board > made.bin").exitCode()).isZero();
    Path p = paths.get().hostPath(dir + "/made.bin").orElseThrow();
    assertThat(Files.readString(p)).as("a file the board wrote, read here").isEqualTo("board");
    Files.writeString(p, "host");
    assertThat(run(dir, "cat", "made.bin").stdout())
        .as("a file written here, read on the board")
        .isEqualTo("host");
  }

  @Test
  void archMatchesUnameOnTheBoard() {
    assertThat(run(null, "uname", "-m").stdout().trim()).isEqualTo(board.arch());
  }

  private static String sha256(byte[] data) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
  }
}
