package org.hexo.ci.migration;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.verify.Normalizer;

/**
 * Turns a {@code point:} trigger into the migration point the source leg migrates at, counted from
 * the reference run: hexo-lite's own count ({@code [hexo-lite] migration points passed: N} on
 * stderr) makes it an absolute point the runtime migrates at ({@code HERMIT_MIGRATE_AT_POINT}); a
 * runtime that prints no count (HEXO) has its output lines counted instead, and the trigger becomes
 * an output trigger on the chosen line.
 */
final class MigrationPoints {
  private static final Pattern COUNT =
      Pattern.compile("^\\[hexo-lite\\] migration points passed: (\\d+)$", Pattern.MULTILINE);

  private MigrationPoints() {}

  /** The trigger the source leg gets for {@code trigger}, given the reference run {@code ref}. */
  static Trigger resolve(Trigger trigger, LegResult ref, Normalizer normalizer) {
    if (trigger.kind() != Trigger.Kind.POINT) {
      return trigger;
    }
    OptionalInt count = count(ref.stderr());
    if (count.isPresent()) {
      return checked(
          trigger, trigger.resolve(count.getAsInt()), count.getAsInt(), "migration points");
    }
    List<String> lines =
        ref.stdout().lines().filter(l -> !l.isBlank() && !normalizer.isMarker(l)).toList();
    Trigger at = checked(trigger, trigger.resolve(lines.size()), lines.size(), "output lines");
    String line = lines.get(at.point().getAsInt() - 1);
    return new Trigger(Trigger.Kind.OUTPUT, "^" + Pattern.quote(line) + "$");
  }

  /** hexo-lite's count of migration points in a leg's stderr, when it printed one. */
  static OptionalInt count(String stderr) {
    Matcher m = COUNT.matcher(stderr);
    OptionalInt last = OptionalInt.empty();
    while (m.find()) {
      last = OptionalInt.of(Integer.parseInt(m.group(1)));
    }
    return last;
  }

  private static Trigger checked(Trigger asked, Trigger at, int count, String what) {
    if (count < 1 || at.point().getAsInt() > count) {
      throw new InfrastructureException(
          "trigger "
              + asked
              + " names point "
              + at.value()
              + " but the reference run passed "
              + count
              + " "
              + what,
          "pick a point the program reaches (point:first, point:middle, point:last or n/N)");
    }
    return at;
  }
}
