package org.hexo.ci.board.qemu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.hexo.ci.board.Board;
import org.hexo.ci.board.BoardContractTest;
import org.hexo.ci.board.ExecRequest;
import org.hexo.ci.board.ExecResult;
import org.hexo.ci.board.Executor;
import org.hexo.ci.board.Power;
import org.hexo.ci.doctor.BoardKvmProbe;
import org.hexo.ci.nativeio.KvmCapability;
import org.hexo.ci.nativeio.KvmProbe;
import org.hexo.ci.nativeio.KvmProbeResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The board contract on the virtual aarch64 board, plus what only it has: an aarch64 kernel, {@code
 * /dev/kvm} usable by the CI user, and the host's loopback reachable as 10.0.2.2.
 */
class QemuSystemBoardIT extends BoardContractTest {
  private static final Duration T = Duration.ofSeconds(60);
  private Path runDir;
  private long pid;

  @Override
  protected boolean offersHostPaths() {
    return false;
  }

  @Override
  protected Board openBoard() throws Exception {
    QemuImage image = VirtualBoards.image();
    runDir = Files.createTempDirectory("hexo-vboard-it");
    long start = System.nanoTime();
    QemuSystemBoard b = QemuSystemBoard.boot("vboard-it", image, runDir, Duration.ofMinutes(10));
    System.out.printf(
        "virtual board: boot to SSH login %.1f s; %s%n",
        (System.nanoTime() - start) / 1e9, b.sshCommand());
    pid = b.qemuPid();
    return b;
  }

  @AfterAll
  void noQemuLeftAfterClose() throws Exception {
    if (board == null) {
      return;
    }
    board.close();
    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
        .as("QEMU (pid %d) is reaped when the board closes", pid)
        .isFalse();
    assertThat(VirtualBoards.qemuProcessesUsing(runDir))
        .as("no QEMU of this test is left")
        .isEmpty();
    assertThat(Files.readString(runDir.resolve("console.log")))
        .as("the guest powered off cleanly")
        .contains("reboot: Power down");
  }

  private ExecResult run(String... argv) {
    return exec.run(ExecRequest.of(List.of(argv), null, T));
  }

  @Test
  void isAnAarch64KernelWithKvmForTheCiUser() {
    assertThat(run("uname", "-m").stdout().trim()).isEqualTo("aarch64");
    ExecResult kvm = run("sh", "-c", "test -c /dev/kvm && test -r /dev/kvm && test -w /dev/kvm");
    assertThat(kvm.exitCode()).as("/dev/kvm is a character device the user may open").isZero();
    assertThat(run("id", "-Gn").stdout()).contains("kvm");
  }

  @Test
  void aRealKvmGuestRunsInsideTheBoard() {
    KvmProbeResult r = BoardKvmProbe.run(board, KvmProbe.DEFAULT_DEVICE);
    System.out.println("KVM probe in the virtual board: " + r.summary() + " " + r.capabilities());
    assertThat(r.ok()).as(r.summary()).isTrue();
    assertThat(r.apiVersion()).isEqualTo(12);
    assertThat(r.exits())
        .containsExactly(
            "MMIO write 0x20000 size 2 value 0x4858", "KVM_EXIT_SYSTEM_EVENT SHUTDOWN");
    assertThat(r.valueRead()).hasValue(KvmProbe.VALUE);
    assertThat(KvmCapability.values())
        .filteredOn(c -> c.requiredOn("aarch64"))
        .allSatisfy(c -> assertThat(r.capabilities().get(c)).as(c.kvmName()).isPositive());
  }

  @Test
  void aBoardWithoutTheDeviceIsNamedByTheProbe() {
    KvmProbeResult r = BoardKvmProbe.run(board, Path.of("/dev/no-such-kvm"));
    assertThat(r.ok()).isFalse();
    assertThat(r.step()).isEqualTo(KvmProbeResult.Step.OPEN_DEVICE);
    assertThat(r.cause()).startsWith("no KVM device at /dev/no-such-kvm");
  }

  @Test
  void hostLoopbackIsReachableAsTheHostAddressSeenFromTheBoard() throws Exception {
    assertThat(board.hostRoute().orElseThrow().connect()).isEqualTo("10.0.2.2");
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread serve =
          new Thread(
              () -> {
                try (Socket s = server.accept();
                    OutputStream out = s.getOutputStream()) {
                  out.write("page-server\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                  // the assertion on the guest's output reports it
                }
              });
      serve.start();
      ExecResult r =
          run(
              "bash",
              "-c",
              "exec 3<>/dev/tcp/$0/$1 && head -n1 <&3",
              board.hostRoute().orElseThrow().connect(),
              Integer.toString(server.getLocalPort()));
      serve.join(10_000);
      assertThat(r.stdout()).as(r.stderr()).isEqualTo("page-server\n");
    }
  }

  @Test
  void offersPowerAndIsOn() {
    assertThat(board.kind()).isEqualTo("qemu-system");
    assertThat(board.require(Power.class).isOn()).isTrue();
    assertThat(board.protocol(Executor.class)).isPresent();
  }
}
