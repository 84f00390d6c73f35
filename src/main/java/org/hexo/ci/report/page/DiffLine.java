package org.hexo.ci.report.page;

import java.util.Arrays;
import java.util.List;

/**
 * One line of a unified diff as the page shows it: its text and its kind ({@code add}, {@code del},
 * {@code hunk}, {@code file} or {@code same}), which is its CSS class.
 */
public record DiffLine(String kind, String text) {

  /** True when {@code text} is a unified diff (what the output check puts in its actual). */
  public static boolean isDiff(String text) {
    return text.startsWith("--- ") && text.contains("\n+++ ");
  }

  public static List<DiffLine> parse(String diff) {
    return Arrays.stream(diff.split("\n", -1))
        .filter(l -> !l.isEmpty())
        .map(DiffLine::classify)
        .toList();
  }

  private static DiffLine classify(String line) {
    String kind;
    if (line.startsWith("+++ ") || line.startsWith("--- ")) {
      kind = "file";
    } else if (line.startsWith("@@")) {
      kind = "hunk";
    } else if (line.startsWith("+")) {
      kind = "add";
    } else if (line.startsWith("-")) {
      kind = "del";
    } else {
      kind = "same";
    }
    return new DiffLine(kind, line);
  }
}
