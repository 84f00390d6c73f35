package org.hexo.ci.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Static factories for the checks of a migration run. Each returns a {@link Check}; {@link #allOf}
 * combines them into one whose result lists every part.
 */
public final class Checks {
  /** NPB's own verdict line, e.g. {@code Verification = SUCCESSFUL}. */
  public static final String NPB_VERIFICATION = "^\\s*Verification\\s*=\\s*SUCCESSFUL\\s*$";

  private static final String RESTORING = "STATUS_RESTORING_CHKPT";
  private static final String CHECKPOINTING = "STATUS_CHECKPOINTING";

  private Checks() {}

  /** The leg with the given role exited with {@code expected} (and did not time out). */
  public static Check exitCode(String role, int expected) {
    String name = "exit-code:" + role;
    return ev -> {
      RunEvidence.Leg leg = "reference".equals(role) ? ev.reference() : ev.leg(role).orElse(null);
      if (leg == null) {
        return CheckResult.fail(
            name, "exit " + expected, "leg never ran", "an earlier phase failed; see its check");
      }
      LegProof proof = ev.proofs().get(role);
      if (proof != null && proof.stoppedAfter().isPresent()) {
        return CheckResult.fail(
            name,
            "exit " + expected,
            "stopped by hexo-ci: " + proof.stoppedAfter().get(),
            "see the other leg's check");
      }
      if (leg.timedOut()) {
        return CheckResult.broken(
            name, "exit " + expected, "killed at its timeout", "see " + role + ".stdout/.stderr");
      }
      String actual = "exit " + leg.exitCode();
      return leg.exitCode() == expected
          ? CheckResult.pass(name, "exit " + expected, actual)
          : CheckResult.fail(
              name, "exit " + expected, actual, lastLines(leg.stderr(), leg.stdout()));
    };
  }

  /** Every leg of the migrated run, and the reference run, exited 0. */
  public static Check allLegsExitZero() {
    return ev -> {
      List<Check> parts = new ArrayList<>();
      parts.add(exitCode("reference", 0));
      // causal order: a leg hexo-ci stopped because another failed comes after that one
      ev.legs().stream()
          .sorted(
              java.util.Comparator.comparing(
                  l ->
                      ev.proofs().containsKey(l.role())
                          && ev.proofs().get(l.role()).stoppedAfter().isPresent()))
          .forEach(l -> parts.add(exitCode(l.role(), 0)));
      return allOf("exit-codes", parts).apply(ev);
    };
  }

  /**
   * The migrated output equals the reference output after normalisation. The migrated output is
   * each leg's stdout in order, with the runtime's marker lines removed; on mismatch the result's
   * {@code actual} is a unified diff from the reference to the migrated output.
   */
  public static Check outputMatchesReference(Normalizer normalizer) {
    Objects.requireNonNull(normalizer, "normalizer");
    return ev -> {
      List<String> ref = normalizer.normalize(ev.reference().stdout());
      // one text, so a table that starts before the migration point is masked after it too
      StringBuilder migrated = new StringBuilder();
      for (RunEvidence.Leg l : ev.legs()) {
        migrated.append(l.stdout());
        if (!l.stdout().isEmpty() && !l.stdout().endsWith("\n")) {
          migrated.append('\n');
        }
      }
      List<String> mig = normalizer.normalize(migrated.toString());
      String diff = UnifiedDiff.of("reference", ref, "migrated", mig);
      String expected = ref.size() + " normalised lines of the reference run";
      if (diff.isEmpty()) {
        return CheckResult.pass("output-matches-reference", expected, "identical");
      }
      return CheckResult.fail(
          "output-matches-reference",
          expected,
          diff,
          "the migrated run printed something else than the unmigrated one: lost or repeated"
              + " iterations point at the migration point; a line that legitimately differs"
              + " needs a normalisation rule");
    };
  }

  /** The last leg's stdout has a line matching {@code regex} (the app's own verification). */
  public static Check verificationLine(String regex) {
    Pattern p = Pattern.compile(regex, Pattern.MULTILINE);
    return ev -> {
      String name = "verification-line";
      if (ev.legs().isEmpty()) {
        return CheckResult.fail(name, regex, "no leg ran", "an earlier phase failed");
      }
      RunEvidence.Leg last = ev.legs().get(ev.legs().size() - 1);
      return p.matcher(last.stdout()).find()
          ? CheckResult.pass(name, regex, "found in " + last.role() + " output")
          : CheckResult.fail(
              name,
              regex,
              "not found in " + last.role() + " output",
              "the app did not verify its result after migration: see " + last.role() + ".stdout");
    };
  }

  /**
   * Every checkpoint file arrived with the checksum it had on the sending board. A mismatch or a
   * missing file is an infrastructure failure (verdict ERROR) naming the file.
   */
  public static Check checksumsMatch() {
    return ev -> {
      List<CheckResult> parts = new ArrayList<>();
      for (RunEvidence.Transfer t : ev.transfers()) {
        parts.add(checksums(t));
      }
      return combine("checkpoint-checksums", parts);
    };
  }

  static CheckResult checksums(RunEvidence.Transfer t) {
    String name = "checksums:" + t.label();
    if (t.before().isEmpty()) {
      return CheckResult.fail(
          name, "checkpoint files", "none written", "the source never checkpointed");
    }
    List<String> bad = new ArrayList<>();
    for (String file : new TreeSet<>(t.before().keySet())) {
      String after = t.after().get(file);
      if (after == null) {
        bad.add(file + " missing on the destination");
      } else if (!after.equals(t.before().get(file))) {
        bad.add(
            file + " corrupted in transfer: sha256 " + t.before().get(file) + " became " + after);
      }
    }
    String expected = t.before().size() + " files with equal sha256 on both boards";
    if (bad.isEmpty()) {
      return CheckResult.pass(name, expected, t.before().size() + " files match");
    }
    return CheckResult.broken(
        name,
        expected,
        String.join("\n", bad),
        "the transfer damaged the checkpoint; check the link and disk of the destination board");
  }

  /**
   * Every leg of the migrated run ran, in order. A missing leg means the one before it ended
   * without migrating: its output alone may equal the reference, so this is what keeps a run that
   * never migrated from passing.
   */
  public static Check everyLegRan(List<String> roles) {
    List<String> expected = List.copyOf(roles);
    return ev -> {
      List<String> ran = ev.legs().stream().map(RunEvidence.Leg::role).toList();
      String want = String.join(", ", expected);
      if (ran.equals(expected)) {
        return CheckResult.pass("legs-ran", want, String.join(", ", ran));
      }
      int i = 0;
      while (i < ran.size() && i < expected.size() && ran.get(i).equals(expected.get(i))) {
        i++;
      }
      String actual =
          i == 0 || i >= expected.size()
              ? "ran " + (ran.isEmpty() ? "no leg" : String.join(", ", ran))
              : "the "
                  + expected.get(i - 1)
                  + " finished without migrating; the "
                  + expected.get(i)
                  + " never ran";
      return CheckResult.fail(
          "legs-ran",
          want,
          actual,
          "the program was not migrated: see the leg's stdout and .status in the run directory");
    };
  }

  /**
   * The leg {@code role} resumed a checkpoint: its own {@code .status} shows {@code
   * STATUS_RESTORING_CHKPT}. Without it, a leg that started the program from scratch passes the
   * output comparison whenever the program prints nothing before its migration point.
   */
  public static Check resumed(String role) {
    String name = "resumed:" + role;
    String expected = RESTORING + " in " + role + ".status";
    return ev -> {
      if (ev.leg(role).isEmpty()) {
        return CheckResult.fail(name, expected, "leg never ran", "an earlier phase failed");
      }
      LegProof p = ev.proofs().get(role);
      if (p != null && p.first(RESTORING).isPresent()) {
        return CheckResult.pass(name, expected, p.timeline());
      }
      RunEvidence.Leg leg = ev.leg(role).get();
      // a leg that died first (e.g. of SIGSEGV before its runtime wrote .status) did not restart
      String what =
          leg.exitCode() != 0 && !leg.timedOut()
              ? " ended with exit " + leg.exitCode() + " without resuming ("
              : " started from scratch instead of resuming (";
      return CheckResult.fail(
          name,
          expected,
          "the " + role + what + (p == null ? "no .status" : p.timeline()) + ")",
          "the runtime on the "
              + role
              + "'s board did not restore the checkpoint: check its proxy and HERMIT_MIGRATE_RESUME"
              + " handling; see "
              + role
              + ".status and "
              + role
              + ".stderr");
    };
  }

  /**
   * The leg {@code role} checkpointed by itself: its own {@code .status} shows {@code
   * STATUS_CHECKPOINTING}, and the {@code mdata.bin} it left was written for its ISA no earlier
   * than that, so a checkpoint left over from the hop before can never pass for its own.
   */
  public static Check checkpointed(String role) {
    String name = "checkpointed:" + role;
    String expected = CHECKPOINTING + " in " + role + ".status and its own mdata.bin";
    return ev -> {
      if (ev.leg(role).isEmpty()) {
        return CheckResult.fail(name, expected, "leg never ran", "an earlier phase failed");
      }
      LegProof p = ev.proofs().get(role);
      Optional<java.time.Instant> cp = p == null ? Optional.empty() : p.first(CHECKPOINTING);
      String hint = "see " + role + ".stdout and " + role + ".status in the run directory";
      if (cp.isEmpty()) {
        return CheckResult.fail(
            name,
            expected,
            role
                + " finished without migrating ("
                + (p == null ? "no .status" : p.timeline())
                + ")",
            hint);
      }
      if (p.checkpoint().isEmpty()) {
        return CheckResult.fail(name, expected, "no mdata.bin in its directory", hint);
      }
      LegProof.Checkpoint c = p.checkpoint().get();
      if (!c.isa().equals(p.arch())) {
        return CheckResult.fail(
            name,
            expected,
            "mdata.bin records source ISA " + c.isa() + ", the " + role + " ran " + p.arch(),
            "the files in its directory are another leg's checkpoint; " + hint);
      }
      if (!LegProof.writtenBy(c, cp.get())) {
        return CheckResult.fail(
            name,
            expected,
            "mdata.bin was written at " + c.written() + ", before its checkpoint at " + cp.get(),
            "the files in its directory are an older checkpoint; " + hint);
      }
      return CheckResult.pass(name, expected, p.timeline() + "; mdata.bin " + c.isa());
    };
  }

  /**
   * Where the first hop happened, for an output trigger {@code trigger}: the source printed the
   * trigger's first line of the reference (its output ends at or after it), and the next leg's
   * output starts with the line the reference prints after the source's last one, past the trigger
   * line.
   */
  public static Check migrationPoint(Normalizer normalizer, Pattern trigger) {
    String name = "migration-point";
    return ev -> {
      // the trigger matched the program's own lines, before any number was masked
      List<String> raw = ownLines(normalizer, ev.reference().stdout());
      int t = 0;
      while (t < raw.size() && !trigger.matcher(raw.get(t)).find()) {
        t++;
      }
      List<String> ref = normalizer.normalize(ev.reference().stdout());
      String expected =
          "source output ends at or after reference line "
              + (t + 1)
              + " ('"
              + (t < raw.size() ? raw.get(t).strip() : "none matches " + trigger)
              + "'), the next leg's starts after it";
      if (ev.legs().size() < 2) {
        return CheckResult.fail(name, expected, "no migration happened", "see legs-ran");
      }
      List<String> src = ownLines(normalizer, ev.legs().get(0).stdout());
      // normalised as one text, as the output check does: a masked table may span the point
      List<String> both =
          normalizer.normalize(joined(ev.legs().get(0).stdout(), ev.legs().get(1).stdout()));
      List<String> next = both.subList(Math.min(src.size(), both.size()), both.size());
      String hint =
          "the migration happened at another point than the trigger line: see source.stdout and "
              + ev.legs().get(1).role()
              + ".stdout";
      if (t >= raw.size()) {
        return CheckResult.fail(
            name, expected, "the reference printed no line matching " + trigger, hint);
      }
      if (src.size() <= t) {
        return CheckResult.fail(
            name,
            expected,
            "the source stopped after " + src.size() + " lines, before the trigger line",
            hint);
      }
      String first = next.isEmpty() ? "(nothing)" : next.get(0).strip();
      String after = src.size() < ref.size() ? ref.get(src.size()).strip() : "(the end)";
      if (!next.isEmpty()
          && !next.get(0).equals(src.size() < ref.size() ? ref.get(src.size()) : null)) {
        return CheckResult.fail(
            name,
            expected,
            "the "
                + ev.legs().get(1).role()
                + " starts with '"
                + first
                + "'; after the source's "
                + src.size()
                + " lines the reference continues with '"
                + after
                + "'",
            hint);
      }
      return CheckResult.pass(
          name,
          expected,
          "migrated after line " + src.size() + " ('" + src.get(src.size() - 1).strip() + "')");
    };
  }

  /** The lines of {@code output} the program printed itself (runtime markers left out). */
  private static List<String> ownLines(Normalizer normalizer, String output) {
    return Lines.split(output).stream().filter(l -> !normalizer.isMarker(l)).toList();
  }

  /** Two legs' output as one text. */
  private static String joined(String first, String second) {
    return first.isEmpty() || first.endsWith("\n") ? first + second : first + "\n" + second;
  }

  /** All of {@code checks}; passes when every part passes. */
  public static Check allOf(Check... checks) {
    return allOf("all", List.of(checks));
  }

  /** All of {@code checks} under a name. */
  public static Check allOf(String name, List<Check> checks) {
    List<Check> copy = List.copyOf(checks);
    return ev -> combine(name, copy.stream().map(c -> c.apply(ev)).toList());
  }

  private static CheckResult combine(String name, List<CheckResult> parts) {
    boolean passed = parts.stream().allMatch(CheckResult::passed);
    long failed = parts.stream().filter(r -> !r.passed()).count();
    return new CheckResult(
        name,
        passed,
        parts.size() + " checks pass",
        (parts.size() - failed) + " of " + parts.size() + " pass",
        passed ? "" : "see the failing parts",
        false,
        parts);
  }

  /**
   * The default checks of a migration test whose migrated run has the legs {@code roles}: every leg
   * but the last checkpoints, every leg but the first resumes; a null {@code verificationRegex} (an
   * app that names no success line) leaves out the verification line. {@code triggerLine} is the
   * regex of an output trigger, whose migration point is then checked too.
   */
  public static Check standard(
      Normalizer normalizer,
      String verificationRegex,
      List<String> roles,
      Optional<Pattern> triggerLine) {
    List<Check> checks = new ArrayList<>();
    checks.add(everyLegRan(roles));
    // a leg that crashed is the headline: its missing checkpoint or resume only follows from it
    checks.add(allLegsExitZero());
    for (int i = 0; i < roles.size(); i++) {
      if (i + 1 < roles.size()) {
        checks.add(checkpointed(roles.get(i)));
      }
      if (i > 0) {
        checks.add(resumed(roles.get(i)));
      }
    }
    checks.add(checksumsMatch());
    checks.add(outputMatchesReference(normalizer));
    triggerLine.ifPresent(p -> checks.add(migrationPoint(normalizer, p)));
    if (verificationRegex != null) {
      checks.add(verificationLine(verificationRegex));
    }
    return allOf("migration", checks);
  }

  private static String lastLines(String stderr, String stdout) {
    String text = stderr.isBlank() ? stdout : stderr;
    List<String> lines = Lines.split(text);
    return "last output: "
        + String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
  }
}
