package org.hexo.ci.board;

import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.hexo.ci.UsageException;
import org.hexo.ci.board.container.QemuUserProvider;
import org.hexo.ci.board.local.LocalProvider;
import org.hexo.ci.board.ssh.SshProvider;
import org.hexo.ci.config.HexoConfig;

/**
 * Turns a {@link BoardSpec} into an opened driver through the {@link BoardProvider} of its kind:
 * the built-in {@code local}, {@code qemu-user} and {@code ssh}, plus any provider found by {@link
 * ServiceLoader} or {@link #register registered} (the {@code qemu-system} virtual board).
 */
public final class BoardFactory {
  private static final Map<String, BoardProvider> PROVIDERS = new ConcurrentHashMap<>();

  static {
    for (BoardProvider p :
        new BoardProvider[] {new LocalProvider(), new QemuUserProvider(), new SshProvider()}) {
      PROVIDERS.put(p.kind(), p);
    }
    ServiceLoader.load(BoardProvider.class).forEach(BoardFactory::register);
  }

  private BoardFactory() {}

  /** Adds or replaces the provider of a kind; returns the one it replaced, if any. */
  public static Optional<BoardProvider> register(BoardProvider provider) {
    if (!BoardSpec.KINDS.contains(provider.kind())) {
      throw new IllegalArgumentException(
          "unknown board kind " + provider.kind() + "; add it to BoardSpec.KINDS");
    }
    return Optional.ofNullable(PROVIDERS.put(provider.kind(), provider));
  }

  /** Removes the provider of a kind (tests restoring the registry). */
  static void unregister(String kind) {
    PROVIDERS.remove(kind);
  }

  /** Opens the board; the caller closes it. */
  public static Board open(BoardSpec spec, HexoConfig config) {
    return provider(spec).open(spec, config);
  }

  /** The board's state without opening it, for listings. */
  public static String state(BoardSpec spec, HexoConfig config) {
    try {
      return provider(spec).state(spec, config);
    } catch (RuntimeException e) {
      return "error: " + e.getMessage();
    }
  }

  private static BoardProvider provider(BoardSpec spec) {
    BoardProvider p = PROVIDERS.get(spec.kind());
    if (p == null) {
      throw new UsageException(
          "board '" + spec.name() + "': no driver for kind '" + spec.kind() + "' in this build",
          "available kinds: " + new TreeSet<>(PROVIDERS.keySet()));
    }
    return p;
  }
}
