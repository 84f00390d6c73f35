package org.hexo.ci.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hexo.ci.InfrastructureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plans of a run's legs, before anything runs. */
class LegPlannerTest {
  @TempDir Path tmp;
  private FakeBoard x86;
  private FakeBoard arm;
  private MigrationArtifacts artifacts;
  private final List<RunEvent> events = new ArrayList<>();

  @BeforeEach
  void createBoards() throws IOException {
    FakeBoard.Pair boards = FakeBoard.Pair.under(tmp);
    x86 = boards.x86();
    arm = boards.arm();
    artifacts = boards.programs();
  }

  private LegPlanner planner(Mode mode, Direction direction) {
    MigrationSpec spec =
        MigrationSpec.builder(Path.of("apps/is"), "S")
            .mode(mode)
            .direction(direction)
            .trigger(Trigger.parse("output:^\\s*5$"))
            .x86Board("x86")
            .armBoard("arm")
            .timeout(Duration.ofSeconds(10))
            .build();
    BoardSource boards = name -> name.equals("x86") ? x86 : arm;
    RunDirectory dir = RunDirectory.create(tmp.resolve("reports"), spec.testName());
    return new LegPlanner(spec, artifacts, boards, dir, new Recorder(dir, events::add));
  }

  @Test
  void aPostCopyRoundTripRoutesEachHopAndTheRelayPullsAndServesOnOnePort() {
    List<LegPlan> legs = planner(Mode.POSTCOPY, Direction.ROUND_TRIP).legs();

    assertThat(legs).extracting(LegPlan::role).containsExactly("source", "relay", "destination");
    assertThat(legs).extracting(l -> l.board().name()).containsExactly("x86", "arm", "x86");
    assertThat(legs).extracting(LegPlan::resume).containsExactly(false, true, true);
    assertThat(legs.get(0).trigger()).hasToString("output:^\\s*5$");
    assertThat(legs.get(1).trigger()).as("the return hop's own trigger").hasToString("output:\\S");
    assertThat(legs.get(2).trigger()).isNull();
    assertThat(legs).extracting(LegPlan::pullFrom).containsExactly("0", "127.0.0.1", "127.0.0.1");
    assertThat(legs)
        .extracting(LegPlan::port)
        .as("one free port for the run")
        .containsOnly(legs.get(0).port())
        .doesNotContain(LegPlan.UNUSED_PORT);
    for (LegPlan l : legs) {
      assertThat(Path.of(l.workDir()).resolve("proxy")).as("filled before anything runs").exists();
      assertThat(Path.of(l.workDir()).resolve("prog_aarch64_aligned")).exists();
    }
    assertThat(x86.ran()).isEmpty();
    assertThat(arm.ran()).isEmpty();
  }

  @Test
  void checkpointRestartOpensNoPageServer() {
    assertThat(planner(Mode.CR, Direction.X86_TO_ARM).legs())
        .allSatisfy(l -> assertThat(l.port()).isEqualTo(LegPlan.UNUSED_PORT))
        .extracting(LegPlan::pullFrom)
        .containsOnly("0");
  }

  @Test
  void aForwardThatMovesTheSourcesPortCannotServeAPostCopyRoundTrip() {
    // the relay would pull from the forwarded port but has to serve on the source's own
    x86.offHost(1);
    LegPlanner p = planner(Mode.POSTCOPY, Direction.ROUND_TRIP);

    assertThatThrownBy(p::legs)
        .isInstanceOf(InfrastructureException.class)
        .hasMessageContaining("relay")
        .hasMessageContaining("one port per leg");
  }

  @Test
  void aServerOffTheHostIsDialledWhereTheBoardForwardsIt() {
    arm.offHost(7);
    List<LegPlan> legs = planner(Mode.POSTCOPY, Direction.ARM_TO_X86).legs();

    assertThat(legs.get(0).bindAddress()).as("the board's own answer").isEqualTo("0.0.0.0");
    assertThat(legs.get(1).port()).isEqualTo(legs.get(0).port() + 7);
  }
}
