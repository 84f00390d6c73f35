package org.hexo.ci.board.qemu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.hexo.ci.InfrastructureException;

/**
 * QEMU's machine protocol (QMP) on the running VM's Unix socket, for changes to a booted guest: a
 * port forward added or removed while it runs. One connection per command, because commands are
 * rare (one per post-copy hop) and a long-lived session would be one more thing to close.
 */
final class QemuMonitor {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path socket;

  QemuMonitor(Path socket) {
    this.socket = socket;
  }

  /** Forwards host 127.0.0.1:hostPort to the guest's guestPort on the VM's user network. */
  void addHostForward(int hostPort, int guestPort) {
    human("hostfwd_add n0 tcp:127.0.0.1:" + hostPort + "-:" + guestPort);
  }

  void removeHostForward(int hostPort) {
    human("hostfwd_remove n0 tcp:127.0.0.1:" + hostPort);
  }

  /**
   * Runs one human-monitor command; QEMU answers such commands with their text, which is empty on
   * success and a message otherwise.
   */
  private void human(String commandLine) {
    try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      ch.connect(UnixDomainSocketAddress.of(socket));
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(Channels.newInputStream(ch), StandardCharsets.UTF_8));
      OutputStream out = Channels.newOutputStream(ch);
      reply(in, "greeting"); // {"QMP": {...}}
      send(out, Map.of("execute", "qmp_capabilities"));
      reply(in, "qmp_capabilities");
      send(
          out,
          Map.of(
              "execute",
              "human-monitor-command",
              "arguments",
              Map.of("command-line", commandLine)));
      JsonNode r = reply(in, commandLine);
      String text = r.path("return").asText("");
      if (!text.isBlank()) {
        throw failed(commandLine, text.strip());
      }
    } catch (IOException e) {
      throw failed(commandLine, e.toString());
    }
  }

  private static void send(OutputStream out, Object message) throws IOException {
    out.write(JSON.writeValueAsBytes(message));
    out.write('\n');
    out.flush();
  }

  /** The next line that is not an asynchronous event; an error reply fails. */
  private JsonNode reply(BufferedReader in, String what) throws IOException {
    for (String line; (line = in.readLine()) != null; ) {
      JsonNode n = JSON.readTree(line);
      if (n.has("event")) {
        continue;
      }
      if (n.has("error")) {
        throw failed(what, n.path("error").path("desc").asText(line));
      }
      return n;
    }
    throw failed(what, "QEMU closed the monitor");
  }

  private InfrastructureException failed(String what, String why) {
    return new InfrastructureException(
        "QEMU monitor " + socket + ": '" + what + "' failed: " + why,
        "see qemu.log in the board's run directory; the VM may have exited");
  }
}
