package org.hexo.ci.board;

/**
 * Peak memory and CPU time of one process; fields are -1 when the driver could not measure them.
 */
public record ResourceUsage(long maxRssKiB, long userMillis, long systemMillis) {
  public static final ResourceUsage UNKNOWN = new ResourceUsage(-1, -1, -1);

  public boolean known() {
    return maxRssKiB >= 0;
  }
}
