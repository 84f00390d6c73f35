package org.hexo.ci.verify;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.List;

/**
 * A line diff in unified format ({@code ---}/{@code +++} headers, {@code @@} hunks with three lines
 * of context), computed by java-diff-utils (Myers).
 */
public final class UnifiedDiff {
  private static final int CONTEXT = 3;

  private UnifiedDiff() {}

  /** The diff from {@code a} to {@code b}; empty when they are equal. */
  public static String of(String nameA, List<String> a, String nameB, List<String> b) {
    Patch<String> patch = DiffUtils.diff(a, b);
    if (patch.getDeltas().isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    UnifiedDiffUtils.generateUnifiedDiff(nameA, nameB, a, patch, CONTEXT)
        .forEach(line -> out.append(line).append('\n'));
    return out.toString();
  }
}
