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
 * The other apps and trigger kinds on the real boards of the default inventory: {@code local}
 * (x86-64) and {@code qemu-user} (the arm64 container), one container for every test. IS on every
 * board kind, mode and direction is {@code cli.MigrationGridIT}'s.
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
  void cgCheckpointRestartBothDirections() throws Exception {
    run("cg", "S", Mode.CR, Direction.X86_TO_ARM, "output:^\\s*5\\s");
    run("cg", "S", Mode.CR, Direction.ARM_TO_X86, "output:^\\s*9\\s");
  }

  @Test
  void epCheckpointRestartBothDirectionsOnTimeTriggers() throws Exception {
    run("ep", "S", Mode.CR, Direction.ARM_TO_X86, "timer:2");
    run("ep", "W", Mode.CR, Direction.X86_TO_ARM, "signal:1");
  }
}
