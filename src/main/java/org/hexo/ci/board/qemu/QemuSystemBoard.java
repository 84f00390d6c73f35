package org.hexo.ci.board.qemu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.board.Board;
import org.hexo.ci.board.ExecRequest;
import org.hexo.ci.board.Executor;
import org.hexo.ci.board.Power;
import org.hexo.ci.board.ssh.SshBoard;

/**
 * Driver {@code qemu-system}: the virtual aarch64 board. It boots a {@link QemuImage} in {@code
 * qemu-system-aarch64 -M virt,virtualization=on,gic-version=2 -cpu max} under TCG (so {@code
 * /dev/kvm} exists inside the guest and HEXO's aarch64 uhyve can use a vGICv2), waits for the SSH
 * banner on a port forwarded from 127.0.0.1, then serves {@link Executor} and {@link
 * org.hexo.ci.board.FileTransfer} through the {@code ssh} driver with the image's key and host key.
 *
 * <p>Lifecycle: {@link #boot} starts and waits (or fails with the console's last lines); {@link
 * Power#off()} and {@link #close()} power the guest off over SSH, kill QEMU after a grace period
 * and reap it; {@link Power#on()} boots again. The console stays in the run directory.
 *
 * <p>Networking is QEMU's user mode: the guest is 10.0.2.15 and reaches the host's 127.0.0.1:P as
 * 10.0.2.2:P, which is how the post-copy page server on the host serves the guest ({@link
 * #hostRoute()}); a page server in the guest is reached through a forward added at run time ({@link
 * #exposeServer(int)}).
 */
public final class QemuSystemBoard implements Board, Power {
  public static final String KIND = "qemu-system";
  static final String HOST_SEEN_FROM_GUEST = "10.0.2.2";
  static final Duration POWEROFF_GRACE = Duration.ofSeconds(30);
  private static final int PORT_ATTEMPTS = 3;

  private final String name;
  private final QemuImage image;
  private final Path runDir;
  private final Duration bootTimeout;
  private final int memoryMib;
  private final int cpus;
  private QemuVm vm;
  private SshBoard ssh;

  private QemuSystemBoard(
      String name, QemuImage image, Path runDir, Duration bootTimeout, int memoryMib, int cpus) {
    this.name = Objects.requireNonNull(name, "name");
    this.image = Objects.requireNonNull(image, "image");
    this.runDir = runDir.toAbsolutePath();
    this.bootTimeout = Objects.requireNonNull(bootTimeout, "bootTimeout");
    if (memoryMib < 256 || cpus < 1) {
      throw new IllegalArgumentException("need at least 256 MiB and 1 CPU");
    }
    this.memoryMib = memoryMib;
    this.cpus = cpus;
  }

  /** Boots the image with 1 GiB and 2 CPUs and returns once SSH works. */
  public static QemuSystemBoard boot(
      String name, QemuImage image, Path runDir, Duration bootTimeout) {
    return boot(name, image, runDir, bootTimeout, 1024, 2);
  }

  /** Boots the image and returns once SSH works; the caller closes the board. */
  public static QemuSystemBoard boot(
      String name, QemuImage image, Path runDir, Duration bootTimeout, int memoryMib, int cpus) {
    QemuSystemBoard b = new QemuSystemBoard(name, image, runDir, bootTimeout, memoryMib, cpus);
    b.on();
    return b;
  }

  @Override
  public synchronized void on() {
    if (isOn()) {
      return;
    }
    Instant started = Instant.now();
    Instant deadline = started.plus(bootTimeout);
    for (int attempt = 1; ; attempt++) {
      vm = QemuVm.start(name, image, runDir, memoryMib, cpus);
      try {
        if (vm.awaitSshBanner(deadline)) {
          break;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw failed("interrupted while booting", "");
      }
      if (!vm.isAlive() && attempt < PORT_ATTEMPTS && lostPortRace()) {
        vm.stop(Duration.ZERO);
        continue;
      }
      throw failed(
          vm.isAlive()
              ? "did not boot to SSH within " + bootTimeout.toSeconds() + " s"
              : "QEMU exited during boot",
          "see the console above; on a busy 2-core host TCG boots slowly, so raise the board's"
              + " boot-timeout option; a kernel that prints nothing is corrupt or not an arm64"
              + " Image (rebuild with qemu-images/build.sh --force)");
    }
    Path knownHosts = runDir.resolve("known_hosts");
    try {
      Files.writeString(knownHosts, image.knownHostsLine(vm.port) + "\n");
      ssh =
          new SshBoard(
              name,
              "127.0.0.1",
              vm.port,
              image.user(),
              image.privateKey(),
              knownHosts,
              "/home/" + image.user(),
              arch());
      ssh.connect();
    } catch (IOException | RuntimeException e) {
      // no session to power off through: off() kills QEMU at once instead of waiting
      ssh = null;
      throw failed("SSH banner seen but login failed: " + e.getMessage(), "see the console above");
    }
  }

  private boolean lostPortRace() {
    try {
      return Files.readString(vm.qemuLog).contains("host forwarding");
    } catch (IOException e) {
      return false;
    }
  }

  /** Diagnoses (console tail) before cleaning up, then stops QEMU. */
  private InfrastructureException failed(String what, String remedy) {
    String diagnostics = vm.diagnostics();
    off();
    return new InfrastructureException(
        "virtual board " + name + ": " + what + "\n" + diagnostics, remedy);
  }

  @Override
  public synchronized void off() {
    if (vm == null) {
      return;
    }
    Duration grace = Duration.ZERO;
    if (ssh != null && vm.isAlive()) {
      try {
        ssh.run(ExecRequest.of(List.of("poweroff"), null, Duration.ofSeconds(20)));
        grace = POWEROFF_GRACE;
      } catch (RuntimeException e) {
        // the session usually dies with the guest; QEMU's exit below is what counts
        grace = POWEROFF_GRACE;
      }
    }
    if (ssh != null) {
      ssh.close();
      ssh = null;
    }
    vm.stop(grace);
    vm = null;
  }

  @Override
  public synchronized boolean isOn() {
    return vm != null && vm.isAlive() && ssh != null;
  }

  @Override
  public void close() {
    off();
  }

  private synchronized SshBoard ssh() {
    if (ssh == null) {
      throw new IllegalStateException("virtual board " + name + " is off; call Power.on() first");
    }
    return ssh;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String arch() {
    return "aarch64";
  }

  @Override
  public <T> Optional<T> protocol(Class<T> type) {
    if (type == Power.class) {
      return Optional.of(type.cast(this));
    }
    return ssh().protocol(type);
  }

  @Override
  public String newWorkDir(String label) {
    return ssh().newWorkDir(label);
  }

  /** The guest has its own network behind QEMU's user-mode NAT. */
  @Override
  public boolean onHostNetwork() {
    return false;
  }

  /** QEMU user networking maps the guest's 10.0.2.2 to the host's loopback. */
  @Override
  public Optional<HostRoute> hostRoute() {
    return Optional.of(new HostRoute(HOST_SEEN_FROM_GUEST, "127.0.0.1"));
  }

  /**
   * Forwards a free port on the host's 127.0.0.1 to the guest's port through QEMU's monitor, while
   * the guest runs; the program in the guest binds all its addresses, since forwarded connections
   * arrive at the guest's 10.0.2.15.
   */
  @Override
  public synchronized Exposure exposeServer(int port) {
    if (vm == null) {
      throw new IllegalStateException("virtual board " + name + " is off");
    }
    QemuMonitor monitor = vm.monitor();
    int hostPort = QemuVm.freeLoopbackPort();
    monitor.addHostForward(hostPort, port);
    return new Exposure(
        "0.0.0.0",
        "127.0.0.1",
        hostPort,
        () -> {
          if (isOn()) {
            try {
              monitor.removeHostForward(hostPort);
            } catch (RuntimeException e) {
              // the forward dies with the VM; a stale one only holds a loopback port
            }
          }
        });
  }

  /** The forwarded SSH port on 127.0.0.1 while the board is on. */
  public synchronized int sshPort() {
    if (vm == null) {
      throw new IllegalStateException("virtual board " + name + " is off");
    }
    return vm.port;
  }

  /** The OS process id of QEMU while the board is on (tests check it is reaped). */
  synchronized long qemuPid() {
    return vm == null ? -1 : vm.pid();
  }

  /** An ssh command line that logs in to the running board, for humans. */
  public String sshCommand() {
    return "ssh -i "
        + image.privateKey()
        + " -o UserKnownHostsFile="
        + runDir.resolve("known_hosts")
        + " -o StrictHostKeyChecking=yes -p "
        + sshPort()
        + " "
        + image.user()
        + "@127.0.0.1";
  }

  public Path runDir() {
    return runDir;
  }

  public Path consoleLog() {
    return runDir.resolve("console.log");
  }

  @Override
  public String toString() {
    return "QemuSystemBoard[" + name + ", image " + image.key() + ", " + runDir + "]";
  }
}
