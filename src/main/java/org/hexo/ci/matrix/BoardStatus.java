package org.hexo.ci.matrix;

/**
 * What the matrix run learned about a board: whether its health check passed and, when it did not
 * (or it broke later), why it was quarantined.
 */
public record BoardStatus(String name, String health, boolean quarantined, String reason) {

  public BoardStatus {
    reason = reason == null ? "" : reason;
  }
}
