package org.hexo.ci.report;

/** Escaping for XML and HTML text and attributes; drops characters XML 1.0 cannot carry. */
final class Markup {
  private Markup() {}

  static String escape(String s) {
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

  static String seconds(long millis) {
    return String.format(java.util.Locale.ROOT, "%.3f", millis / 1000.0);
  }
}
