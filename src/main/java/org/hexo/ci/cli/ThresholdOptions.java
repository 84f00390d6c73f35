package org.hexo.ci.cli;

import org.hexo.ci.matrix.Threshold;
import picocli.CommandLine.Option;

/**
 * How much slower a phase may get before it counts as a slowdown: {@code compare} and {@code
 * trend}.
 */
final class ThresholdOptions {
  @Option(
      names = "--threshold",
      paramLabel = "PERCENT",
      defaultValue = "10",
      description = "Relative slowdown allowed (default ${DEFAULT-VALUE}).")
  double percent;

  @Option(
      names = "--mad-k",
      paramLabel = "K",
      defaultValue = "3",
      description = "Slowdown allowed in noise units, K * 1.4826 * MAD (default ${DEFAULT-VALUE}).")
  double k;

  @Option(
      names = "--floor-ms",
      paramLabel = "MS",
      defaultValue = "20",
      description = "Slowdown always allowed, in ms (default ${DEFAULT-VALUE}).")
  long floorMs;

  Threshold threshold() {
    return new Threshold(percent, k, floorMs);
  }
}
