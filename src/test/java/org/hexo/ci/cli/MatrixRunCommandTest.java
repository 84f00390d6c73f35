package org.hexo.ci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code hexo-ci matrix run} rejects a matrix file with a typo before it builds or runs a cell. */
class MatrixRunCommandTest {
  @TempDir Path dir;

  @Test
  void aDirectionTypoExitsTwoNamingFileAndValueBeforeAnyCell() throws Exception {
    Path file = dir.resolve("typo.yaml");
    Files.writeString(
        file,
        """
        axes: {apps: [is], classes: [S], modes: [cr], directions: [x86-to-rm],
               triggers: ["timer:1"], targets: [qemu-user]}
        """);
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setErr(new PrintWriter(err, true));
    Path report = dir.resolve("reports");

    int code = cl.execute("matrix", "run", "--report", report.toString(), file.toString());

    assertThat(code).as(err.toString()).isEqualTo(ExitCode.USAGE.code());
    assertThat(err.toString()).contains(file.toString()).contains("'x86-to-rm'");
    assertThat(report).as("no cell ran, so no report was written").doesNotExist();
  }

  @Test
  void anAppAtItsSuggestedTriggerThatSuggestsNoneExitsTwoNamingIt() throws Exception {
    Path app = Files.createDirectories(dir.resolve("quiet"));
    Files.writeString(app.resolve("quiet.c"), "int main(void) { return 0; }\n");
    Path file = dir.resolve("m.yaml");
    Files.writeString(
        file,
        """
        axes: {apps: ['%s'], modes: [cr], directions: [x86-to-arm], targets: [qemu-user]}
        health-check: {app: '%s', class: '', trigger: 'timer:1'}
        """
            .formatted(app, app));
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setErr(new PrintWriter(err, true));

    int code =
        cl.execute(
            "matrix",
            "run",
            "--report",
            dir.resolve("reports").toString(),
            "--cache-dir",
            dir.resolve("cache").toString(),
            file.toString());

    assertThat(code).as(err.toString()).isEqualTo(ExitCode.USAGE.code());
    assertThat(err.toString()).contains(app.toString()).contains("suggests none");
  }
}
