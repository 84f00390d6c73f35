package org.hexo.ci.board.ssh;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.hexo.ci.board.ExecRequest;
import org.hexo.ci.board.Execution;
import org.hexo.ci.board.Executor;
import org.hexo.ci.board.FileTransfer;
import org.hexo.ci.board.TestBoards;
import org.hexo.ci.board.container.ContainerBoard;

/**
 * A real OpenSSH server for tests: sshd in the arm64 board container, bound to 127.0.0.1 on a free
 * port, with a host key and a client key generated per fixture by ssh-keygen on the host.
 */
public final class SshServer implements AutoCloseable {
  public final Path clientKey;
  public final Path knownHosts;
  public final Path dir;
  public final int port;
  private final ContainerBoard container;
  private final Execution sshd;
  private final CountDownLatch listening = new CountDownLatch(1);

  public SshServer(Path dir) throws Exception {
    this.dir = dir;
    this.clientKey = keygen(dir.resolve("id_ed25519"));
    Path hostKey = keygen(dir.resolve("ssh_host_ed25519_key"));
    this.port = freePort();
    this.container =
        ContainerBoard.qemuUser("sshd-" + port, TestBoards.armImage(), dir.resolve("boards"));
    FileTransfer files = container.require(FileTransfer.class);
    files.mkdirs("/run/sshd");
    files.put(hostKey, "/etc/ssh/ssh_host_ed25519_key");
    Path auth = Files.copy(Path.of(clientKey + ".pub"), dir.resolve("authorized_keys"));
    files.put(auth, "/root/.ssh/authorized_keys");
    // sshd logs to stderr (-e); merged into stdout, its "Server listening" line says it is ready
    this.sshd =
        container
            .require(Executor.class)
            .start(
                ExecRequest.of(
                        List.of(
                            "sh",
                            "-c",
                            "exec /usr/sbin/sshd -D -e -p \"$1\" -o ListenAddress=127.0.0.1"
                                + " -h /etc/ssh/ssh_host_ed25519_key 2>&1",
                            "sh",
                            Integer.toString(port)),
                        null,
                        Duration.ofHours(1))
                    .withStdoutListener(
                        line -> {
                          if (line.contains("Server listening on 127.0.0.1 port " + port)) {
                            listening.countDown();
                          }
                        }));
    String pub = Files.readString(Path.of(hostKey + ".pub")).trim();
    String[] f = pub.split(" ");
    this.knownHosts =
        Files.writeString(
            dir.resolve("known_hosts"), "[127.0.0.1]:" + port + " " + f[0] + " " + f[1] + "\n");
    awaitListening(Duration.ofSeconds(60));
  }

  /** A board for this server as the given user, checking host keys against {@code known}. */
  public SshBoard board(String name, Path known) {
    return new SshBoard(name, "127.0.0.1", port, "root", clientKey, known, "/root", "aarch64");
  }

  static Path keygen(Path file) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", file.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes());
    if (p.waitFor() != 0) {
      throw new IOException("ssh-keygen failed: " + out);
    }
    return file;
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private void awaitListening(Duration max) throws Exception {
    if (!listening.await(max.toMillis(), TimeUnit.MILLISECONDS)) {
      String why = sshd.isAlive() ? "still running" : "exited: " + sshd.await().stdout();
      throw new IllegalStateException(
          "sshd did not listen on 127.0.0.1:" + port + " within " + max + " (" + why + ")");
    }
  }

  @Override
  public void close() {
    sshd.close();
    container.close();
  }
}
