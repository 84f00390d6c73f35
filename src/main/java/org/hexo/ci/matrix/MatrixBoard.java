package org.hexo.ci.matrix;

import java.util.Objects;
import java.util.Set;

/**
 * A board as the scheduler sees it: a name to lease and labels that target selectors match. The
 * {@link CellRunner} turns it into a real board from the inventory.
 */
public record MatrixBoard(String name, String kind, String arch, Set<String> labels) {

  public MatrixBoard {
    Objects.requireNonNull(name, "name");
    kind = kind == null ? "" : kind;
    arch = arch == null ? "" : arch;
    labels = Set.copyOf(labels == null ? Set.of() : labels);
  }

  /**
   * True when this board can serve the selector: {@code label:L} matches a board carrying label L
   * (its kind and arch count as labels), anything else matches the board of that name.
   */
  public boolean serves(String selector) {
    if (selector.startsWith("label:")) {
      String label = selector.substring("label:".length());
      return labels.contains(label) || kind.equals(label) || arch.equals(label);
    }
    return name.equals(selector);
  }
}
