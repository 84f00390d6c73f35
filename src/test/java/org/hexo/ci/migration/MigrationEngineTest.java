package org.hexo.ci.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.hexo.ci.UsageException;
import org.hexo.ci.migration.FakeBoard.Script;
import org.hexo.ci.verify.Verdict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine (plan, hops, record) on scripted in-memory boards: every direction and mode, and the
 * ways a leg or a transfer goes wrong. No Docker, no QEMU, no processes.
 */
class MigrationEngineTest {
  private static final String OUTPUT_TRIGGER = "output:^\\s*5$";

  @TempDir Path tmp;
  private FakeBoard x86;
  private FakeBoard arm;
  private MigrationArtifacts programs;
  private Path reports;
  private final List<RunEvent> events = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void createBoards() throws IOException {
    FakeBoard.Pair boards = FakeBoard.Pair.under(tmp);
    x86 = boards.x86();
    arm = boards.arm();
    programs = boards.programs();
    reports = tmp.resolve("reports");
  }

  private BoardSource boards() {
    return name -> {
      if (name.equals("x86")) {
        return x86;
      }
      if (name.equals("arm")) {
        return arm;
      }
      throw new UsageException("unknown board '" + name + "'", "name a board of the inventory");
    };
  }

  private MigrationSpecBuilder spec(Mode mode, Direction direction, String trigger) {
    return MigrationSpec.builder(Path.of("apps/is"), "S")
        .mode(mode)
        .direction(direction)
        .trigger(Trigger.parse(trigger))
        .x86Board("x86")
        .armBoard("arm")
        .timeout(Duration.ofSeconds(20));
  }

  private MigrationResult run(MigrationSpec spec, TransferHook hook) {
    return MigrationRunner.create(spec, programs, boards())
        .reportDir(reports)
        .listener(events::add)
        .transferHook(hook)
        .call();
  }

  private MigrationResult run(MigrationSpecBuilder spec) {
    return run(spec.build(), TransferHook.NONE);
  }

  static Stream<Arguments> directionsAndModes() {
    return Stream.of(Direction.values())
        .flatMap(d -> Stream.of(Mode.values()).map(m -> Arguments.of(d, m)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("directionsAndModes")
  void everyDirectionAndModePassesWithItsLegsOnTheRightBoards(Direction d, Mode m) {
    MigrationResult r = run(spec(m, d, OUTPUT_TRIGGER));

    assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.PASS);
    boolean roundTrip = d == Direction.ROUND_TRIP;
    FakeBoard source = d == Direction.ARM_TO_X86 ? arm : x86;
    FakeBoard other = source == x86 ? arm : x86;
    assertThat(r.legs())
        .extracting(LegResult::role)
        .containsExactlyElementsOf(
            roundTrip
                ? List.of("reference", "source", "relay", "destination")
                : List.of("reference", "source", "destination"));
    assertThat(source.ran())
        .as("the reference and the source run on the source board")
        .containsExactlyElementsOf(
            roundTrip
                ? List.of("reference", "source", "destination")
                : List.of("reference", "source"));
    assertThat(other.ran()).containsExactly(roundTrip ? "relay" : "destination");
    assertThat(r.transfers())
        .extracting(TransferResult::label)
        .containsExactlyElementsOf(
            roundTrip
                ? List.of("source->relay", "relay->destination")
                : List.of("source->destination"));
    assertThat(r.transfers().get(0).files())
        .extracting(CheckpointFile::name)
        .as("post-copy moves only the small files; memory is served")
        .containsExactlyElementsOf(
            m == Mode.CR
                ? List.of("data.bin", "heap.bin", "mdata.bin", "stack.bin.1")
                : List.of("mdata.bin", "stack.bin.1"));
    assertThat(r.phases())
        .extracting(PhaseTiming::name)
        .contains("reference", "source", "checkpoint", "transfer", "destination", "total");
    assertThat(r.spec().sourceBoard()).isEqualTo(source.name());
    assertThat(r.boards()).containsOnlyKeys("x86", "arm");
    assertThat(names(r.runDir()))
        .as("logs stay; the checkpoint copies of a pass go")
        .contains("reference.stdout", "source.stdout", "destination.stdout", "source.status")
        .noneMatch(n -> n.startsWith("checkpoint-"));
    assertThat(x86.workDirs()).as("work dirs are removed after a pass").isEmpty();
    assertThat(arm.workDirs()).isEmpty();
    assertThat(events).first().isInstanceOf(RunEvent.Started.class);
    assertThat(events).last().isInstanceOf(RunEvent.Finished.class);
    assertThat(passed(r))
        .as("each leg proves its own checkpoint and restore; the output trigger places the hop")
        .containsAll(
            roundTrip
                ? List.of(
                    "checkpointed:source",
                    "resumed:relay",
                    "checkpointed:relay",
                    "resumed:destination",
                    "migration-point")
                : List.of("checkpointed:source", "resumed:destination", "migration-point"));
    assertThat(r.points())
        .extracting(MigrationPoint::label)
        .containsExactlyElementsOf(
            roundTrip
                ? List.of("source->relay", "relay->destination")
                : List.of("source->destination"));
    assertThat(r.points().get(0).describe())
        .as("IS, iteration and the iterations 1 to 5 before the checkpoint")
        .isEqualTo(
            "source->" + (roundTrip ? "relay" : "destination") + " after output line 7 ('5')");
  }

  @Test
  void aStopRequestDuringTheDestinationIsAnErrorInterruptedWithEveryLegRecorded() throws Exception {
    arm.script("destination", Script.HANGS);
    java.util.concurrent.CountDownLatch destination = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CompletableFuture<MigrationResult> result =
        new java.util.concurrent.CompletableFuture<>();
    Thread runner =
        new Thread(
            () -> {
              try (Interruption.Guard g = Interruption.guard()) {
                result.complete(
                    MigrationRunner.create(
                            spec(Mode.CR, Direction.X86_TO_ARM, OUTPUT_TRIGGER).build(),
                            programs,
                            boards())
                        .reportDir(reports)
                        .listener(
                            e -> {
                              if (e instanceof RunEvent.PhaseStarted p
                                  && p.phase().equals("destination")) {
                                destination.countDown();
                              }
                            })
                        .call());
              } catch (RuntimeException e) {
                result.completeExceptionally(e);
              }
            });
    runner.start();
    assertThat(destination.await(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    Interruption.request();
    MigrationResult r = result.get(10, java.util.concurrent.TimeUnit.SECONDS);
    runner.join(10_000);

    assertThat(r.verdict()).isEqualTo(Verdict.ERROR);
    assertThat(r.message()).startsWith("interrupted: hexo-ci received SIGINT or SIGTERM");
    assertThat(r.legs())
        .extracting(LegResult::role)
        .as("the stopped destination is recorded too, with its logs")
        .containsExactly("reference", "source", "destination");
    assertThat(r.runDir().resolve("destination.stdout")).exists();
    assertThat(Interruption.requested()).as("the request ended with its section").isFalse();
  }

  @Test
  void aPageServerThatFailsStopsItsWaitingDestinationAtOnceAndIsNamedFirst() {
    x86.script("source", Script.SERVER_DIES);
    arm.script("destination", Script.HANGS);
    long t0 = System.nanoTime();
    MigrationResult r =
        run(
            spec(Mode.POSTCOPY, Direction.X86_TO_ARM, OUTPUT_TRIGGER)
                .timeout(Duration.ofSeconds(30)));
    long seconds = Duration.ofNanos(System.nanoTime() - t0).toSeconds();

    assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.FAIL);
    assertThat(r.message()).startsWith("exit-code:source: exit 4");
    assertThat(seconds).as("not left to the destination's time limit").isLessThan(15);
    assertThat(check(r, "exit-code:destination").actual())
        .isEqualTo("stopped by hexo-ci: the source exited 4 first");
  }

  @Test
  void aBoardThatDiesUnderItsLegIsAnErrorNamingTheBoardNotTheApp() {
    arm.script("destination", Script.BOARD_DIES);
    MigrationResult r = run(spec(Mode.CR, Direction.X86_TO_ARM, OUTPUT_TRIGGER));

    assertThat(r.verdict()).isEqualTo(Verdict.ERROR);
    assertThat(r.message())
        .startsWith(
            "board arm (fake) stopped answering while it ran the destination (the leg ended with"
                + " exit 137; the board: board arm is gone)");
  }

  @Test
  void aBoardKilledWhileTheOtherRunsTheSourceIsAnErrorNamingItWhenItsLegStarts() {
    // the move itself may still succeed (docker cp reaches a stopped container)
    x86.killsWhenStarting("source", arm);
    MigrationResult r = run(spec(Mode.CR, Direction.X86_TO_ARM, OUTPUT_TRIGGER));

    assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.ERROR);
    assertThat(r.message())
        .startsWith(
            "board arm (fake) stopped answering as the destination was to start (the board: board"
                + " arm is gone)");
  }

  @Test
  void aDestinationThatStartsFromScratchOnASilentAppFailsResumed() {
    x86.silentApp();
    arm.silentApp().script("destination", Script.RESTARTS);
    MigrationResult r = run(spec(Mode.CR, Direction.X86_TO_ARM, "signal:1"));

    assertThat(passed(r))
        .as("its output alone cannot tell: it equals the reference")
        .contains("output-matches-reference", "verification-line", "checkpointed:source");
    assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.FAIL);
    assertThat(r.message())
        .startsWith("resumed:destination: the destination started from scratch instead of resuming")
        .contains("STATUS_READY_FOR_MIGRATION");
  }

  @Test
  void aDestinationThatRepeatsTheSourcesOutputMissesTheMigrationPoint() {
    arm.script("destination", Script.RESTARTS);
    MigrationResult r = run(spec(Mode.CR, Direction.X86_TO_ARM, OUTPUT_TRIGGER));

    assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(check(r, "migration-point").actual())
        .isEqualTo(
            "the destination starts with 'IS'; after the source's 7 lines the reference continues"
                + " with '6'");
  }

  @Test
  void aRelayWithoutTheRuntimeNeverShipsTheSourcesCheckpointBack() throws IOException {
    arm.script("relay", Script.NO_RUNTIME);
    MigrationResult r = run(spec(Mode.CR, Direction.ROUND_TRIP, OUTPUT_TRIGGER));

    assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.FAIL);
    assertThat(r.message()).contains("the relay finished without migrating");
    assertThat(check(r, "checkpointed:relay").actual())
        .isEqualTo("relay finished without migrating (no .status)");
    assertThat(r.transfers()).as("the x86 checkpoint in its directory stays there").hasSize(1);
    assertThat(x86.ran()).doesNotContain("destination");
  }

  @Test
  void aPostCopyDestinationThatCrashesFailsAtOnceNamingItsExit() {
    arm.script("destination", Script.CRASHES_AFTER_RESUME);
    long t0 = System.nanoTime();
    MigrationResult r =
        run(
            spec(Mode.POSTCOPY, Direction.X86_TO_ARM, OUTPUT_TRIGGER)
                .timeout(Duration.ofSeconds(30)));
    long seconds = Duration.ofNanos(System.nanoTime() - t0).toSeconds();

    assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.FAIL);
    assertThat(r.message()).startsWith("exit-code:destination: exit 139");
    assertThat(seconds).as("the source is stopped at once, not at its time limit").isLessThan(15);
    assertThat(check(r, "exit-code:source").actual())
        .isEqualTo("stopped by hexo-ci: the destination exited 139 first");
  }

  @Test
  void aTimerTriggerMigratesWithoutASignal() {
    MigrationResult r = run(spec(Mode.CR, Direction.X86_TO_ARM, "timer:1"));
    assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.PASS);
  }

  @Test
  void aLegThatNeverCheckpointsStopsTheRunBeforeTheDestination() {
    x86.script("source", Script.NEVER_CHECKPOINTS);
    MigrationResult r = run(spec(Mode.CR, Direction.X86_TO_ARM, OUTPUT_TRIGGER));

    assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.FAIL);
    assertThat(r.message())
        .contains("the source finished without migrating; the destination never ran")
        .contains(r.runDir().toString());
    assertThat(arm.ran()).as("nothing to resume").isEmpty();
    assertThat(r.transfers()).as("no checkpoint to move").isEmpty();
    assertThat(r.legs()).extracting(LegResult::role).containsExactly("reference", "source");
  }

  @Test
  void aRelayThatNeverMigratesShipsNothingBack() {
    arm.script("relay", Script.NEVER_CHECKPOINTS);
    MigrationResult r = run(spec(Mode.CR, Direction.ROUND_TRIP, OUTPUT_TRIGGER));

    assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.FAIL);
    assertThat(r.message()).contains("the relay finished without migrating");
    assertThat(check(r, "checkpointed:relay").actual())
        .startsWith("relay finished without migrating (STATUS_RESTORING_CHKPT");
    assertThat(r.transfers())
        .as("only the first hop moved; the files the relay resumed from stay where they are")
        .hasSize(1);
    assertThat(x86.ran())
        .as("no destination resumed a stale checkpoint")
        .doesNotContain("destination");
    assertThat(r.legs())
        .extracting(LegResult::role)
        .containsExactly("reference", "source", "relay");
  }

  @Test
  void aTriggerThatNeverFiresIsAnErrorSayingSoAndWhenTheProgramEnded() {
    MigrationResult r = run(spec(Mode.CR, Direction.X86_TO_ARM, "output:^no such line$"));

    assertThat(r.verdict()).isEqualTo(Verdict.ERROR);
    assertThat(r.message())
        .contains("trigger output:^no such line$ never fired")
        .containsPattern("the program ended after \\d+ ms \\(exit 0\\)")
        .contains("its last line was '" + FakeBoard.VERIFIED.strip() + "'");
    assertThat(arm.ran()).isEmpty();
    assertThat(r.transfers()).isEmpty();
  }

  @Test
  void aFailedReferenceRunIsAnErrorWithItsExitAndStderrBeforeAnyOtherLeg() {
    x86.script("reference", Script.FAILS);
    MigrationResult r = run(spec(Mode.CR, Direction.X86_TO_ARM, OUTPUT_TRIGGER));

    assertThat(r.verdict()).isEqualTo(Verdict.ERROR);
    assertThat(r.message())
        .startsWith("reference run failed: the unmigrated program on x86 exited 1")
        .contains("malloc(8589934592) fails");
    assertThat(r.legs()).extracting(LegResult::role).containsExactly("reference");
    assertThat(x86.ran()).containsExactly("reference");
  }

  @Test
  void aLegThatDiesFailsWithItsExitStatusAndKeepsItsLogs() throws IOException {
    x86.script("source", Script.DIES);
    MigrationResult r = run(spec(Mode.CR, Direction.X86_TO_ARM, OUTPUT_TRIGGER));

    assertThat(r.verdict()).isNotEqualTo(Verdict.PASS);
    assertThat(r.legs())
        .filteredOn(l -> l.role().equals("source"))
        .singleElement()
        .satisfies(l -> assertThat(l.exitCode()).isEqualTo(139));
    assertThat(arm.ran()).isEmpty();
    assertThat(Files.readString(r.runDir().resolve("source.stderr")))
        .contains("Segmentation fault");
  }

  @Test
  void aLegPastItsTimeLimitIsAnErrorNotAFailure() {
    arm.script("destination", Script.HANGS);
    MigrationResult r =
        run(spec(Mode.CR, Direction.X86_TO_ARM, OUTPUT_TRIGGER).timeout(Duration.ofSeconds(2)));

    assertThat(r.verdict()).isEqualTo(Verdict.ERROR);
    assertThat(r.legs())
        .filteredOn(l -> l.role().equals("destination"))
        .singleElement()
        .satisfies(l -> assertThat(l.timedOut()).isTrue());
  }

  @Test
  void aTransferThatCorruptsIsAnErrorNamingTheFileAndKeepsTheCopy() {
    TransferHook corrupt = overwriting("heap.bin", "garbage");
    MigrationResult r = run(spec(Mode.CR, Direction.X86_TO_ARM, OUTPUT_TRIGGER).build(), corrupt);

    assertThat(r.verdict()).isEqualTo(Verdict.ERROR);
    assertThat(r.message()).contains("heap.bin");
    assertThat(arm.ran()).as("a damaged checkpoint is never resumed").isEmpty();
    assertThat(r.runDir().resolve("checkpoint-1/heap.bin")).as("kept for inspection").exists();
  }

  @Test
  void aPostCopyServerWhoseClientNeverComesIsClosedWhenTheTransferFails() {
    TransferHook corrupt = overwriting("mdata.bin", "99\n");
    MigrationResult r =
        run(spec(Mode.POSTCOPY, Direction.X86_TO_ARM, OUTPUT_TRIGGER).build(), corrupt);

    assertThat(r.verdict()).isEqualTo(Verdict.ERROR);
    assertThat(r.legs()).extracting(LegResult::role).containsExactly("reference", "source");
  }

  @Test
  void aDestinationThatCannotReachItsPageServerIsAnErrorNamingWhereItDialled() {
    arm.dialsHostAt("127.0.0.3");
    MigrationResult r = run(spec(Mode.POSTCOPY, Direction.X86_TO_ARM, OUTPUT_TRIGGER));
    assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.ERROR);
    assertThat(r.message())
        .contains("could not reach the post-copy page server of the source on x86")
        .containsPattern("at 127\\.0\\.0\\.3:\\d+");
    assertThat(r.legs())
        .extracting(LegResult::role)
        .containsExactly("reference", "source", "destination");
    assertThat(r.legs().get(1).timedOut())
        .as("the source was stopped when its client gave up, not left to its time limit")
        .isFalse();
  }

  @Test
  void anUnknownBoardIsAUsageErrorBeforeAnyLegRuns() {
    MigrationSpec s =
        spec(Mode.CR, Direction.X86_TO_ARM, OUTPUT_TRIGGER).armBoard("potato9").build();

    assertThatThrownBy(() -> run(s, TransferHook.NONE))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("potato9");
    assertThat(x86.ran()).as("not even the reference ran").isEmpty();
  }

  @Test
  void aBoardOfTheWrongIsaIsAUsageErrorBeforeAnyLegRuns() {
    MigrationSpec s =
        spec(Mode.CR, Direction.ARM_TO_X86, OUTPUT_TRIGGER).x86Board("arm").armBoard("x86").build();

    assertThatThrownBy(() -> run(s, TransferHook.NONE))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("aarch64")
        .hasMessageContaining("x86_64");
    assertThat(x86.ran()).isEmpty();
    assertThat(arm.ran()).isEmpty();
  }

  /** A transfer that replaces the content of checkpoint file {@code name} on its way. */
  private static TransferHook overwriting(String name, String content) {
    return file -> {
      if (file.getFileName().toString().equals(name)) {
        try {
          Files.writeString(file, content);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

  private static List<String> passed(MigrationResult r) {
    return r.checks().orElseThrow().flatten().stream()
        .filter(c -> c.passed())
        .map(c -> c.name())
        .toList();
  }

  private static org.hexo.ci.verify.CheckResult check(MigrationResult r, String name) {
    return r.checks().orElseThrow().flatten().stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no check " + name));
  }

  private static List<String> names(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
