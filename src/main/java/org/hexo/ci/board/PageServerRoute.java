package org.hexo.ci.board;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.hexo.ci.InfrastructureException;

/**
 * How the post-copy page server of one leg and the page client of the next find each other: the
 * address and port the server binds on its board, and the address and port the client dials from
 * its board. Computed once per hop from what each board answers about its network ({@link
 * Board#onHostNetwork()}, {@link Board#hostRoute()}, {@link Board#exposeServer(int)}), so the
 * migration code never asks which driver a board is.
 *
 * <p>Closing the route withdraws whatever the server's board set up to expose the port (a QEMU port
 * forward, for instance).
 */
public record PageServerRoute(
    String bindAddress,
    int listenPort,
    String connectAddress,
    int connectPort,
    Board.Exposure exposure)
    implements AutoCloseable {

  /** The route from a page server that a leg on {@code server} opens on {@code port}. */
  public static PageServerRoute between(Board server, Board client, int port) {
    if (server.onHostNetwork()) {
      Board.HostRoute toHost =
          client
              .hostRoute()
              .orElseThrow(
                  () ->
                      new InfrastructureException(
                          "board "
                              + client.name()
                              + " cannot reach the post-copy page server on this host:"
                              + " its address for this host is unknown",
                          "set options.host-address of board "
                              + client.name()
                              + " to the address under which it reaches this host"));
      return new PageServerRoute(toHost.hostBind(), port, toHost.connect(), port, null);
    }
    Board.Exposure e = server.exposeServer(port);
    if (client.onHostNetwork() || !isLoopback(e.hostAddress())) {
      return new PageServerRoute(e.bind(), port, e.hostAddress(), e.hostPort(), e);
    }
    e.close();
    throw new InfrastructureException(
        "the page server on board "
            + server.name()
            + " is reachable only from this host ("
            + e.hostAddress()
            + ":"
            + e.hostPort()
            + "), not from board "
            + client.name(),
        "post-copy between two boards off this host needs the server's board on a network the"
            + " other reaches; use checkpoint/restart (--mode cr) for this pair");
  }

  /** Whether {@code address} names this host's loopback (a name that does not resolve does not). */
  public static boolean isLoopback(String address) {
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** host:port the client dials, for messages. */
  public String target() {
    return connectAddress + ":" + connectPort;
  }

  @Override
  public void close() {
    if (exposure != null) {
      exposure.close();
    }
  }
}
