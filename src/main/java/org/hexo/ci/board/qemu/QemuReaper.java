package org.hexo.ci.board.qemu;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Stops virtual boards whose hexo-ci process died without closing them (killed with SIGKILL, so no
 * shutdown hook ran). Every QEMU a board starts is labelled {@code -name hexo-ci-<board>@<pid>},
 * the pid being the JVM's; a labelled QEMU whose parent is no longer that JVM was orphaned.
 */
public final class QemuReaper {
  static final String PREFIX = "hexo-ci-";

  private QemuReaper() {}

  /** The {@code -name} label of a board's QEMU started by this JVM. */
  static String label(String board) {
    return PREFIX + board + "@" + ProcessHandle.current().pid();
  }

  /**
   * Stops orphaned QEMU processes and returns their labels and pids.
   *
   * @param dryRun only report what would be stopped
   */
  public static List<String> reap(boolean dryRun) {
    List<String> reaped = new ArrayList<>();
    ProcessHandle.allProcesses()
        .forEach(
            p ->
                orphanLabel(p)
                    .ifPresent(
                        label -> {
                          if (!dryRun) {
                            stop(p);
                          }
                          reaped.add(label + " (pid " + p.pid() + ")");
                        }));
    return reaped;
  }

  private static Optional<String> orphanLabel(ProcessHandle p) {
    String[] args = p.info().arguments().orElse(new String[0]);
    if (!p.info().command().orElse("").endsWith(QemuVm.BINARY)) {
      return Optional.empty();
    }
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals("-name") && args[i + 1].startsWith(PREFIX)) {
        String label = args[i + 1];
        String owner = label.substring(label.lastIndexOf('@') + 1);
        long parent = p.parent().map(ProcessHandle::pid).orElse(-1L);
        return Long.toString(parent).equals(owner) ? Optional.empty() : Optional.of(label);
      }
    }
    return Optional.empty();
  }

  private static void stop(ProcessHandle p) {
    p.destroy();
    try {
      p.onExit().get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      p.destroyForcibly();
    }
  }
}
