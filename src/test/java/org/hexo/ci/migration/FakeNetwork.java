package org.hexo.ci.migration;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * The post-copy page servers of {@link FakeBoard} programs, in memory: a serving leg registers
 * under the address and port it binds, a resuming leg pulls from the address and port it was told.
 * Both must agree, so a wrong route fails the destination leg.
 */
public final class FakeNetwork {
  private final Map<String, CountDownLatch> servers = new ConcurrentHashMap<>();

  /** Opens a page server; the latch opens when a client has pulled everything. */
  CountDownLatch serve(String bind, String port) {
    return servers.computeIfAbsent(bind + ":" + port, k -> new CountDownLatch(1));
  }

  /** Pulls all pages from the server at {@code address:port}; false when none is there. */
  boolean pull(String address, String port) {
    CountDownLatch served = servers.get(address + ":" + port);
    if (served == null) {
      return false;
    }
    served.countDown();
    return true;
  }
}
