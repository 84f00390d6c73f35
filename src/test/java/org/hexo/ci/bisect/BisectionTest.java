package org.hexo.ci.bisect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.hexo.ci.bisect.Bisection.Mark;
import org.junit.jupiter.api.Test;

/** The search over made-up commits whose marks a map gives. */
class BisectionTest {
  private static List<FirstParent.Commit> commits(int n) {
    return IntStream.range(0, n)
        .mapToObj(i -> new FirstParent.Commit("c" + i, "commit " + i))
        .toList();
  }

  /** Commits before {@code firstBad} are good, from it on bad; {@code marks} overrides. */
  private static Bisection.Result bisect(
      int n, int firstBad, Map<Integer, Mark> marks, List<String> tested) {
    return new Bisection(
            commits(n),
            c -> {
              int i = Integer.parseInt(c.id().substring(1));
              tested.add(c.id());
              Mark m = marks.getOrDefault(i, i < firstBad ? Mark.GOOD : Mark.BAD);
              return new Bisection.Step(c, m, m.name(), List.of("/runs/" + c.id()));
            })
        .call();
  }

  @Test
  void findsTheFirstBadCommitInLogarithmicSteps() {
    for (int i = 0; i < 16; i++) {
      int bad = i;
      List<String> tested = new ArrayList<>();
      Bisection.Result r = bisect(16, bad, Map.of(), tested);
      assertThat(r.firstBad())
          .as("first bad %d", bad)
          .map(FirstParent.Commit::id)
          .hasValue("c" + bad);
      assertThat(tested.size()).as("steps for %d", bad).isLessThanOrEqualTo(5);
      assertThat(r.steps())
          .anyMatch(s -> s.commit().id().equals("c" + bad) && s.mark() == Mark.BAD);
    }
  }

  @Test
  void aSkippedCommitIsSteppedAroundAndReported() {
    List<String> tested = new ArrayList<>();
    Bisection.Result r = bisect(3, 2, Map.of(0, Mark.SKIP), tested);
    assertThat(tested).containsExactly("c0", "c1", "c2");
    assertThat(r.firstBad()).map(FirstParent.Commit::id).hasValue("c2");
    assertThat(r.skipped()).extracting(s -> s.commit().id()).containsExactly("c0");
  }

  @Test
  void skipsNextToTheFirstBadLeaveCandidates() {
    Bisection.Result r = bisect(4, 2, Map.of(1, Mark.SKIP, 2, Mark.SKIP), new ArrayList<>());
    assertThat(r.firstBad()).isEmpty();
    assertThat(r.candidates()).extracting(FirstParent.Commit::id).containsExactly("c1", "c2", "c3");
  }

  @Test
  void aBadRefThatPassesIsNoFinding() {
    Bisection.Result r = bisect(3, 99, Map.of(), new ArrayList<>());
    assertThat(r.firstBad()).isEmpty();
    assertThat(r.candidates()).isEmpty();
  }
}
