package org.hexo.ci.migration;

/**
 * One checkpoint file of one transfer.
 *
 * @param name its file name, e.g. {@code stack.bin.1}
 * @param bytes its size on the sending board
 * @param sha256Before its sha256 on the sending board
 * @param sha256After its sha256 on the receiving board; empty when it never arrived
 */
public record CheckpointFile(String name, long bytes, String sha256Before, String sha256After) {
  public boolean intact() {
    return sha256Before.equals(sha256After);
  }
}
