package org.hexo.ci.report;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hexo.ci.board.ResourceUsage;
import org.hexo.ci.migration.CheckpointFile;
import org.hexo.ci.migration.Direction;
import org.hexo.ci.migration.LegResult;
import org.hexo.ci.migration.MigrationResult;
import org.hexo.ci.migration.MigrationSpec;
import org.hexo.ci.migration.Mode;
import org.hexo.ci.migration.PhaseTiming;
import org.hexo.ci.migration.TransferResult;
import org.hexo.ci.migration.Trigger;
import org.hexo.ci.verify.CheckResult;
import org.hexo.ci.verify.Verdict;

/** Fixed results for the renderers' golden tests; paths are relative to the project root. */
final class Fixtures {
  static final Path ROOT = Path.of("").toAbsolutePath();
  private static final String SHA_A = "a".repeat(64);
  private static final String SHA_B = "b".repeat(64);

  private Fixtures() {}

  /** Replaces the machine-specific project root in rendered text. */
  static String portable(String text) {
    return text.replace(ROOT.toString(), "@ROOT@");
  }

  static MigrationSpec spec(String trigger) {
    return MigrationSpec.builder(ROOT.resolve("apps/is"), "S")
        .mode(Mode.CR)
        .direction(Direction.X86_TO_ARM)
        .trigger(Trigger.parse(trigger))
        .x86Board("local")
        .armBoard("qemu-user")
        .timeout(Duration.ofSeconds(300))
        .build();
  }

  static List<PhaseTiming> phases() {
    return List.of(
        new PhaseTiming("reference", 120),
        new PhaseTiming("source", 400),
        new PhaseTiming("checkpoint", 25),
        new PhaseTiming("transfer", 80),
        new PhaseTiming("downtime", 310),
        new PhaseTiming("destination", 900),
        new PhaseTiming("total", 1450));
  }

  static LegResult leg(String role, String board, String arch, int exit) {
    return new LegResult(
        role,
        board,
        board.equals("local") ? "local" : "qemu-user",
        arch,
        "/work/" + role,
        "out\n",
        "",
        exit,
        false,
        Duration.ofMillis(100),
        role.equals("source") ? new ResourceUsage(2048, 30, 5) : ResourceUsage.UNKNOWN);
  }

  static TransferResult transfer(boolean intact) {
    return new TransferResult(
        "source->destination",
        "local",
        "qemu-user",
        List.of(
            new CheckpointFile("heap.bin", 536576, SHA_A, intact ? SHA_A : SHA_B),
            new CheckpointFile("mdata.bin", 600, SHA_B, SHA_B)));
  }

  static MigrationResult pass() {
    CheckResult checks =
        new CheckResult(
            "migration",
            true,
            "2 checks pass",
            "2 of 2 pass",
            "",
            false,
            List.of(
                CheckResult.pass("checksums:source->destination", "2 files", "2 files match"),
                CheckResult.pass("output-matches-reference", "40 lines", "identical")));
    return result(
        "is.S.cr.x86-to-arm.output",
        spec("output:^\\s*5$"),
        Verdict.PASS,
        "migrated output matches the reference; all checks pass",
        "",
        checks,
        true);
  }

  static MigrationResult fail() {
    String diff = "--- reference\n+++ migrated\n@@ -3 +3 @@\n-        5\n+        <5> & \"6\"\n";
    CheckResult checks =
        new CheckResult(
            "migration",
            false,
            "1 checks pass",
            "0 of 1 pass",
            "see the failing parts",
            false,
            List.of(
                CheckResult.fail(
                    "output-matches-reference", "40 lines", diff, "lost <iterations>")));
    return result(
        "is.S.cr.x86-to-arm.output-2",
        spec("output:^\\s*5$"),
        Verdict.FAIL,
        "output-matches-reference: output differs from the reference (unified diff in the report)",
        "",
        checks,
        true);
  }

  static MigrationResult error() {
    CheckResult checks =
        new CheckResult(
            "migration",
            false,
            "1 checks pass",
            "0 of 1 pass",
            "see the failing parts",
            false,
            List.of(
                CheckResult.broken(
                    "checksums:source->destination",
                    "2 files",
                    "heap.bin corrupted in transfer",
                    "check the link")));
    return result(
        "is.S.cr.x86-to-arm.signal",
        spec("signal:2"),
        Verdict.ERROR,
        "checksums:source->destination: heap.bin corrupted in transfer",
        "check the link",
        checks,
        false);
  }

  /** A passing post-copy round trip: x86-64 -> aarch64 -> x86-64, two hops. */
  static MigrationResult roundTrip() {
    MigrationSpec spec =
        spec("output:^\\s*5$").toBuilder()
            .mode(Mode.POSTCOPY)
            .direction(Direction.ROUND_TRIP)
            .build();
    List<PhaseTiming> phases =
        List.of(
            new PhaseTiming("reference", 100),
            new PhaseTiming("source", 300),
            new PhaseTiming("checkpoint", 20),
            new PhaseTiming("transfer", 60),
            new PhaseTiming("downtime", 200),
            new PhaseTiming("relay", 250),
            new PhaseTiming("return-checkpoint", 20),
            new PhaseTiming("return-transfer", 50),
            new PhaseTiming("return-downtime", 150),
            new PhaseTiming("destination", 500),
            new PhaseTiming("total", 1200));
    return new MigrationResult(
        spec,
        "is.S.postcopy.round-trip.output",
        Verdict.PASS,
        "migrated output matches the reference; all checks pass",
        "",
        Optional.empty(),
        phases,
        List.of(
            leg("reference", "local", "x86_64", 0),
            leg("source", "local", "x86_64", 0),
            leg("relay", "qemu-user", "aarch64", 0),
            leg("destination", "local", "x86_64", 0)),
        List.of(transfer(true), transfer(true)),
        Map.of(),
        Map.of("local", "local", "qemu-user", "qemu-user"),
        ROOT.resolve("target/reports/is.S.postcopy.round-trip.output"),
        Instant.parse("2026-01-02T03:04:05Z"));
  }

  private static MigrationResult result(
      String name,
      MigrationSpec spec,
      Verdict v,
      String message,
      String remedy,
      CheckResult checks,
      boolean intact) {
    return new MigrationResult(
        spec,
        name,
        v,
        message,
        remedy,
        Optional.of(checks),
        phases(),
        List.of(
            leg("reference", "local", "x86_64", 0),
            leg("source", "local", "x86_64", 0),
            leg("destination", "qemu-user", "aarch64", 0)),
        List.of(transfer(intact)),
        Map.of("hermit", "0123456789abcdef0123456789abcdef01234567"),
        Map.of("local", "local", "qemu-user", "qemu-user"),
        ROOT.resolve("target/reports/" + name),
        Instant.parse("2026-01-02T03:04:05Z"));
  }
}
