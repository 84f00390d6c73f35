package org.hexo.ci.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Volatile lines keep their words; only their numbers are masked. */
class NormalizerTest {
  private final Normalizer n = Normalizer.defaults();

  @Test
  void timingLinesOfCommonBenchmarksDifferOnlyInTheirNumbers() {
    String a =
        """
         Initialization time =     0.000360 seconds
        Time: 2.739232
          total time: 0.5
         Time in seconds =                     0.12
         Mop/s total     =                  1234.56
         CPU Time        =     0.12
         Compile date    =              02 Dec 2026
         Run date: 2026-12-02 04:22:37
        """;
    String b =
        """
         Initialization time =     10.000001 seconds
        Time: 12.7
          total time: 7
         Time in seconds =                   112.50
         Mop/s total     =                    34.5
         CPU Time        =     3.0
         Compile date    =              01 Dec 2026
         Run date: 2026-12-03 23:59:01
        """;
    assertThat(n.normalize(a)).isEqualTo(n.normalize(b));
    assertThat(n.normalize(a)).contains("Initialization time = <n> seconds", "Time: <n>");
  }

  @Test
  void aMaskedLineMustStillMatchInItsWords() {
    assertThat(n.normalize(" Initialization time = 1.0 seconds\n"))
        .isNotEqualTo(n.normalize(" Initialization time = 1.0 minutes\n"));
    assertThat(n.normalize("Time: 1.0\n")).isNotEqualTo(n.normalize("Time: 1.0 2.0\n"));
    assertThat(n.normalize("result 42\n"))
        .as("a line no rule selects keeps its numbers")
        .isNotEqualTo(n.normalize("result 43\n"));
  }

  @Test
  void aRateTableIsMaskedUpToTheNextBlankLine() {
    String a =
        "  Step    KFLOPS   time\n     1 1990.88  0.0004\n     7  152.27  0.0052\n\nsum 10\n";
    String b =
        "  Step    KFLOPS   time\n     1   19.88  1.0004\n     7 99152.2  0.0001\n\nsum 10\n";
    assertThat(n.normalize(a)).isEqualTo(n.normalize(b));
    assertThat(n.normalize(a)).contains("sum 10");
    assertThat(n.normalize(a.replace("sum 10", "sum 11"))).isNotEqualTo(n.normalize(b));
  }

  @Test
  void theReportListsWhatEachRuleMasked() {
    Map<String, List<String>> masked =
        n.masked("Time: 2.7\nkeep 1\n Mop/s total = 3\n  Rate MB/s\n copy 1.0\n\n");
    assertThat(masked)
        .containsEntry("(?i)\\btime\\s*:", List.of("Time: 2.7"))
        .containsEntry("Mop/s", List.of(" Mop/s total = 3"))
        .containsEntry(
            Normalizer.TABLE_PREFIX + "\\b(KFLOPS|MFLOPS|GFLOPS|MWIPS|MB/s|Rate)\\b",
            List.of("  Rate MB/s", " copy 1.0"));
    assertThat(masked.values().stream().flatMap(List::stream)).doesNotContain("keep 1");
  }

  @Test
  void addedRulesMaskTooAndMarkersAreDropped() {
    List<String> rules = new java.util.ArrayList<>(Normalizer.DEFAULT_VOLATILE);
    rules.add("^Dhrystones per Second:");
    Normalizer m = Normalizer.withVolatileLines(rules);
    assertThat(m.normalize("Uhyve: exiting\nDhrystones per Second: 123\n"))
        .containsExactly("Dhrystones per Second: <n>");
  }
}
