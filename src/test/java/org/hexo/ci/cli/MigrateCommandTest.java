package org.hexo.ci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Exit codes and messages of {@code hexo-ci migrate} for bad specs and unreachable boards. */
class MigrateCommandTest {
  @TempDir Path dir;
  private Path artifacts;
  private final StringWriter err = new StringWriter();
  private final StringWriter out = new StringWriter();

  @BeforeEach
  void fakeArtifacts() throws Exception {
    artifacts = Files.createDirectories(dir.resolve("art"));
    for (String f :
        new String[] {
          "prog_x86-64_aligned", "prog_aarch64_aligned", "proxy-x86_64", "proxy-aarch64"
        }) {
      Files.writeString(artifacts.resolve(f), "#!/bin/sh\nexit 0\n");
    }
  }

  private int migrate(String... extra) {
    CommandLine cl = Main.commandLine().setOverwrittenOptionsAllowed(true);
    cl.setErr(new PrintWriter(err, true));
    cl.setOut(new PrintWriter(out, true));
    String[] base = {
      "migrate",
      "--app",
      "apps/is",
      "--class",
      "S",
      "--trigger",
      "output:^\\s*5$",
      "--artifacts",
      artifacts.toString(),
      "--report",
      dir.resolve("reports").toString()
    };
    String[] all = new String[base.length + extra.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return cl.execute(all);
  }

  @Test
  void unknownClassIsUsageErrorNamingIt() {
    assertThat(migrate("--class", "Z")).isEqualTo(2);
    assertThat(err.toString()).contains("'Z'").contains("S, W, A, B, C");
  }

  @Test
  void unknownModeIsUsageErrorNamingIt() {
    assertThat(migrate("--mode", "live")).isEqualTo(2);
    assertThat(err.toString()).contains("'live'").contains("cr, postcopy");
  }

  @Test
  void unknownAppIsUsageErrorNamingIt() {
    assertThat(migrate("--app", "apps/nope")).isEqualTo(2);
    assertThat(err.toString()).contains("apps/nope");
  }

  @Test
  void unknownBoardIsUsageErrorNamingIt() {
    assertThat(migrate("--board", "potato9")).isEqualTo(2);
    assertThat(err.toString()).contains("potato9");
  }

  @Test
  void unreachableBoardIsInfrastructureErrorWithRemedy() throws Exception {
    Path key = Files.writeString(dir.resolve("id_ed25519"), "not a key\n");
    Path known = Files.writeString(dir.resolve("known_hosts"), "");
    Path boards =
        Files.writeString(
            dir.resolve("boards.yaml"),
            "boards:\n"
                + "  - name: gone\n"
                + "    kind: ssh\n"
                + "    address: 127.0.0.1\n"
                + "    port: 1\n"
                + "    user: hexo\n"
                + "    key: "
                + key
                + "\n    known_hosts: "
                + known
                + "\n    arch: aarch64\n"
                + "  - name: local\n"
                + "    kind: local\n");
    int code = migrate("--boards", boards.toString(), "--board", "gone");
    assertThat(code).as(err.toString() + out).isEqualTo(3);
    assertThat(out.toString()).contains("ERROR").contains("remedy:");
  }
}
