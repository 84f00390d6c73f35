package org.hexo.ci.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The escaper of the XML reports (JUnit) and the file helpers they share. Control characters XML
 * 1.0 cannot carry are shown as {@code \\uXXXX} rather than dropped, so a report never hides them.
 * The HTML pages do not use it: their templates ({@code src/main/jte}) escape by context.
 */
public final class Markup {
  private Markup() {}

  /** {@code s} safe in XML text and quoted attributes; "" for null. */
  public static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
            b.append(c);
          } else {
            b.append("\\u").append(String.format("%04x", (int) c));
          }
        }
      }
    }
    return b.toString();
  }

  /** Writes a rendered report to {@code file}, making its directory first. */
  public static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, text);
  }

  /** Milliseconds as seconds with three decimals, whatever the default locale. */
  public static String seconds(long millis) {
    return String.format(java.util.Locale.ROOT, "%.3f", millis / 1000.0);
  }
}
