package org.hexo.ci.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
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

  private static RunEvidence evidence(String src, String dst, Map<String, String> after) {
    return new RunEvidence(
        leg("reference", "local", REF, "", 0, false),
        List.of(
            leg("source", "local", src, "", 0, false),
            leg("destination", "arm", dst, "", 0, false)),
        List.of(new RunEvidence.Transfer("source->destination", Map.of("mdata.bin", "aa"), after)));
  }

  private static final String SRC = "IS\n   iteration\n        1\nUhyve: exiting\n";
  private static final String DST =
      "        2\n        3\n Time in seconds =   7.50\n Verification    =               SUCCESSFUL\n";

  @Test
  void migratedOutputWithMarkersAndTimingsMatches() {
    CheckResult r =
        Checks.standard(
                Normalizer.defaults(), Checks.NPB_VERIFICATION, List.of("source", "destination"))
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
