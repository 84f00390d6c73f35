package org.hexo.ci.verify;

import java.util.ArrayList;
import java.util.List;

/** Splits program output into lines the same way everywhere (no trailing empty line). */
final class Lines {
  private Lines() {}

  static List<String> split(String text) {
    List<String> out = new ArrayList<>(List.of(text.replace("\r\n", "\n").split("\n", -1)));
    if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }
}
