package org.hexo.ci.report;

/**
 * The one escaper of every report: XML and HTML text and attributes alike. Control characters XML
 * 1.0 cannot carry are shown as {@code \\uXXXX} rather than dropped, so a report never hides them.
 */
public final class Markup {
  private Markup() {}

  /** {@code s} safe in XML/HTML text and quoted attributes; "" for null. */
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

  /** Milliseconds as seconds with three decimals, whatever the default locale. */
  public static String seconds(long millis) {
    return String.format(java.util.Locale.ROOT, "%.3f", millis / 1000.0);
  }
}
