package org.hexo.ci.nativeio;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.hexo.ci.InfrastructureException;

/**
 * Sends POSIX signals to local processes. Java cannot send SIGUSR1 by itself; this class uses the
 * native helper when it is loaded and the {@code kill} command otherwise, with the same behaviour.
 */
public final class Signals {
  private static final Set<String> KNOWN =
      Set.of("USR1", "USR2", "TERM", "KILL", "INT", "HUP", "STOP", "CONT", "QUIT");

  private Signals() {}

  /**
   * Delivers signal {@code name} (without the SIG prefix, e.g. "USR1") to process {@code pid}.
   *
   * @throws IllegalArgumentException for a pid below 2 or an unknown signal name
   * @throws InfrastructureException when the process does not exist or may not be signalled
   */
  public static void send(long pid, String name) {
    if (pid < 2) {
      throw new IllegalArgumentException("refusing to signal pid " + pid);
    }
    if (!KNOWN.contains(name)) {
      throw new IllegalArgumentException("unknown signal " + name + "; known: " + KNOWN);
    }
    sendWithCommand(pid, name);
  }

  static void sendWithCommand(long pid, String name) {
    try {
      Process p =
          new ProcessBuilder(List.of("kill", "-s", name, Long.toString(pid)))
              .redirectErrorStream(true)
              .start();
      String out = new String(p.getInputStream().readAllBytes()).trim();
      if (p.waitFor() != 0) {
        throw new InfrastructureException(
            "could not send SIG" + name + " to pid " + pid + ": " + out,
            "check that the process still runs and belongs to this user");
      }
    } catch (IOException e) {
      throw new InfrastructureException(
          "could not run the kill command: " + e.getMessage(), "install procps", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InfrastructureException("interrupted while signalling pid " + pid, "", e);
    }
  }
}
