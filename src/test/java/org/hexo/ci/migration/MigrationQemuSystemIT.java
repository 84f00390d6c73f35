package org.hexo.ci.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hexo.ci.Infra;
import org.hexo.ci.board.BoardInventory;
import org.hexo.ci.board.BoardPool;
import org.hexo.ci.board.BoardSpec;
import org.hexo.ci.board.qemu.QemuImage;
import org.hexo.ci.board.qemu.QemuImageBuilder;
import org.hexo.ci.config.ConfigLoader;
import org.hexo.ci.config.HexoConfig;
import org.hexo.ci.verify.Verdict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Migration tests between {@code local} (x86-64) and the virtual aarch64 board ({@code
 * qemu-system}): checkpoint/restart both ways and post-copy, whose page server on the host the
 * guest reaches as 10.0.2.2. One virtual board serves every test.
 */
class MigrationQemuSystemIT {
  private static final Path REPORTS = Path.of("target/it-reports/qemu-system").toAbsolutePath();
  private static BoardPool pool;

  @BeforeAll
  static void open() {
    Infra.require(
        Files.isExecutable(Path.of("/usr/bin/qemu-system-aarch64")),
        "qemu-system-aarch64 (apt-get install qemu-system-arm)");
    Infra.require(
        "root".equals(System.getProperty("user.name")), "root (the image build needs it)");
    HexoConfig config =
        new ConfigLoader(System.getenv(), HexoLiteFixture.project()).load(null, Map.of());
    QemuImage image =
        QemuImageBuilder.forProject(HexoLiteFixture.project())
            .setProgressListener(line -> System.out.println("[qemu-images] " + line))
            .call();
    BoardSpec local =
        BoardInventory.defaults().boards().stream()
            .filter(b -> b.kind().equals("local"))
            .findFirst()
            .orElseThrow();
    BoardSpec vboard =
        new BoardSpec(
            "vboard",
            "qemu-system",
            null,
            0,
            null,
            null,
            null,
            null,
            "aarch64",
            Set.of(),
            Map.of("image", image.dir().toString(), "boot-timeout", "600"));
    pool = new BoardPool(new BoardInventory(Optional.empty(), List.of(local, vboard)), config);
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
            "vboard",
            REPORTS,
            app,
            cls,
            mode,
            d,
            trigger,
            Duration.ofSeconds(300));
    for (LegResult leg : r.legs()) {
      System.out.printf(
          "%s %s %s: %s leg on %s (%s) took %d ms%n",
          app, cls, d, leg.role(), leg.board(), leg.arch(), leg.elapsed().toMillis());
    }
    assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.PASS);
    return r;
  }

  @Test
  void isCheckpointRestartX86ToVirtualBoardAfterIteration5() throws Exception {
    MigrationResult r = run("is", "S", Mode.CR, Direction.X86_TO_ARM, "output:^\\s*5$");
    assertThat(r.legs().get(2).boardKind()).isEqualTo("qemu-system");
    assertThat(r.legs().get(2).stdout()).startsWith("        6\n");
  }

  @Test
  void isCheckpointRestartVirtualBoardToX86() throws Exception {
    MigrationResult r = run("is", "S", Mode.CR, Direction.ARM_TO_X86, "output:^\\s*3$");
    assertThat(r.legs().get(1).boardKind()).isEqualTo("qemu-system");
  }

  @Test
  void isPostCopyX86ToVirtualBoardThroughTheHostAddressSeenFromTheGuest() throws Exception {
    MigrationResult r = run("is", "S", Mode.POSTCOPY, Direction.X86_TO_ARM, "output:^\\s*4$");
    assertThat(r.transfers().get(0).files())
        .extracting(CheckpointFile::name)
        .as("post-copy moves only the small files; the rest is paged in from 10.0.2.2")
        .contains("mdata.bin")
        .doesNotContain("heap.bin", "bss.bin", "data.bin");
    assertThat(r.legs().get(1).stdout()).contains("Closing Server");
  }
}
