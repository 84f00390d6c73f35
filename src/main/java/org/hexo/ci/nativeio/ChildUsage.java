package org.hexo.ci.nativeio;

/**
 * What {@code wait4} reported about a reaped child: peak memory and CPU time; fields are -1 when
 * the child was not reaped through the native helper.
 */
public record ChildUsage(long maxRssKiB, long userMillis, long systemMillis) {
  public static final ChildUsage UNKNOWN = new ChildUsage(-1, -1, -1);

  public boolean known() {
    return maxRssKiB >= 0;
  }
}
