package org.hexo.ci.board.ssh;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.hexo.ci.UsageException;
import org.hexo.ci.board.Board;
import org.hexo.ci.board.BoardProvider;
import org.hexo.ci.board.BoardSpec;
import org.hexo.ci.config.HexoConfig;

/**
 * Opens {@code ssh} boards and connects at once, so an unreachable board fails early. Option {@code
 * host-keys: accept-new} trusts an unknown host key on first contact (default {@code strict});
 * option {@code host-address} is the address under which the board reaches this host (post-copy
 * from this host to the board needs it unless the board is at a loopback address).
 */
public final class SshProvider implements BoardProvider {
  @Override
  public String kind() {
    return "ssh";
  }

  @Override
  public Board open(BoardSpec spec, HexoConfig config) {
    String policy = spec.option("host-keys");
    if (policy != null && !policy.equals("strict") && !policy.equals("accept-new")) {
      throw new UsageException(
          "board '" + spec.name() + "': invalid option host-keys '" + policy + "'",
          "host-keys is strict (the default) or accept-new");
    }
    SshBoard board =
        new SshBoard(
            spec.name(),
            spec.address(),
            spec.port(),
            spec.user(),
            spec.key(),
            spec.knownHosts(),
            spec.home(),
            spec.arch());
    if ("accept-new".equals(policy)) {
      board.acceptNewHostKeys();
    }
    if (spec.option("host-address") != null) {
      board.hostAddress(spec.option("host-address"));
    }
    return board.connect();
  }

  /** Whether the SSH port accepts TCP connections (no login). */
  @Override
  public String state(BoardSpec spec, HexoConfig config) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(spec.address(), spec.port()), 2000);
      return "reachable";
    } catch (IOException e) {
      return "unreachable (" + spec.address() + ":" + spec.port() + ")";
    }
  }
}
