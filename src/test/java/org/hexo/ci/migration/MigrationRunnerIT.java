package org.hexo.ci.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hexo.ci.Infra;
import org.hexo.ci.board.Board;
import org.hexo.ci.board.local.LocalBoard;
import org.hexo.ci.verify.CheckResult;
import org.hexo.ci.verify.Verdict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The runner against real hexo-lite programs on this host: the x86-64 leg on the local driver, the
 * aarch64 leg through binfmt (qemu-user without a container). Covers verdicts and fault cases
 * quickly; the board ITs repeat the main paths on the qemu-user container.
 */
class MigrationRunnerIT {
  private static Board x86;
  private static Board arm;
  private static Board misrouted;
  private static Board restarting;
  private static Board crashing;
  private static Path boardRoot;
  private final Path reports = Path.of("target/it-reports/runner").toAbsolutePath();

  @BeforeAll
  static void boards() throws Exception {
    boardRoot = Files.createTempDirectory("hexo-mig-boards");
    x86 = new LocalBoard("local", boardRoot.resolve("x86"));
    arm = new BinfmtArmBoard("binfmt-arm", boardRoot.resolve("arm"));
    misrouted = BinfmtArmBoard.misrouted("misrouted-arm", boardRoot.resolve("arm2"), "127.0.0.3");
    restarting =
        ResumingLegBoard.startingFromScratch(
            new BinfmtArmBoard("restarting-arm", boardRoot.resolve("arm3")));
    crashing =
        ResumingLegBoard.crashing(new BinfmtArmBoard("crashing-arm", boardRoot.resolve("arm4")));
  }

  @AfterAll
  static void close() {
    if (x86 != null) {
      x86.close();
      arm.close();
      misrouted.close();
      restarting.close();
      crashing.close();
    }
  }

  private static BoardSource source() {
    return name ->
        Map.of(
                "local",
                x86,
                "binfmt-arm",
                arm,
                "misrouted-arm",
                misrouted,
                "restarting-arm",
                restarting,
                "crashing-arm",
                crashing)
            .get(name);
  }

  private MigrationSpec spec(String app, String cls, Mode mode, Direction d, String trigger) {
    return MigrationSpec.builder(HexoLiteFixture.project().resolve("apps").resolve(app), cls)
        .mode(mode)
        .direction(d)
        .trigger(Trigger.parse(trigger))
        .x86Board("local")
        .armBoard("binfmt-arm")
        .timeout(Duration.ofSeconds(60))
        .build();
  }

  /** The app of src/test/apps that prints nothing before its end, migrated at its middle point. */
  private MigrationSpec silent(Mode mode, String armBoard, Duration timeout) {
    return MigrationSpec.builder(
            HexoLiteFixture.project().resolve("src/test/apps/silent"), (String) null)
        .mode(mode)
        .direction(Direction.X86_TO_ARM)
        .trigger(Trigger.parse("point:middle"))
        .x86Board("local")
        .armBoard(armBoard)
        .timeout(timeout)
        .build();
  }

  private MigrationResult run(MigrationSpec spec, TransferHook hook, List<RunEvent> events)
      throws Exception {
    Infra.require(BinfmtArmBoard.available(), "binfmt qemu-aarch64");
    MigrationArtifacts a = HexoLiteFixture.artifacts(spec.appDir(), spec.appClass());
    return MigrationRunner.create(spec, a, source())
        .reportDir(reports)
        .listener(events::add)
        .transferHook(hook)
        .call();
  }

  @Test
  void isCheckpointRestartX86ToArmOnOutputTriggerPasses() throws Exception {
    List<RunEvent> events = new ArrayList<>();
    MigrationResult r =
        run(
            spec("is", "S", Mode.CR, Direction.X86_TO_ARM, "output:^\\s*5$"),
            TransferHook.NONE,
            events);
    assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.PASS);
    assertThat(r.legs())
        .extracting(LegResult::role)
        .containsExactly("reference", "source", "destination");
    assertThat(r.legs().get(1).stdout())
        .as("source stops after iteration 5")
        .contains("        5\n")
        .doesNotContain("        6\n");
    assertThat(r.legs().get(2).stdout())
        .as("destination goes on from 6")
        .contains("        6\n")
        .doesNotContain("        5\n");
    assertThat(r.transfers()).hasSize(1);
    assertThat(r.transfers().get(0).files())
        .extracting(CheckpointFile::name)
        .contains("mdata.bin", "heap.bin");
    assertThat(r.phases())
        .extracting(PhaseTiming::name)
        .contains(
            "reference", "source", "checkpoint", "transfer", "downtime", "destination", "total");
    assertThat(events).anyMatch(e -> e instanceof RunEvent.Finished);
    assertThat(Files.list(r.runDir()).map(p -> p.getFileName().toString()))
        .as("logs kept, checkpoint copies dropped after a pass")
        .contains("source.stdout", "destination.stdout", "source.status")
        .noneMatch(n -> n.startsWith("checkpoint-"));
  }

  @Test
  void corruptedCheckpointIsErrorNamingTheFile() throws Exception {
    TransferHook corrupt =
        file -> {
          if (file.getFileName().toString().equals("heap.bin")) {
            try {
              byte[] b = Files.readAllBytes(file);
              b[b.length / 2] ^= 0x5a;
              Files.write(file, b);
            } catch (java.io.IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }
        };
    MigrationResult r =
        run(
            spec("is", "S", Mode.CR, Direction.X86_TO_ARM, "output:^\\s*3$"),
            corrupt,
            new ArrayList<>());
    assertThat(r.verdict()).isEqualTo(Verdict.ERROR);
    assertThat(r.message())
        .contains("heap.bin")
        .contains("corrupted")
        .contains(r.runDir().toString());
    assertThat(r.legs()).extracting(LegResult::role).doesNotContain("destination");
    assertThat(r.runDir().resolve("checkpoint-1/heap.bin")).as("kept for inspection").exists();
  }

  @Test
  void outputThatDiffersIsFailWithDiff() throws Exception {
    MigrationSpec s =
        spec("is", "S", Mode.CR, Direction.X86_TO_ARM, "output:^\\s*4$").toBuilder()
            .volatileLines(List.of("^\\s*Time in seconds"))
            .build();
    MigrationResult r = run(s, TransferHook.NONE, new ArrayList<>());
    assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
    CheckResult out =
        r.checks().orElseThrow().flatten().stream()
            .filter(c -> c.name().equals("output-matches-reference"))
            .findFirst()
            .orElseThrow();
    assertThat(out.passed()).isFalse();
    assertThat(out.actual())
        .contains("--- reference")
        .contains("+++ migrated")
        .contains("- Mop/s total");
  }

  @Test
  void hungLegIsKilledAtItsTimeoutWithLogsKept() throws Exception {
    MigrationSpec s =
        spec("ep", "S", Mode.CR, Direction.ARM_TO_X86, "timer:30").toBuilder()
            .timeout(Duration.ofSeconds(2))
            .build();
    MigrationResult r = run(s, TransferHook.NONE, new ArrayList<>());
    assertThat(r.verdict()).isEqualTo(Verdict.ERROR);
    assertThat(r.message()).contains("timeout").contains(r.runDir().toString());
    assertThat(r.runDir().resolve("reference.stdout")).exists();
  }

  @Test
  void aDestinationThatCannotReachItsPageServerIsAnErrorNamingItAndStopsTheSource()
      throws Exception {
    MigrationSpec s =
        spec("is", "S", Mode.POSTCOPY, Direction.X86_TO_ARM, "output:^\\s*3$").toBuilder()
            .armBoard("misrouted-arm")
            .timeout(Duration.ofSeconds(300))
            .build();
    MigrationResult r = run(s, TransferHook.NONE, new ArrayList<>());
    assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.ERROR);
    assertThat(r.message())
        .contains("could not reach the post-copy page server")
        .containsPattern("127\\.0\\.0\\.3:\\d+")
        .contains("misrouted-arm");
    assertThat(r.legs())
        .extracting(LegResult::role)
        .containsExactly("reference", "source", "destination");
    assertThat(r.legs().get(1).timedOut())
        .as("the page server was stopped when its client gave up, not left to its timeout")
        .isFalse();
    assertThat(r.legs().get(2).exitCode()).as("hexo-lite's network exit").isEqualTo(4);
    assertThat(Files.readString(r.runDir().resolve("destination.stderr")))
        .contains("cannot connect to the page server 127.0.0.3");
  }

  @Test
  void aDestinationThatStartsFromScratchIsFailEvenWhenTheOutputMatches() throws Exception {
    MigrationResult r =
        run(
            silent(Mode.CR, "restarting-arm", Duration.ofSeconds(60)),
            TransferHook.NONE,
            new ArrayList<>());
    assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.FAIL);
    List<CheckResult> checks = r.checks().orElseThrow().flatten();
    assertThat(checks.stream().filter(c -> !c.passed()).map(CheckResult::name))
        .as("the restart is the only thing wrong")
        .containsExactly("resumed:destination");
    assertThat(checks)
        .filteredOn(c -> c.name().equals("output-matches-reference"))
        .singleElement()
        .satisfies(c -> assertThat(c.passed()).as("the output alone would pass").isTrue());
    assertThat(r.legs().get(1).stdout()).as("silent until it migrated").doesNotContain("silent:");
    assertThat(r.message()).startsWith("resumed:destination: the destination started from scratch");
  }

  @Test
  void aPostCopyDestinationThatCrashesIsFailWithinSecondsNamingItsExit() throws Exception {
    MigrationResult r =
        run(
            silent(Mode.POSTCOPY, "crashing-arm", Duration.ofSeconds(120)),
            TransferHook.NONE,
            new ArrayList<>());
    assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.FAIL);
    assertThat(r.message())
        .as("its crash, not the network or the source's timeout")
        .startsWith("exit-code:destination: exit 139")
        .doesNotContain("page server")
        .doesNotContain("timeout");
    assertThat(r.checks().orElseThrow().flatten())
        .filteredOn(c -> c.name().equals("exit-code:destination"))
        .singleElement()
        .satisfies(c -> assertThat(c.actual()).isEqualTo("exit 139"));
    assertThat(r.legs())
        .extracting(LegResult::role)
        .containsExactly("reference", "source", "destination");
    assertThat(r.legs().get(2).exitCode()).isEqualTo(139);
    assertThat(r.legs().get(1).stdout())
        .as("the source still served its pages when the destination died")
        .doesNotContain("Full remote memory served");
    assertThat(r.legs().get(1).timedOut()).as("the source was not left to its timeout").isFalse();
    assertThat(r.phaseMillis("total").orElseThrow())
        .as("the leg timeout is 120 s")
        .isLessThan(60_000L);
  }
}
