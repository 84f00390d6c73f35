package org.hexo.ci.matrix;

import org.hexo.ci.UsageException;

/**
 * When a phase counts as slower: its median over the current samples exceeds the baseline median by
 * more than {@code max(percent% of the baseline median, k * 1.4826 * max(MAD baseline, MAD
 * current), floorMs)}. 1.4826 * MAD estimates the standard deviation of normal noise, so k = 3
 * ignores what the repeats show as ordinary jitter; the floor ignores millisecond wobble of tiny
 * phases. With a single sample per cell the MAD is 0 and only the percentage and the floor apply.
 */
public record Threshold(double percent, double k, long floorMs) {
  public static final Threshold DEFAULT = new Threshold(10, 3, 20);

  public Threshold {
    if (percent < 0 || k < 0 || floorMs < 0) {
      throw new UsageException(
          "threshold values must not be negative", "e.g. --threshold 10 --mad-k 3 --floor-ms 20");
    }
  }

  /** The allowed slowdown in milliseconds for a phase with these baseline and current samples. */
  public double allowedMs(double baselineMedian, double baselineMad, double currentMad) {
    return Math.max(
        Math.max(baselineMedian * percent / 100.0, k * 1.4826 * Math.max(baselineMad, currentMad)),
        floorMs);
  }
}
