package org.hexo.ci.migration;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.board.PageServerRoute;

/**
 * The page-server routes of one post-copy run: one per hop, from the leg that serves to the leg
 * that pulls, each answered by the two boards ({@link PageServerRoute#between}), on one free port
 * chosen before the source starts. {@link #close()} withdraws whatever the boards set up.
 */
final class PostCopyNetwork implements AutoCloseable {
  private final List<PageServerRoute> routes = new ArrayList<>();

  /**
   * The plans with their page-server settings. HEXO has one port variable per leg, so a relay must
   * pull and serve on the same number.
   */
  List<LegPlan> route(List<LegPlan> plans) {
    int port = freePort();
    List<PageServerRoute> hops = new ArrayList<>();
    for (int i = 0; i + 1 < plans.size(); i++) {
      PageServerRoute r =
          PageServerRoute.between(plans.get(i).board(), plans.get(i + 1).board(), port);
      synchronized (routes) {
        routes.add(r);
      }
      hops.add(r);
    }
    List<LegPlan> out = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      LegPlan p = plans.get(i);
      PageServerRoute pull = i > 0 ? hops.get(i - 1) : null;
      PageServerRoute serve = i < hops.size() ? hops.get(i) : null;
      if (pull != null && serve != null && pull.connectPort() != serve.listenPort()) {
        throw new InfrastructureException(
            "the "
                + p.role()
                + " would pull pages from port "
                + pull.connectPort()
                + " but serve them on port "
                + serve.listenPort()
                + ", and HEXO has one port per leg",
            "use checkpoint/restart (--mode cr) for this pair of boards");
      }
      out.add(
          p.withNetwork(
              serve != null ? serve.listenPort() : pull.connectPort(),
              pull != null ? pull.connectAddress() : "0",
              serve != null ? serve.bindAddress() : p.bindAddress()));
    }
    return List.copyOf(out);
  }

  /** An unused TCP port on 127.0.0.1, so concurrent post-copy runs never share one. */
  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new InfrastructureException(
          "no free TCP port on 127.0.0.1: " + e.getMessage(), "check the loopback interface", e);
    }
  }

  @Override
  public void close() {
    synchronized (routes) {
      routes.forEach(PageServerRoute::close);
    }
  }
}
