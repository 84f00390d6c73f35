package org.hexo.ci.matrix;

import java.util.Map;
import java.util.Objects;
import org.hexo.ci.verify.Verdict;

/**
 * What one run of a cell on one board returned.
 *
 * @param verdict PASS, FAIL (the app or toolchain is wrong) or ERROR (the machinery failed)
 * @param phasesMs wall time of each phase in milliseconds, in phase order
 * @param message why it failed, empty when it passed
 */
public record CellOutcome(Verdict verdict, Map<String, Long> phasesMs, String message) {

  public CellOutcome {
    Objects.requireNonNull(verdict, "verdict");
    phasesMs =
        phasesMs == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(phasesMs));
    message = message == null ? "" : message;
  }

  public static CellOutcome error(String message) {
    return new CellOutcome(Verdict.ERROR, Map.of(), message);
  }
}
