package org.hexo.ci.nativeio;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.hexo.ci.InfrastructureException;

/**
 * Sends POSIX signals to local processes. Java cannot send SIGUSR1 by itself; this class uses the
 * native helper when it is loaded and the {@code kill} command otherwise, with the same behaviour.
 */
public final class Signals {
  /** Linux signal numbers; x86-64 and aarch64 share them. */
  private static final Map<String, Integer> NUMBERS =
      Map.of(
          "HUP", 1, "INT", 2, "QUIT", 3, "KILL", 9, "USR1", 10, "USR2", 12, "TERM", 15, "CONT", 18,
          "STOP", 19);

  private Signals() {}

  /**
   * Delivers signal {@code name} (without the SIG prefix, e.g. "USR1") to process {@code pid}.
   *
   * @throws IllegalArgumentException for a pid below 2 or above the pid range, or an unknown signal
   *     name
   * @throws InfrastructureException when the process does not exist or may not be signalled
   */
  public static void send(long pid, String name) {
    checkPid(pid);
    int signal = number(name);
    if (VmmLibrary.isAvailable()) {
      sendNative(pid, name, signal);
    } else {
      sendWithCommand(pid, name);
    }
  }

  /** The Linux number of signal {@code name}, e.g. 10 for "USR1". */
  static int number(String name) {
    Integer n = name == null ? null : NUMBERS.get(name);
    if (n == null) {
      throw new IllegalArgumentException(
          "unknown signal " + name + "; known: " + NUMBERS.keySet().stream().sorted().toList());
    }
    return n;
  }

  static void checkPid(long pid) {
    if (pid < 2 || pid > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("refusing to signal pid " + pid);
    }
  }

  static void sendNative(long pid, String name, int signal) {
    int errno = VmmNative.kill((int) pid, signal);
    if (errno != 0) {
      throw failure(pid, name, Errno.describe(errno), errno == Errno.ESRCH);
    }
  }

  static void sendWithCommand(long pid, String name) {
    try {
      Process p =
          new ProcessBuilder(List.of("kill", "-s", name, Long.toString(pid)))
              .redirectErrorStream(true)
              .start();
      String out = new String(p.getInputStream().readAllBytes()).trim();
      if (p.waitFor() != 0) {
        throw failure(pid, name, out, out.contains("No such process"));
      }
    } catch (IOException e) {
      throw new InfrastructureException(
          "could not run the kill command: " + e.getMessage(), "install procps", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InfrastructureException("interrupted while signalling pid " + pid, "", e);
    }
  }

  private static InfrastructureException failure(
      long pid, String name, String observed, boolean gone) {
    return new InfrastructureException(
        "could not send SIG" + name + " to pid " + pid + ": " + observed,
        gone
            ? "the process has already exited: read its output and exit status for why"
            : "check that the process still runs and belongs to this user");
  }
}
