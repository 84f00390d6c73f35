package org.hexo.ci.migration;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hexo.ci.InfrastructureException;

/**
 * A request to stop every migration run of this process now (hexo-ci got SIGINT or SIGTERM, e.g. a
 * Jenkins abort). The threads running a guarded section are interrupted; a run notices at its next
 * wait ({@link #check()}), stops its legs and ends with verdict ERROR "interrupted", so its reports
 * are written and its boards closed as after any other error. One per JVM.
 */
public final class Interruption {
  private static final Set<Thread> guarded = ConcurrentHashMap.newKeySet();
  private static volatile boolean requested;

  private Interruption() {}

  /** A guarded section; closing it ends it. */
  public interface Guard extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Marks the current thread's work as a section to interrupt; close it when done. A request
   * applies to the sections running when it came: it ends with the last of them.
   */
  public static Guard guard() {
    Thread t = Thread.currentThread();
    guarded.add(t);
    return () -> {
      guarded.remove(t);
      if (guarded.isEmpty()) {
        requested = false;
      }
      if (t == Thread.currentThread()) {
        // a request may have come after the run noticed it last; it must not outlive the section
        Thread.interrupted();
      }
    };
  }

  /** Whether any thread of this process is in a guarded section. */
  public static boolean active() {
    return !guarded.isEmpty();
  }

  /** Asks every guarded section to stop. */
  public static void request() {
    requested = true;
    guarded.forEach(Thread::interrupt);
  }

  public static boolean requested() {
    return requested;
  }

  /** Throws when a stop was requested. */
  static void check() {
    if (requested) {
      throw interrupted();
    }
  }

  static InfrastructureException interrupted() {
    return new InfrastructureException(
        "interrupted: hexo-ci received SIGINT or SIGTERM; every leg was stopped",
        "nothing is wrong with the app or the boards as far as hexo-ci knows; run the test again");
  }
}
