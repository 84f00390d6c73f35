package org.hexo.ci.board;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The protocols one board offers, keyed by protocol type. A driver builds one when it is created
 * and answers {@link Board#protocol} from it, so every driver looks protocols up the same way.
 */
public final class Protocols {
  private final Map<Class<?>, Object> byType;

  private Protocols(Map<Class<?>, Object> byType) {
    this.byType = Map.copyOf(byType);
  }

  /** Starts an empty set. */
  public static Protocols none() {
    return new Protocols(Map.of());
  }

  /** A copy of this set that also offers {@code impl} as {@code type}. */
  public <T> Protocols with(Class<T> type, T impl) {
    Map<Class<?>, Object> m = new LinkedHashMap<>(byType);
    m.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(impl, "impl"));
    return new Protocols(m);
  }

  /** The implementation of {@code type}, when the board offers it. */
  public <T> Optional<T> find(Class<T> type) {
    return Optional.ofNullable(byType.get(type)).map(type::cast);
  }
}
