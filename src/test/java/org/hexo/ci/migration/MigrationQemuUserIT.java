package org.hexo.ci.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.hexo.ci.Infra;
import org.hexo.ci.board.BoardInventory;
import org.hexo.ci.board.BoardPool;
import org.hexo.ci.config.ConfigLoader;
import org.hexo.ci.config.HexoConfig;
import org.hexo.ci.verify.Verdict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Migration tests on the real boards of the default inventory: {@code local} (x86-64) and {@code
 * qemu-user} (the arm64 container). One container serves every test.
 */
class MigrationQemuUserIT {
  private static BoardPool pool;
  private static final Path REPORTS = Path.of("target/it-reports/qemu-user").toAbsolutePath();

  @BeforeAll
  static void open() {
    Infra.require(
        java.nio.file.Files.exists(Path.of("/var/run/docker.sock")), "Docker (dockerd socket)");
    HexoConfig config =
        new ConfigLoader(System.getenv(), HexoLiteFixture.project()).load(null, java.util.Map.of());
    pool = new BoardPool(BoardInventory.defaults(), config);
  }

  @AfterAll
  static void close() {
    if (pool != null) {
      pool.close();
    }
  }

  private static MigrationResult run(String app, String cls, Mode mode, Direction d, String trigger)
      throws Exception {
    MigrationResult r =
        HexoLiteFixture.migrate(
            pool::board,
            "local",
            "qemu-user",
            REPORTS,
            app,
            cls,
            mode,
            d,
            trigger,
            Duration.ofSeconds(180));
    assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.PASS);
    assertThat(r.phaseMillis("downtime")).as("downtime measured").isPresent();
    return r;
  }

  @Test
  void isCheckpointRestartX86ToArmAfterIteration5() throws Exception {
    MigrationResult r = run("is", "S", Mode.CR, Direction.X86_TO_ARM, "output:^\\s*5$");
    assertThat(r.legs().get(2).boardKind()).isEqualTo("qemu-user");
    assertThat(r.legs().get(2).stdout()).startsWith("        6\n");
  }

  @Test
  void isCheckpointRestartArmToX86() throws Exception {
    run("is", "S", Mode.CR, Direction.ARM_TO_X86, "output:^\\s*3$");
  }

  @Test
  void cgCheckpointRestartBothDirections() throws Exception {
    run("cg", "S", Mode.CR, Direction.X86_TO_ARM, "output:^\\s*5\\s");
    run("cg", "S", Mode.CR, Direction.ARM_TO_X86, "output:^\\s*9\\s");
  }

  @Test
  void epCheckpointRestartBothDirectionsOnTimeTriggers() throws Exception {
    run("ep", "S", Mode.CR, Direction.ARM_TO_X86, "timer:2");
    run("ep", "W", Mode.CR, Direction.X86_TO_ARM, "signal:1");
  }

  @Test
  void isPostCopyX86ToArm() throws Exception {
    MigrationResult r = run("is", "S", Mode.POSTCOPY, Direction.X86_TO_ARM, "output:^\\s*4$");
    assertThat(r.transfers().get(0).files())
        .extracting(CheckpointFile::name)
        .as("post-copy moves only the small files")
        .contains("mdata.bin")
        .doesNotContain("heap.bin", "bss.bin", "data.bin");
    assertThat(r.legs().get(1).stdout()).contains("Closing Server");
  }

  @Test
  void isPostCopyArmToX86WithThePageServerOnTheBoard() throws Exception {
    MigrationResult r = run("is", "S", Mode.POSTCOPY, Direction.ARM_TO_X86, "output:^\\s*3$");
    assertThat(r.transfers().get(0).files())
        .extracting(CheckpointFile::name)
        .contains("mdata.bin")
        .doesNotContain("heap.bin", "bss.bin", "data.bin");
    assertThat(r.legs().get(1).boardKind()).isEqualTo("qemu-user");
    assertThat(r.legs().get(1).stdout())
        .as("the arm source served every page to the x86 destination over 127.0.0.1")
        .contains("Full remote memory served");
  }

  @Test
  void isPostCopyRoundTripWhereTheRelayServesPagesInTurn() throws Exception {
    MigrationResult r = run("is", "S", Mode.POSTCOPY, Direction.ROUND_TRIP, "output:^\\s*3$");
    assertThat(r.legs())
        .extracting(LegResult::role)
        .containsExactly("reference", "source", "relay", "destination");
    assertThat(r.legs().get(1).stdout()).contains("Full remote memory served");
    assertThat(r.legs().get(2).stdout())
        .as("the relay pulled its pages, ran, and served them on")
        .contains("Full remote memory served");
    assertThat(r.transfers()).hasSize(2);
  }

  @Test
  void isRoundTrip() throws Exception {
    MigrationResult r = run("is", "S", Mode.CR, Direction.ROUND_TRIP, "output:^\\s*3$");
    assertThat(r.legs())
        .extracting(LegResult::role)
        .containsExactly("reference", "source", "relay", "destination");
    assertThat(r.legs().get(2).arch()).isEqualTo("aarch64");
    assertThat(r.legs().get(3).arch()).isEqualTo("x86_64");
    assertThat(r.transfers()).hasSize(2);
  }
}
