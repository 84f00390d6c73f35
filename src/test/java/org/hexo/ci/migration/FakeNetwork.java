package org.hexo.ci.migration;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * The post-copy page servers of {@link FakeBoard} programs, in memory: a serving leg registers
 * under the address and port it binds, a resuming leg connects to the address and port it was told
 * and then pulls everything. Both must agree, so a wrong route fails the destination leg.
 */
public final class FakeNetwork {
  /** One page server: its client connected, and its client pulled every page. */
  record Server(CountDownLatch connected, CountDownLatch served) {}

  private final Map<String, Server> servers = new ConcurrentHashMap<>();

  /** Opens a page server. */
  Server serve(String bind, String port) {
    return servers.computeIfAbsent(
        bind + ":" + port, k -> new Server(new CountDownLatch(1), new CountDownLatch(1)));
  }

  /** Connects to the server at {@code address:port}; false when none is there. */
  boolean connect(String address, String port) {
    Server s = servers.get(address + ":" + port);
    if (s == null) {
      return false;
    }
    s.connected().countDown();
    return true;
  }

  /** Pulls every page from the connected server at {@code address:port}. */
  void pullAll(String address, String port) {
    servers.get(address + ":" + port).served().countDown();
  }
}
