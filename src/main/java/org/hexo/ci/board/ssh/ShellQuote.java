package org.hexo.ci.board.ssh;

import java.util.List;
import java.util.stream.Collectors;

/**
 * POSIX single-quote escaping: the one place where argv becomes a shell string, because the SSH
 * protocol carries a command line, not an argv. The remote login shell (sh, bash, dash, zsh) turns
 * it back into exactly the same words.
 */
public final class ShellQuote {
  private ShellQuote() {}

  /** One word: wrapped in single quotes, each embedded quote written as {@code '\''}. */
  public static String quote(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }

  /** A command line whose words are exactly {@code argv}. */
  public static String join(List<String> argv) {
    return argv.stream().map(ShellQuote::quote).collect(Collectors.joining(" "));
  }
}
