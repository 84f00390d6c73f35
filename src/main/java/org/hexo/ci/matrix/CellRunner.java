package org.hexo.ci.matrix;

import java.nio.file.Path;

/**
 * Runs one cell once on one leased board. The scheduler guarantees the board is used by no other
 * cell meanwhile, and interrupts the calling thread when the lease expires. Implementations write
 * their logs under {@code logDir} and report infrastructure trouble as an ERROR outcome (or by
 * throwing), never as FAIL.
 */
public interface CellRunner {

  CellOutcome run(Cell cell, MatrixBoard board, Path logDir) throws Exception;
}
