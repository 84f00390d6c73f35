package org.hexo.ci.migration;

import java.util.regex.Pattern;

/**
 * The one definition of which files of a leg's directory are its checkpoint, and which of them a
 * transfer moves: every {@code *.bin}, {@code stack.bin.<tid>} and {@code tls.bin.<tid>} (regular,
 * not hidden) for checkpoint/restart; for post-copy only the small ones ({@code mdata.bin}, {@code
 * fds.bin}, the per-thread files), since memory is served on demand, as HEXO's transfer targets do.
 * Used alike when the host sees the files and by the script that lists them on a board.
 */
final class CheckpointFiles {
  private static final Pattern POSTCOPY =
      Pattern.compile("mdata\\.bin|fds\\.bin|(stack|tls)\\.bin\\..+");

  /** The shell globs of {@link #isCheckpointFile} (a glob never matches a hidden file). */
  static final String GLOBS = "*.bin stack.bin.* tls.bin.*";

  /** The prefix of the run directory's host copies, {@code checkpoint-<hop>}. */
  static final String HOST_COPY_PREFIX = "checkpoint-";

  private CheckpointFiles() {}

  /** Whether a file called {@code name} belongs to a checkpoint. */
  public static boolean isCheckpointFile(String name) {
    return !name.startsWith(".")
        && (name.endsWith(".bin") || name.startsWith("stack.bin.") || name.startsWith("tls.bin."));
  }

  /** Whether a transfer in {@code mode} moves the checkpoint file {@code name}. */
  public static boolean moved(Mode mode, String name) {
    return isCheckpointFile(name) && (mode == Mode.CR || POSTCOPY.matcher(name).matches());
  }

  /** A POSIX sh loop over the checkpoint files of the current directory running {@code body}. */
  static String forEachFile(String body) {
    return "for f in " + GLOBS + "; do [ -f \"$f\" ] && " + body + "; done; true";
  }
}
