package org.hexo.ci.migration;

import java.util.HashSet;
import java.util.Set;
import org.hexo.ci.InfrastructureException;

/**
 * A request to stop every migration run of this process now (hexo-ci got SIGINT or SIGTERM, e.g. a
 * Jenkins abort). The threads running a guarded section are interrupted; a run notices at its next
 * wait ({@link #check()}), stops its legs and ends with verdict ERROR "interrupted", so its reports
 * are written and its boards closed as after any other error. One per JVM.
 *
 * <p>Cleanup must not be interrupted in turn: a Docker or SSH call that sees an interrupt abandons
 * its request, and the leg it was to kill would stay behind. A thread that starts cleaning up
 * ({@link #cleaningUp()}) is taken off the list of threads to interrupt and its flag is cleared, in
 * one step under the same lock as {@link #request()}, so a request that lands a moment later cannot
 * reach it.
 */
public final class Interruption {
  private static final Object lock = new Object();
  private static final Set<Thread> guarded = new HashSet<>();
  private static final Set<Thread> interruptible = new HashSet<>();
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
    return open(true);
  }

  /**
   * A section that a request waits for but does not interrupt: the thread of a command whose
   * workers run {@link #guard guarded} sections and which writes their results when they end (a
   * matrix). Close it when the command's reports are written and its boards closed.
   */
  public static Guard section() {
    return open(false);
  }

  private static Guard open(boolean interrupt) {
    Thread t = Thread.currentThread();
    synchronized (lock) {
      guarded.add(t);
      if (interrupt) {
        interruptible.add(t);
      }
    }
    return () -> {
      synchronized (lock) {
        guarded.remove(t);
        interruptible.remove(t);
        if (guarded.isEmpty()) {
          requested = false;
        }
        if (t == Thread.currentThread()) {
          // a request may have come after the run noticed it last; it must not outlive the section
          Thread.interrupted();
        }
      }
    };
  }

  /** Whether any thread of this process is in a guarded section. */
  public static boolean active() {
    synchronized (lock) {
      return !guarded.isEmpty();
    }
  }

  /** Asks every guarded section to stop. */
  public static void request() {
    synchronized (lock) {
      requested = true;
      interruptible.forEach(Thread::interrupt);
    }
  }

  public static boolean requested() {
    return requested;
  }

  /**
   * The current thread now stops what it started (kills legs, writes reports, closes boards): no
   * request interrupts it from here to the end of its section, and an interrupt that already came
   * is consumed. Harmless on a thread outside any section.
   */
  public static void cleaningUp() {
    synchronized (lock) {
      interruptible.remove(Thread.currentThread());
      Thread.interrupted();
    }
  }

  /** Throws when a stop was requested. */
  static void check() {
    if (requested) {
      throw interrupted();
    }
  }

  /** The error of an interrupted run. */
  public static InfrastructureException interrupted() {
    return new InfrastructureException(
        "interrupted: hexo-ci received SIGINT or SIGTERM; every leg was stopped",
        "nothing is wrong with the app or the boards as far as hexo-ci knows; run the test again");
  }
}
