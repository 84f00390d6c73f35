package org.hexo.ci.bisect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The binary search of {@code git bisect} over first-parent commits whose last one is known bad and
 * whose parent of the first is known good: each step asks a {@link Probe}; a commit it cannot judge
 * (a build failure, an ERROR) is skipped and the commit nearest the middle that is left is tried
 * instead. Single use.
 */
public final class Bisection {
  /** What one commit came to. */
  public enum Mark {
    GOOD,
    BAD,
    SKIP
  }

  /** Judges one commit. */
  @FunctionalInterface
  public interface Probe {
    Step test(FirstParent.Commit commit);
  }

  /**
   * One tested commit.
   *
   * @param commit the commit
   * @param mark what it came to
   * @param reason why, in one line
   * @param runDirs the run directories of its runs, the evidence
   */
  public record Step(FirstParent.Commit commit, Mark mark, String reason, List<String> runDirs) {
    public Step {
      Objects.requireNonNull(commit, "commit");
      Objects.requireNonNull(mark, "mark");
      reason = reason == null ? "" : reason;
      runDirs = List.copyOf(runDirs);
    }
  }

  /**
   * The outcome.
   *
   * @param firstBad the first bad commit, when the skips leave one
   * @param candidates the commits that may be the first bad one (the first bad and the skipped
   *     commits before it that could not be judged); one element when it was found
   * @param steps every tested commit, in test order
   */
  public record Result(
      Optional<FirstParent.Commit> firstBad,
      List<FirstParent.Commit> candidates,
      List<Step> steps) {
    public Result {
      candidates = List.copyOf(candidates);
      steps = List.copyOf(steps);
    }

    public List<Step> skipped() {
      return steps.stream().filter(s -> s.mark() == Mark.SKIP).toList();
    }
  }

  private final List<FirstParent.Commit> commits;
  private final Probe probe;
  private Consumer<Step> progress = s -> {};

  public Bisection(List<FirstParent.Commit> commits, Probe probe) {
    this.commits = List.copyOf(commits);
    this.probe = Objects.requireNonNull(probe, "probe");
  }

  public Bisection progress(Consumer<Step> value) {
    this.progress = Objects.requireNonNull(value, "progress");
    return this;
  }

  public Result call() {
    int good = -1;
    int bad = commits.size() - 1;
    Set<Integer> skipped = new HashSet<>();
    List<Step> steps = new ArrayList<>();
    while (true) {
      Optional<Integer> next = nearestMiddle(good, bad, skipped);
      if (next.isEmpty()) {
        break;
      }
      int i = next.get();
      Step s = probe.test(commits.get(i));
      steps.add(s);
      progress.accept(s);
      switch (s.mark()) {
        case GOOD -> good = i;
        case BAD -> bad = i;
        case SKIP -> skipped.add(i);
      }
    }
    List<FirstParent.Commit> candidates = new ArrayList<>();
    for (int i = good + 1; i <= bad; i++) {
      candidates.add(commits.get(i));
    }
    Optional<FirstParent.Commit> first =
        candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    if (first.isPresent() && steps.stream().noneMatch(s -> s.commit().equals(first.get()))) {
      // the bad ref itself: run it too, so the report shows its runs as evidence
      Step s = probe.test(first.get());
      steps.add(s);
      progress.accept(s);
      if (s.mark() == Mark.GOOD) {
        return new Result(Optional.empty(), List.of(), steps);
      }
    }
    return new Result(first, candidates, steps);
  }

  /** The untested commit strictly between good and bad nearest their middle, if any. */
  private static Optional<Integer> nearestMiddle(int good, int bad, Set<Integer> skipped) {
    int mid = good + (bad - good) / 2;
    for (int d = 0; d < bad - good; d++) {
      for (int i : new int[] {mid - d, mid + d}) {
        if (i > good && i < bad && !skipped.contains(i)) {
          return Optional.of(i);
        }
      }
    }
    return Optional.empty();
  }
}
