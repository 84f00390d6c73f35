package org.hexo.ci.matrix;

import java.util.ArrayList;
import java.util.List;

/** A cell waiting for, or running on, a board, with the attempts it has made so far. */
final class Pending {
  private final Cell cell;
  private final List<Attempt> attempts = new ArrayList<>();

  public Pending(Cell cell) {
    this.cell = cell;
  }

  public Cell cell() {
    return cell;
  }

  public List<Attempt> attempts() {
    return attempts;
  }
}
