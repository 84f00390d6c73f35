package org.hexo.ci.matrix;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hexo.ci.verify.Verdict;

/**
 * One measured run of a cell: its verdict, per-phase timings in milliseconds and when it ran (epoch
 * milliseconds, used to prove parallelism and to correlate with board logs).
 */
public record Sample(
    Verdict verdict, Map<String, Long> phasesMs, long startedAt, long finishedAt, String message) {

  public Sample {
    phasesMs =
        phasesMs == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(phasesMs));
    message = message == null ? "" : message;
  }
}
