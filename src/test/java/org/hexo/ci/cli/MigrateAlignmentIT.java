package org.hexo.ci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.hexo.ci.Infra;
import org.hexo.ci.ShippedCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An app whose migrated global differs in size between the ISAs (hexo-lite's {@code misaligned}
 * test program in the template-Makefile layout): {@code make check} reports it, so {@code migrate}
 * must not run a migration as if all were fine, and fails (exit 1) quoting the check's output.
 * Through the shipped jar.
 */
class MigrateAlignmentIT {
  private static final Path ROOT = Path.of("").toAbsolutePath();
  @TempDir Path tmp;

  @Test
  void aMisalignedAppFailsTheTestWithTheCheckOutput() throws Exception {
    Infra.require(
        new ProcessBuilder("docker", "version").start().waitFor() == 0, "a running Docker daemon");
    Path app = Files.createDirectories(tmp.resolve("misaligned"));
    Files.copy(
        ROOT.resolve("hexo-lite/tests/progs/misaligned/misaligned.c"), app.resolve("misaligned.c"));
    Files.writeString(app.resolve("npbparams-S.h"), "/* no parameters */\n");
    ShippedCli.Run run =
        ShippedCli.run(
            tmp.resolve("cli"),
            Map.of(),
            Duration.ofMinutes(15),
            "migrate",
            "--app",
            app.toString(),
            "--class",
            "S",
            "--trigger",
            "timer:1",
            "--report",
            tmp.resolve("report").toString());

    assertThat(run.exit()).as(run.describe()).isEqualTo(1);
    assertThat(run.stderr())
        .contains("make check reports misalignment of misaligned class S")
        .contains("isa_table")
        .contains("check.log");
    assertThat(tmp.resolve("report")).as("no migration ran").doesNotExist();
  }
}
