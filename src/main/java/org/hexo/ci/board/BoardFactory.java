package org.hexo.ci.board;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import org.hexo.ci.UsageException;
import org.hexo.ci.config.HexoConfig;

/**
 * Turns a {@link BoardSpec} into an opened driver through the {@link BoardProvider} of its kind.
 * The providers are the ones {@link ServiceLoader} finds (every built-in driver is listed in {@code
 * META-INF/services/org.hexo.ci.board.BoardProvider}), plus any a test {@link #register registers}.
 * The kinds an inventory may name are exactly theirs.
 */
public final class BoardFactory {
  private static final Map<String, BoardProvider> PROVIDERS = new ConcurrentSkipListMap<>();

  static {
    ServiceLoader.load(BoardProvider.class, BoardFactory.class.getClassLoader())
        .forEach(BoardFactory::register);
  }

  private BoardFactory() {}

  /** Adds or replaces the provider of a kind; returns the one it replaced, if any. */
  public static Optional<BoardProvider> register(BoardProvider provider) {
    return Optional.ofNullable(PROVIDERS.put(provider.kind(), provider));
  }

  /** Removes the provider of a kind (tests restoring the registry). */
  static void unregister(String kind) {
    PROVIDERS.remove(kind);
  }

  /** The kinds with a provider, sorted. */
  public static SortedSet<String> kinds() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(PROVIDERS.keySet()));
  }

  /**
   * Asks every provider to {@link BoardProvider#reap reap} what its kind left behind, and returns
   * what each named, by kind.
   */
  public static Map<String, List<String>> reap(boolean dryRun) {
    Map<String, List<String>> reaped = new TreeMap<>();
    PROVIDERS.forEach((kind, p) -> reaped.put(kind, List.copyOf(p.reap(dryRun))));
    return reaped;
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
          "available kinds: " + PROVIDERS.keySet());
    }
    return p;
  }
}
