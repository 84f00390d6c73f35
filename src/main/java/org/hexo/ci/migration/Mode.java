package org.hexo.ci.migration;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.hexo.ci.UsageException;

/** How the state moves: full checkpoint/restart, or post-copy with a remote page server. */
public enum Mode {
  /** {@code FULL_CHKPT_SAVE=1}: every checkpoint file is written and copied. */
  CR("cr"),
  /** {@code FULL_CHKPT_SAVE=0}: small files are copied, memory is served on demand. */
  POSTCOPY("postcopy");

  private final String id;

  Mode(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** Parses {@code cr} or {@code postcopy}; anything else is a usage error naming the value. */
  public static Mode parse(String value) {
    for (Mode m : values()) {
      if (m.id.equals(value)) {
        return m;
      }
    }
    throw new UsageException(
        "unknown mode '" + value + "'",
        "use one of " + Arrays.stream(values()).map(Mode::id).collect(Collectors.joining(", ")));
  }
}
