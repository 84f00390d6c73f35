package org.hexo.ci.board.qemu;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.UsageException;

/**
 * One running {@code qemu-system-aarch64} process booting a {@link QemuImage}: the serial console
 * goes to {@code console.log} and QEMU's own messages to {@code qemu.log} in the run directory, the
 * guest's port 22 is forwarded from a free port on 127.0.0.1 (and nowhere else). Package-private;
 * {@link QemuSystemBoard} owns its lifecycle: {@link #start}, {@link #awaitSshBanner}, {@link
 * #stop}. A JVM shutdown hook kills the process if the owner never stops it; {@link QemuReaper}
 * finds it by its {@code -name} label if the JVM was killed outright.
 */
final class QemuVm {
  static final String BINARY = "qemu-system-aarch64";
  static final String MACHINE = "virt,virtualization=on,gic-version=2";

  /**
   * Debian's kernel signs return addresses; QEMU's architected pointer-authentication algorithm is
   * slow under TCG and doubles the boot time, the implementation-defined one is not.
   */
  static final String CPU = "max,pauth-impdef=on";

  private static final int CONSOLE_TAIL_LINES = 30;

  final Path console;
  final Path qemuLog;
  final int port;
  private final Path runDir;
  private final Process process;
  private final Thread killOnExit;

  private QemuVm(Path runDir, int port, Process process) {
    this.console = runDir.resolve("console.log");
    this.qemuLog = runDir.resolve("qemu.log");
    this.port = port;
    this.runDir = runDir;
    this.process = process;
    this.killOnExit = new Thread(process::destroyForcibly, "qemu-kill-on-exit-" + port);
    Runtime.getRuntime().addShutdownHook(killOnExit);
  }

  /** The QEMU command line, e.g. for a human to replay the boot. */
  static List<String> command(
      String name, QemuImage image, Path runDir, int port, int mib, int cpus) {
    return List.of(
        BINARY,
        "-name",
        QemuReaper.label(name),
        "-M",
        MACHINE,
        "-cpu",
        CPU,
        "-m",
        mib + "M",
        "-smp",
        Integer.toString(cpus),
        "-nographic",
        "-monitor",
        "none",
        "-qmp",
        "unix:" + monitorSocket(runDir) + ",server=on,wait=off",
        "-serial",
        "file:" + runDir.resolve("console.log"),
        "-no-reboot",
        "-kernel",
        image.kernel().toString(),
        "-initrd",
        image.initrd().toString(),
        "-append",
        image.cmdline(),
        "-netdev",
        "user,id=n0,hostfwd=tcp:127.0.0.1:" + port + "-:22",
        "-device",
        // romfile= : the PXE option ROM is not needed and Debian ships it in another package
        "virtio-net-pci,netdev=n0,romfile=",
        "-device",
        "virtio-rng-pci");
  }

  /** Starts QEMU on a free loopback port. */
  static QemuVm start(String name, QemuImage image, Path runDir, int mib, int cpus) {
    if (runDir.toString().contains(",")) {
      throw new UsageException(
          "run directory " + runDir + " contains ',', which QEMU options cannot carry",
          "choose a report directory without commas");
    }
    int port = freeLoopbackPort();
    try {
      Files.createDirectories(runDir);
      Files.deleteIfExists(runDir.resolve("console.log"));
      Process p =
          new ProcessBuilder(command(name, image, runDir, port, mib, cpus))
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .redirectErrorStream(true)
              .redirectOutput(runDir.resolve("qemu.log").toFile())
              .start();
      return new QemuVm(runDir, port, p);
    } catch (IOException e) {
      throw new InfrastructureException(
          "cannot start " + BINARY + ": " + e.getMessage(),
          "install QEMU's system emulator for arm: apt-get install qemu-system-arm",
          e);
    }
  }

  /**
   * The QMP socket: in the run directory when its path fits a Unix socket address (108 bytes),
   * otherwise in the temporary directory under the run directory's hash.
   */
  static Path monitorSocket(Path runDir) {
    Path inRun = runDir.toAbsolutePath().resolve("qmp.sock");
    if (inRun.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 100) {
      return inRun;
    }
    return Path.of(System.getProperty("java.io.tmpdir"))
        .resolve("hexo-qmp-" + Integer.toHexString(inRun.toString().hashCode()) + ".sock");
  }

  QemuMonitor monitor() {
    return new QemuMonitor(monitorSocket(runDir));
  }

  static int freeLoopbackPort() {
    try (ServerSocket s = new ServerSocket()) {
      s.bind(new InetSocketAddress("127.0.0.1", 0));
      return s.getLocalPort();
    } catch (IOException e) {
      throw new InfrastructureException(
          "cannot find a free port on 127.0.0.1: " + e.getMessage(), "check the loopback device");
    }
  }

  boolean isAlive() {
    return process.isAlive();
  }

  long pid() {
    return process.pid();
  }

  /**
   * Waits until the guest's sshd sends its banner through the forwarded port. An open port alone
   * proves nothing: QEMU accepts on the host side before the guest listens, then closes.
   *
   * @return false when the deadline passed or QEMU exited first
   */
  boolean awaitSshBanner(Instant deadline) throws InterruptedException {
    // A probe sent before the guest's eth0 is up hangs in QEMU's TCP retransmission backoff and
    // can cost ten seconds, so early probes are short and fresh. Once sshd is listening (it logs
    // that on the console) or the guest stays silent for long, a probe may wait: sshd re-executes
    // itself per connection, which takes seconds under TCG on a busy host.
    int silent = 0;
    boolean listening = false;
    while (Instant.now().isBefore(deadline) && process.isAlive()) {
      listening = listening || consoleContains("Server listening on");
      long wait = listening || silent >= 5 ? 16_000 : 2_000;
      long left = Duration.between(Instant.now(), deadline).toMillis();
      switch (probe(Math.max(1, Math.min(wait, left)))) {
        case BANNER:
          return true;
        case SILENT:
          silent++;
          break;
        case CLOSED:
          silent = 0;
          Thread.sleep(250);
          break;
      }
    }
    return false;
  }

  private boolean consoleContains(String text) {
    try {
      return Files.readString(console, StandardCharsets.ISO_8859_1).contains(text);
    } catch (IOException e) {
      return false;
    }
  }

  private enum Probe {
    BANNER,
    SILENT,
    CLOSED
  }

  private Probe probe(long waitMillis) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      s.setSoTimeout((int) waitMillis);
      InputStream in = s.getInputStream();
      for (byte b : "SSH-2.0".getBytes(StandardCharsets.US_ASCII)) {
        if (in.read() != b) {
          return Probe.CLOSED;
        }
      }
      return Probe.BANNER;
    } catch (SocketTimeoutException e) {
      return Probe.SILENT;
    } catch (IOException e) {
      return Probe.CLOSED;
    }
  }

  /** The last lines of the serial console and anything QEMU itself printed, for error messages. */
  String diagnostics() {
    StringBuilder sb = new StringBuilder();
    String qemu = tail(qemuLog, 10);
    if (!qemu.isBlank()) {
      sb.append("qemu said (").append(qemuLog).append("):\n").append(qemu).append('\n');
    }
    String tail = tail(console, CONSOLE_TAIL_LINES);
    sb.append("last lines of the console (")
        .append(console)
        .append("):\n")
        .append(tail.isBlank() ? "(the console is empty: the kernel printed nothing)" : tail);
    return sb.toString();
  }

  private static String tail(Path file, int n) {
    try {
      List<String> lines =
          new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
              .replace("\r", "")
              .lines()
              .toList();
      return String.join("\n", lines.subList(Math.max(0, lines.size() - n), lines.size()));
    } catch (IOException e) {
      return "";
    }
  }

  /** Waits up to {@code grace} for QEMU to exit by itself, then kills it; always reaps it. */
  void stop(Duration grace) {
    try {
      if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          process.waitFor();
        }
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(killOnExit);
      } catch (IllegalStateException e) {
        // the JVM is already shutting down and the hook runs anyway
      }
    }
  }
}
