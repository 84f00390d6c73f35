package org.hexo.ci.board.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.hexo.ci.UsageException;
import org.hexo.ci.board.ExecRequest;

/**
 * The argv lists a driver runs on a board it reaches through a transport (docker exec, SSH). Every
 * user value travels as a separate argument of {@code sh -c SCRIPT sh ARGS...}; the scripts are
 * constants and never contain user values, so nothing is interpolated into a shell string here.
 */
public final class RemoteCommands {
  private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern SIGNAL = Pattern.compile("[A-Z][A-Z0-9]{1,7}");

  /** $1 = work dir (may be empty), then argv: report the pid, then become the program. */
  private static final String WRAPPER =
      "if [ -n \"$1\" ]; then cd \"$1\" || exit 125; fi; shift; echo $$; exec \"$@\"";

  /**
   * $1 = pid: stop it, find its children by scanning /proc/PID/stat (the kernel's task children
   * file is not always there), recurse, then kill; stopping first keeps children from escaping.
   */
  private static final String KILL_TREE =
      "t() { local c='' s l p; kill -STOP \"$1\" 2>/dev/null;"
          + " for s in /proc/[0-9]*/stat; do read -r l < \"$s\" 2>/dev/null || continue;"
          + " l=${l##*) }; l=${l#* }; [ \"${l%% *}\" = \"$1\" ] || continue;"
          + " p=${s#/proc/}; c=\"$c ${p%/stat}\"; done;"
          + " for p in $c; do t \"$p\"; done; kill -KILL \"$1\" 2>/dev/null; }; t \"$1\"";

  /** $1 = root, $2 = label: a fresh directory under root. */
  private static final String MAKE_WORK_DIR =
      "mkdir -p \"$1\" && chmod 700 \"$1\" && mktemp -d \"$1/$2-XXXXXXXX\"";

  private RemoteCommands() {}

  /**
   * The argv that runs {@code request} in its work dir and prints its pid as the first stdout line.
   *
   * @param envInArgv true to pass the request's environment through {@code env NAME=VALUE} (SSH);
   *     false when the transport sets it itself (docker exec)
   */
  public static List<String> wrapped(ExecRequest request, boolean envInArgv) {
    List<String> argv = new ArrayList<>();
    if (envInArgv && !request.env().isEmpty()) {
      argv.add("env");
      new TreeMap<>(request.env()).forEach((k, v) -> argv.add(k + "=" + v));
    }
    argv.addAll(List.of("sh", "-c", WRAPPER, "sh"));
    argv.add(request.workDir() == null ? "" : request.workDir());
    argv.addAll(request.argv());
    return argv;
  }

  /** Checks environment variable names; values may hold anything. */
  public static Map<String, String> checkedEnv(Map<String, String> env) {
    env.keySet()
        .forEach(
            k -> {
              if (!ENV_NAME.matcher(k).matches()) {
                throw new UsageException(
                    "invalid environment variable name '" + k + "'",
                    "use letters, digits and underscores, not starting with a digit");
              }
            });
    return env;
  }

  public static List<String> killTree(long pid) {
    return List.of("sh", "-c", KILL_TREE, "sh", Long.toString(pid));
  }

  public static List<String> signal(long pid, String signalName) {
    if (!SIGNAL.matcher(signalName).matches()) {
      throw new IllegalArgumentException("bad signal name " + signalName + "; e.g. USR1");
    }
    // the shell's builtin kill: minimal userlands (debootstrap minbase) have no kill binary
    return List.of("sh", "-c", "kill -s \"$1\" \"$2\"", "sh", signalName, Long.toString(pid));
  }

  public static List<String> makeWorkDir(String root, String label) {
    String safe = label == null ? "leg" : label.replaceAll("[^A-Za-z0-9._-]", "_");
    return List.of("sh", "-c", MAKE_WORK_DIR, "sh", root, safe.isEmpty() ? "leg" : safe);
  }
}
