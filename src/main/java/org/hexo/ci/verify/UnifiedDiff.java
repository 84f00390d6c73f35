package org.hexo.ci.verify;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff in unified format ({@code ---}/{@code +++} headers, {@code @@} hunks with three lines
 * of context). Common prefix and suffix are trimmed first; the middle is diffed by longest common
 * subsequence, or shown as one replaced block when it is too large for that.
 */
public final class UnifiedDiff {
  private static final int CONTEXT = 3;
  private static final long MAX_LCS_CELLS = 4_000_000L;

  private UnifiedDiff() {}

  /** The diff from {@code a} to {@code b}; empty when they are equal. */
  public static String of(String nameA, List<String> a, String nameB, List<String> b) {
    List<Op> ops = ops(a, b);
    if (ops.stream().allMatch(o -> o.kind == ' ')) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    out.append("--- ").append(nameA).append('\n').append("+++ ").append(nameB).append('\n');
    int i = 0;
    while (i < ops.size()) {
      if (ops.get(i).kind == ' ') {
        i++;
        continue;
      }
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      int lastChange = i;
      while (end < ops.size() && end - lastChange <= 2 * CONTEXT) {
        if (ops.get(end).kind != ' ') {
          lastChange = end;
        }
        end++;
      }
      end = Math.min(ops.size(), lastChange + CONTEXT + 1);
      appendHunk(out, ops, start, end);
      i = end;
    }
    return out.toString();
  }

  private static void appendHunk(StringBuilder out, List<Op> ops, int start, int end) {
    int aStart = ops.get(start).aLine;
    int bStart = ops.get(start).bLine;
    int aCount = 0;
    int bCount = 0;
    for (int k = start; k < end; k++) {
      char kind = ops.get(k).kind;
      aCount += kind == '+' ? 0 : 1;
      bCount += kind == '-' ? 0 : 1;
    }
    out.append("@@ -")
        .append(range(aStart, aCount))
        .append(" +")
        .append(range(bStart, bCount))
        .append(" @@\n");
    for (int k = start; k < end; k++) {
      out.append(ops.get(k).kind).append(ops.get(k).text).append('\n');
    }
  }

  private static String range(int start, int count) {
    int first = count == 0 ? start : start + 1;
    return count == 1 ? Integer.toString(first) : first + "," + count;
  }

  private record Op(char kind, String text, int aLine, int bLine) {}

  private static List<Op> ops(List<String> a, List<String> b) {
    int pre = 0;
    while (pre < a.size() && pre < b.size() && a.get(pre).equals(b.get(pre))) {
      pre++;
    }
    int suf = 0;
    while (suf < a.size() - pre
        && suf < b.size() - pre
        && a.get(a.size() - 1 - suf).equals(b.get(b.size() - 1 - suf))) {
      suf++;
    }
    List<Op> ops = new ArrayList<>();
    for (int k = 0; k < pre; k++) {
      ops.add(new Op(' ', a.get(k), k, k));
    }
    List<String> am = a.subList(pre, a.size() - suf);
    List<String> bm = b.subList(pre, b.size() - suf);
    middle(ops, am, bm, pre, pre);
    for (int k = 0; k < suf; k++) {
      int ai = a.size() - suf + k;
      int bi = b.size() - suf + k;
      ops.add(new Op(' ', a.get(ai), ai, bi));
    }
    return ops;
  }

  private static void middle(List<Op> ops, List<String> a, List<String> b, int aOff, int bOff) {
    int n = a.size();
    int m = b.size();
    if ((long) (n + 1) * (m + 1) > MAX_LCS_CELLS) {
      for (int k = 0; k < n; k++) {
        ops.add(new Op('-', a.get(k), aOff + k, bOff));
      }
      for (int k = 0; k < m; k++) {
        ops.add(new Op('+', b.get(k), aOff + n, bOff + k));
      }
      return;
    }
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] =
            a.get(i).equals(b.get(j))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(i).equals(b.get(j))) {
        ops.add(new Op(' ', a.get(i), aOff + i, bOff + j));
        i++;
        j++;
      } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
        ops.add(new Op('-', a.get(i), aOff + i, bOff + j));
        i++;
      } else {
        ops.add(new Op('+', b.get(j), aOff + i, bOff + j));
        j++;
      }
    }
  }
}
