package org.hexo.ci.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.hexo.ci.Infra;
import org.hexo.ci.board.Board;
import org.hexo.ci.board.local.LocalBoard;
import org.hexo.ci.verify.Verdict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code point:} triggers against real hexo-lite IS class S, C/R x86-64 -> aarch64 (binfmt): the
 * first, middle and last of the migration points the reference run counted, each a PASS that
 * checkpointed at exactly that point.
 */
class MigrationPointsIT {
  private static Board x86;
  private static Board arm;
  private final Path reports = Path.of("target/it-reports/points").toAbsolutePath();

  @BeforeAll
  static void open() throws Exception {
    Path root = Files.createTempDirectory("hexo-points-boards");
    x86 = new LocalBoard("local", root.resolve("x86"));
    arm = new BinfmtArmBoard("binfmt-arm", root.resolve("arm"));
  }

  @AfterAll
  static void close() {
    if (x86 != null) {
      x86.close();
      arm.close();
    }
  }

  private MigrationResult run(String trigger, Direction direction) {
    Infra.require(BinfmtArmBoard.available(), "binfmt qemu-aarch64");
    return HexoLiteFixture.migrate(
        name -> Map.of("local", x86, "binfmt-arm", arm).get(name),
        "local",
        "binfmt-arm",
        reports,
        "is",
        "S",
        Mode.CR,
        direction,
        trigger,
        Duration.ofSeconds(60));
  }

  @Test
  void firstMiddleAndLastAreResolvedFromTheReferenceRunsCount() throws Exception {
    int count = -1;
    for (String point : new String[] {"first", "middle", "last"}) {
      MigrationResult r = run("point:" + point, Direction.X86_TO_ARM);
      assertThat(r.verdict()).as(point + ": " + r.message()).isEqualTo(Verdict.PASS);
      String ref = Files.readString(r.runDir().resolve("reference.stderr"));
      count = MigrationPoints.count(ref).orElseThrow();
      int expected = Integer.parseInt(Trigger.parse("point:" + point).resolve(count).value());
      assertThat(Files.readString(r.runDir().resolve("source.stderr")))
          .as(point + " of " + count)
          .contains("[hexo-lite] checkpoint at migration point " + expected + "\n");
    }
    assertThat(count).as("IS class S passes several migration points").isGreaterThan(2);
  }

  @Test
  void aRoundTripMigratesBackAtTheFirstPointAfterTheResume() throws Exception {
    MigrationResult r = run("point:1/3", Direction.ROUND_TRIP);
    assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.PASS);
    assertThat(Files.readString(r.runDir().resolve("relay.stderr")))
        .contains("[hexo-lite] checkpoint at migration point 1\n");
  }
}
