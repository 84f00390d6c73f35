package org.hexo.ci.matrix;

import java.util.Objects;

/**
 * A cell that was not run because no board of the inventory serves its target at all (for example
 * {@code label:qemu-system} on an agent whose inventory has no virtual board). Unlike a cell whose
 * boards all broke (ERROR), this is a property of the configuration: it is reported, not counted as
 * a failure.
 */
public record SkippedCell(Cell cell, String reason) {

  public SkippedCell {
    Objects.requireNonNull(cell, "cell");
    reason = reason == null ? "" : reason;
  }
}
