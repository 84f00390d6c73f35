package org.hexo.ci.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ChecksTest {
  private static final String REF =
      "IS\n   iteration\n        1\n        2\n        3\n Time in seconds =   0.01\n"
          + " Verification    =               SUCCESSFUL\n";

  /** A leg as the checks read it. */
  private record TestLeg(
      String role, String board, String stdout, String stderr, int exitCode, boolean timedOut)
      implements RunEvidence.Leg {}

  private static RunEvidence.Leg leg(
      String role, String board, String stdout, String stderr, int exitCode, boolean timedOut) {
    return new TestLeg(role, board, stdout, stderr, exitCode, timedOut);
  }

  private static final Instant T0 = Instant.parse("2026-01-01T10:00:00.250Z");

  private static LegProof.Status at(int ms, String status) {
    return new LegProof.Status(T0.plusMillis(ms), status);
  }

  /** A source that checkpointed at 10:00:01.75 and wrote mdata.bin for {@code isa} then. */
  private static LegProof source(String isa, int writtenSecond) {
    return new LegProof(
        "source",
        "x86_64",
        List.of(at(0, "STATUS_READY_FOR_MIGRATION"), at(1500, "STATUS_CHECKPOINTING")),
        Optional.of(
            new LegProof.Checkpoint(
                isa, Instant.parse("2026-01-01T10:00:00Z").plusSeconds(writtenSecond))));
  }

  private static final LegProof RESUMED =
      new LegProof(
          "destination",
          "aarch64",
          List.of(at(3000, "STATUS_RESTORING_CHKPT"), at(3100, "STATUS_READY_FOR_MIGRATION")),
          Optional.empty());

  private static RunEvidence evidence(String src, String dst, Map<String, String> after) {
    return evidence(src, dst, after, List.of(source("x86_64", 1), RESUMED));
  }

  private static RunEvidence evidence(
      String src, String dst, Map<String, String> after, List<LegProof> proofs) {
    return new RunEvidence(
        leg("reference", "local", REF, "", 0, false),
        List.of(
            leg("source", "local", src, "", 0, false),
            leg("destination", "arm", dst, "", 0, false)),
        List.of(new RunEvidence.Transfer("source->destination", Map.of("mdata.bin", "aa"), after)),
        RunEvidence.byRole(proofs));
  }

  @Test
  void aCheckpointOfAnotherIsaOrFromBeforeTheLegsOwnIsNotItsOwn() {
    Map<String, String> ok = Map.of("mdata.bin", "aa");
    assertThat(Checks.checkpointed("source").apply(evidence(SRC, DST, ok)).passed())
        .as("written in the second of its checkpoint")
        .isTrue();
    assertThat(
            Checks.checkpointed("source")
                .apply(evidence(SRC, DST, ok, List.of(source("aarch64", 1), RESUMED)))
                .actual())
        .isEqualTo("mdata.bin records source ISA aarch64, the source ran x86_64");
    assertThat(
            Checks.checkpointed("source")
                .apply(evidence(SRC, DST, ok, List.of(source("x86_64", -1), RESUMED)))
                .actual())
        .startsWith("mdata.bin was written at 2026-01-01T09:59:59Z, before its checkpoint");
    assertThat(
            Checks.checkpointed("source")
                .apply(evidence(SRC, DST, ok, List.of(source("x86_64", 0), RESUMED)))
                .passed())
        .as("a coarse file clock a tick behind the status line still fits")
        .isTrue();
  }

  @Test
  void aLegWithoutARestoreInItsOwnStatusDidNotResume() {
    LegProof scratch =
        new LegProof(
            "destination",
            "aarch64",
            List.of(at(3000, "STATUS_READY_FOR_MIGRATION")),
            Optional.empty());
    CheckResult r =
        Checks.resumed("destination")
            .apply(
                evidence(
                    SRC, DST, Map.of("mdata.bin", "aa"), List.of(source("x86_64", 1), scratch)));
    assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(r.actual())
        .isEqualTo(
            "the destination started from scratch instead of resuming (STATUS_READY_FOR_MIGRATION)");
  }

  /** A destination that died of SIGSEGV before its runtime wrote any status. */
  private static RunEvidence crashed() {
    return new RunEvidence(
        leg("reference", "local", REF, "", 0, false),
        List.of(
            leg("source", "local", SRC, "", 0, false),
            leg("destination", "arm", "", "Segmentation fault\n", 139, false)),
        List.of(new RunEvidence.Transfer("source->destination", Map.of(), Map.of())),
        RunEvidence.byRole(List.of(source("x86_64", 1))));
  }

  @Test
  void aLegThatDiedBeforeItsRuntimeWroteAnyStatusEndedWithoutResumingNotFromScratch() {
    CheckResult r = Checks.resumed("destination").apply(crashed());
    assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(r.actual())
        .isEqualTo("the destination ended with exit 139 without resuming (no .status)");
  }

  @Test
  void aCrashedLegIsTheFirstFailureNotTheResumeItNeverReached() {
    CheckResult r =
        Checks.standard(
                Normalizer.defaults(),
                Checks.NPB_VERIFICATION,
                List.of("source", "destination"),
                Optional.empty())
            .apply(crashed());
    assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(r.flatten().stream().filter(c -> !c.passed()).map(CheckResult::name))
        .as("the report's headline is the first failure")
        .startsWith("exit-code:destination", "resumed:destination");
  }

  @Test
  void theMigrationPointIsAtOrAfterTheTriggerLine() {
    Map<String, String> ok = Map.of("mdata.bin", "aa");
    Check point = Checks.migrationPoint(Normalizer.defaults(), Pattern.compile("^\\s*1$"));
    assertThat(point.apply(evidence(SRC, DST, ok)).actual())
        .isEqualTo("migrated after line 3 ('1')");
    assertThat(point.apply(evidence("IS\n", "   iteration\n        1\n" + DST, ok)).actual())
        .isEqualTo("the source stopped after 1 lines, before the trigger line");
    assertThat(point.apply(evidence(SRC, "        1\n" + DST, ok)).actual())
        .isEqualTo(
            "the destination starts with '1'; after the source's 3 lines the reference continues"
                + " with '2'");
  }

  @Test
  void aTriggerLineInsideAMaskedTableIsFoundOnTheProgramsOwnLines() {
    // the table rule masks the numbers of every row after a rate header, the trigger line among
    // them
    String src = " unit MB/s\nround 1: 5.25 MB/s\nround 2: 6.50 MB/s\nUhyve: exiting\n";
    String dst = "round 3: 7.75 MB/s\n\nrodata: SUCCESS\n";
    Check point = Checks.migrationPoint(Normalizer.defaults(), Pattern.compile("^round 2:"));
    String reference = " unit MB/s\nround 1: 5.00 MB/s\nround 2: 6.00 MB/s\n" + dst;
    CheckResult r =
        point.apply(
            new RunEvidence(
                leg("reference", "local", reference, "", 0, false),
                List.of(
                    leg("source", "local", src, "", 0, false),
                    leg("destination", "arm", dst, "", 0, false)),
                List.of()));
    assertThat(r.verdict()).as(r.actual()).isEqualTo(Verdict.PASS);
    assertThat(r.expected()).contains("reference line 3 ('round 2: 6.00 MB/s')");
  }

  private static final String SRC = "IS\n   iteration\n        1\nUhyve: exiting\n";
  private static final String DST =
      "        2\n        3\n Time in seconds =   7.50\n Verification    =               SUCCESSFUL\n";

  @Test
  void migratedOutputWithMarkersAndTimingsMatches() {
    CheckResult r =
        Checks.standard(
                Normalizer.defaults(),
                Checks.NPB_VERIFICATION,
                List.of("source", "destination"),
                Optional.of(Pattern.compile("^\\s*1$")))
            .apply(evidence(SRC, DST, Map.of("mdata.bin", "aa")));
    assertThat(r.verdict()).as(r.flatten().toString()).isEqualTo(Verdict.PASS);
  }

  @Test
  void repeatedIterationIsFailWithUnifiedDiff() {
    CheckResult r =
        Checks.outputMatchesReference(Normalizer.defaults())
            .apply(evidence(SRC, "        1\n" + DST, Map.of("mdata.bin", "aa")));
    assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(r.actual())
        .isEqualTo(
            "--- reference\n+++ migrated\n@@ -1,6 +1,7 @@\n IS\n    iteration\n         1\n"
                + "+        1\n         2\n         3\n Time in seconds = <n>\n");
  }

  @Test
  void checksumMismatchIsErrorNamingTheFile() {
    CheckResult r = Checks.checksumsMatch().apply(evidence(SRC, DST, Map.of("mdata.bin", "bb")));
    assertThat(r.verdict()).isEqualTo(Verdict.ERROR);
    assertThat(r.flatten().get(0).actual()).contains("mdata.bin corrupted in transfer");
  }

  @Test
  void missingCheckpointIsFail() {
    RunEvidence e =
        new RunEvidence(
            leg("reference", "local", REF, "", 0, false),
            List.of(leg("source", "local", REF, "", 0, false)),
            List.of(new RunEvidence.Transfer("source->destination", Map.of(), Map.of())));
    assertThat(Checks.checksumsMatch().apply(e).verdict()).isEqualTo(Verdict.FAIL);
  }

  @Test
  void timedOutLegIsError() {
    RunEvidence e =
        new RunEvidence(leg("reference", "local", "", "", -1, true), List.of(), List.of());
    assertThat(Checks.exitCode("reference", 0).apply(e).verdict()).isEqualTo(Verdict.ERROR);
  }

  @Test
  void missingVerificationLineFails() {
    CheckResult r =
        Checks.verificationLine(Checks.NPB_VERIFICATION)
            .apply(
                evidence(
                    SRC, "        2\n Verification    =             UNSUCCESSFUL\n", Map.of()));
    assertThat(r.passed()).isFalse();
    assertThat(r.hint()).contains("destination.stdout");
  }

  @Test
  void allOfKeepsEveryPart() {
    CheckResult r =
        Checks.allOf(Checks.exitCode("source", 0), Checks.exitCode("destination", 1))
            .apply(evidence(SRC, DST, Map.of()));
    assertThat(r.parts()).hasSize(2);
    assertThat(r.passed()).isFalse();
    assertThat(r.flatten()).extracting(CheckResult::passed).containsExactly(true, false);
  }
}
