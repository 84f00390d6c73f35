package org.hexo.ci.board;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hexo.ci.config.HexoConfig;

/**
 * Opens inventory boards by name on first use and keeps them open, so one started board (a
 * container, a VM) serves many legs and tests; {@link #close} closes every board it opened, last
 * opened first. {@code pool::board} is a {@code migration.BoardSource}. Thread-safe.
 */
public final class BoardPool implements AutoCloseable {
  private final BoardInventory inventory;
  private final HexoConfig config;
  private final Map<String, Board> open = new LinkedHashMap<>();

  public BoardPool(BoardInventory inventory, HexoConfig config) {
    this.inventory = inventory;
    this.config = config;
  }

  /** The opened board called {@code name}; unknown names are a UsageException. */
  public synchronized Board board(String name) {
    Board b = open.get(name);
    if (b == null) {
      b = BoardFactory.open(inventory.get(name), config);
      open.put(name, b);
    }
    return b;
  }

  public BoardInventory inventory() {
    return inventory;
  }

  @Override
  public synchronized void close() {
    List<Board> boards = new ArrayList<>(open.values());
    open.clear();
    RuntimeException first = null;
    for (int i = boards.size() - 1; i >= 0; i--) {
      try {
        boards.get(i).close();
      } catch (RuntimeException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
