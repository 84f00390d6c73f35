package org.hexo.ci.migration;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Where one hop happened: after which line of the migrating leg's own output, and at which
 * migration point when the runtime reported its count (hexo-lite's {@code migration points passed:
 * N} with {@code HERMIT_VERBOSE=1}).
 *
 * @param label the hop, e.g. {@code source->destination}
 * @param afterLine how many output lines (runtime markers not counted) the leg printed before it
 *     checkpointed
 * @param lastLine the last of them; empty when it printed none
 * @param point the migration point's count, when the runtime reported it
 */
public record MigrationPoint(String label, int afterLine, String lastLine, OptionalLong point) {
  public MigrationPoint {
    Objects.requireNonNull(label, "label");
    lastLine = lastLine == null ? "" : lastLine;
    point = point == null ? OptionalLong.empty() : point;
  }

  /** One line for a summary: {@code source->destination after output line 7 ('5')}. */
  public String describe() {
    return label
        + (point.isPresent() ? " at migration point " + point.getAsLong() + "," : "")
        + " after output line "
        + afterLine
        + (lastLine.isEmpty() ? "" : " ('" + lastLine.strip() + "')");
  }
}
