package org.hexo.ci.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {
  @Test
  void equalInputsHaveNoDiff() {
    assertThat(UnifiedDiff.of("a", List.of("x", "y"), "b", List.of("x", "y"))).isEmpty();
  }

  @Test
  void farApartChangesGetTheirOwnHunksWithThreeLinesOfContext() {
    List<String> a = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      a.add("line " + i);
    }
    List<String> b = new ArrayList<>(a);
    b.set(1, "LINE 2");
    b.remove(17);
    assertThat(UnifiedDiff.of("reference", a, "migrated", b))
        .as("two hunks, the first at the top of the file")
        .isEqualTo(
            "--- reference\n+++ migrated\n"
                + "@@ -1,5 +1,5 @@\n line 1\n-line 2\n+LINE 2\n line 3\n line 4\n line 5\n"
                + "@@ -15,6 +15,5 @@\n line 15\n line 16\n line 17\n-line 18\n line 19\n line 20\n");
  }
}
