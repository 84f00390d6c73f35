package org.hexo.ci.board.ssh;

import com.jcraft.jsch.Channel;
import com.jcraft.jsch.ChannelExec;
import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.UsageException;
import org.hexo.ci.board.Board;
import org.hexo.ci.board.ExecRequest;
import org.hexo.ci.board.ExecResult;
import org.hexo.ci.board.Execution;
import org.hexo.ci.board.Executor;
import org.hexo.ci.board.FileTransfer;
import org.hexo.ci.board.PageServerRoute;
import org.hexo.ci.board.Protocols;
import org.hexo.ci.board.internal.RemoteCommands;

/**
 * Driver {@code ssh}: any board reachable over SSH (a real aarch64 board, a virtual board), with
 * public-key authentication and host-key checking against a known_hosts file (StrictHostKeyChecking
 * yes: an unknown or changed host key is an error, never trusted). Programs run through exec
 * channels, files move over SFTP. Lifecycle: {@link #connect()} (or the first use) opens one SSH
 * session that all channels share; {@link #close()} ends it.
 */
public final class SshBoard implements Board, Executor {
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);
  private static final Duration HELPER_TIMEOUT = Duration.ofSeconds(60);

  private final String name;
  private final String host;
  private final int port;
  private final String user;
  private final Path privateKey;
  private final Path knownHosts;
  private final String home;
  private final String arch;
  private final FileTransfer files = new SftpFileTransfer(this);
  private final Protocols protocols =
      Protocols.none().with(Executor.class, this).with(FileTransfer.class, files);
  private boolean acceptNewHostKeys;
  private String hostAddress;
  private Session session;

  /**
   * @param home the directory under which work directories are made ({@code home/hexo-ci/...})
   * @param arch the board's ISA as {@code uname -m} prints it
   */
  public SshBoard(
      String name,
      String host,
      int port,
      String user,
      Path privateKey,
      Path knownHosts,
      String home,
      String arch) {
    this.name = Objects.requireNonNull(name, "name");
    this.host = Objects.requireNonNull(host, "host");
    this.port = port;
    this.user = Objects.requireNonNull(user, "user");
    this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
    this.knownHosts = Objects.requireNonNull(knownHosts, "knownHosts");
    this.home = Objects.requireNonNull(home, "home");
    this.arch = Objects.requireNonNull(arch, "arch");
    if (port < 1 || port > 65535) {
      throw new UsageException("board " + name + ": port " + port + " out of range", "use 1-65535");
    }
  }

  /**
   * Trusts the host key on first contact when known_hosts has no key for this host and port, and
   * records it there (OpenSSH's {@code StrictHostKeyChecking=accept-new}). A changed key is still
   * rejected. Off by default; for freshly provisioned boards only.
   */
  public synchronized SshBoard acceptNewHostKeys() {
    this.acceptNewHostKeys = true;
    return this;
  }

  /**
   * The address under which the board reaches this host (inventory option {@code host-address}),
   * for a post-copy page server on this host that the board pulls from.
   */
  public synchronized SshBoard hostAddress(String address) {
    this.hostAddress = address;
    return this;
  }

  /** Opens the SSH session now, so that an unreachable board fails before any work starts. */
  public SshBoard connect() {
    session();
    return this;
  }

  synchronized Session session() {
    if (session != null && session.isConnected()) {
      return session;
    }
    requireFile(privateKey, "private key");
    if (acceptNewHostKeys && !Files.exists(knownHosts)) {
      KnownHostsFile.create(knownHosts);
    }
    requireFile(knownHosts, "known_hosts file");
    try {
      JSch jsch = new JSch();
      jsch.addIdentity(privateKey.toString());
      jsch.setKnownHosts(knownHosts.toString());
      Session s = jsch.getSession(user, host, port);
      boolean firstContact = acceptNewHostKeys && KnownHostsFile.lacks(jsch, host, port);
      s.setConfig("StrictHostKeyChecking", firstContact ? "no" : "yes");
      s.setConfig("PreferredAuthentications", "publickey");
      s.setServerAliveInterval(15_000);
      s.connect((int) CONNECT_TIMEOUT.toMillis());
      if (firstContact) {
        KnownHostsFile.record(knownHosts, host, port, s.getHostKey());
      }
      session = s;
      return s;
    } catch (JSchException e) {
      throw unreachable("cannot open an SSH session", e);
    }
  }

  private void requireFile(Path file, String what) {
    if (!Files.isReadable(file)) {
      throw new UsageException(
          "board " + name + ": " + what + " " + file + " is not readable",
          "fix the board's entry in the inventory (key / known_hosts)");
    }
  }

  InfrastructureException unreachable(String what, Exception e) {
    String msg = String.valueOf(e.getMessage());
    String remedy;
    if (msg.contains("HostKey")) {
      remedy =
          "the host key of "
              + endpoint()
              + " is not in "
              + knownHosts
              + " or differs from it; verify the board's fingerprint, then add it with"
              + " ssh-keyscan -p "
              + port
              + " "
              + host
              + " >> "
              + knownHosts;
    } else if (msg.contains("Auth")) {
      remedy = "add " + privateKey + ".pub to ~" + user + "/.ssh/authorized_keys on the board";
    } else {
      remedy = "check that the board is powered on and sshd listens on " + endpoint();
    }
    return new InfrastructureException(
        "board " + name + " (" + user + "@" + endpoint() + "): " + what + ": " + msg, remedy, e);
  }

  String endpoint() {
    return host + ":" + port;
  }

  ChannelExec openExec(String command) {
    ChannelExec ch = (ChannelExec) open("exec");
    ch.setCommand(command);
    ch.setInputStream(null);
    return ch;
  }

  ChannelSftp openSftp() {
    ChannelSftp ch = (ChannelSftp) open("sftp");
    try {
      ch.connect((int) CONNECT_TIMEOUT.toMillis());
      return ch;
    } catch (JSchException e) {
      throw unreachable("cannot open SFTP (is the sftp subsystem enabled in sshd?)", e);
    }
  }

  private Channel open(String type) {
    try {
      return session().openChannel(type);
    } catch (JSchException e) {
      throw unreachable("cannot open an " + type + " channel", e);
    }
  }

  /** Runs a helper command line and returns its exit status. */
  int runQuietly(String command) {
    ChannelExec ch = openExec(command);
    try {
      ch.connect((int) CONNECT_TIMEOUT.toMillis());
      long deadline = System.nanoTime() + HELPER_TIMEOUT.toNanos();
      while (!ch.isClosed()) {
        if (System.nanoTime() > deadline) {
          throw new InfrastructureException(
              "board " + name + ": helper command did not finish in " + HELPER_TIMEOUT,
              "check the board's load and sshd on " + endpoint());
        }
        Thread.sleep(20);
      }
      return ch.getExitStatus();
    } catch (JSchException e) {
      throw unreachable("cannot run a helper command", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    } finally {
      ch.disconnect();
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String kind() {
    return "ssh";
  }

  @Override
  public String arch() {
    return arch;
  }

  @Override
  public <T> Optional<T> protocol(Class<T> type) {
    return protocols.find(type);
  }

  /** A board reached over the network; one at a loopback address is this host, though. */
  @Override
  public boolean onHostNetwork() {
    return false;
  }

  @Override
  public synchronized Optional<HostRoute> hostRoute() {
    if (hostAddress != null) {
      return Optional.of(new HostRoute(hostAddress, hostAddress));
    }
    return PageServerRoute.isLoopback(host) ? Optional.of(HostRoute.LOOPBACK) : Optional.empty();
  }

  /**
   * The board's own address and the same port: a page server there binds all its addresses, or only
   * the loopback when the board is reached at a loopback address.
   */
  @Override
  public Exposure exposeServer(int serverPort) {
    return new Exposure(
        PageServerRoute.isLoopback(host) ? "127.0.0.1" : "0.0.0.0", host, serverPort, () -> {});
  }

  @Override
  public Execution start(ExecRequest request) {
    return new SshExecution(this, request);
  }

  @Override
  public String newWorkDir(String label) {
    ExecResult r =
        run(
            ExecRequest.of(
                RemoteCommands.makeWorkDir(home + "/hexo-ci", label), null, Duration.ofMinutes(1)));
    if (!r.succeeded()) {
      throw new InfrastructureException(
          "board " + name + ": cannot create a work directory under " + home + ": " + r.stderr(),
          "check that " + home + " exists and is writable by " + user);
    }
    return r.stdout().trim();
  }

  @Override
  public synchronized void close() {
    if (session != null) {
      session.disconnect();
      session = null;
    }
  }

  @Override
  public String toString() {
    return "SshBoard[" + name + ", " + user + "@" + endpoint() + "]";
  }
}
