package org.hexo.ci.docker;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Labels every Docker object hexo-ci starts carries, so that {@code hexo-ci gc} can tell which
 * process owned it and remove it once that process is gone (a killed run leaves no janitor). The
 * owner is identified by pid and process start time, which survives pid reuse.
 */
public final class SessionLabels {
  public static final String SESSION = "org.hexo.ci.session";
  public static final String PID = "org.hexo.ci.session.pid";
  public static final String STARTED = "org.hexo.ci.session.started";

  private static final ProcessHandle SELF = ProcessHandle.current();
  private static final String STARTED_AT =
      SELF.info().startInstant().map(i -> Long.toString(i.toEpochMilli())).orElse("0");
  private static final String ID = SELF.pid() + "-" + STARTED_AT;

  private SessionLabels() {}

  /** The id of this JVM's session. */
  public static String sessionId() {
    return ID;
  }

  /** The labels to put on an object this session creates. */
  public static Map<String, String> current() {
    return Map.of(SESSION, ID, PID, Long.toString(SELF.pid()), STARTED, STARTED_AT);
  }

  /** True when the session that wrote {@code labels} no longer runs on this host. */
  public static boolean isGone(Map<String, String> labels) {
    long pid;
    try {
      pid = Long.parseLong(labels.getOrDefault(PID, ""));
    } catch (NumberFormatException e) {
      return true;
    }
    Optional<ProcessHandle> owner = ProcessHandle.of(pid);
    if (owner.isEmpty() || !owner.get().isAlive()) {
      return true;
    }
    String started =
        owner
            .get()
            .info()
            .startInstant()
            .map(Instant::toEpochMilli)
            .map(String::valueOf)
            .orElse("");
    return !started.equals(labels.getOrDefault(STARTED, ""));
  }
}
