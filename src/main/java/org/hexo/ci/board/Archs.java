package org.hexo.ci.board;

import java.util.Locale;

/** Names ISAs the way {@code uname -m} does on Linux: "x86_64" and "aarch64". */
public final class Archs {
  private Archs() {}

  /** Maps JVM and Debian spellings (amd64, arm64) to uname spellings; null for others. */
  public static String normalize(String arch) {
    if (arch == null) {
      return null;
    }
    return switch (arch.trim().toLowerCase(Locale.ROOT)) {
      case "x86_64", "amd64", "x86-64" -> "x86_64";
      case "aarch64", "arm64" -> "aarch64";
      default -> null;
    };
  }

  /** The ISA of this JVM's host. */
  public static String host() {
    String a = normalize(System.getProperty("os.arch"));
    return a == null ? System.getProperty("os.arch") : a;
  }
}
