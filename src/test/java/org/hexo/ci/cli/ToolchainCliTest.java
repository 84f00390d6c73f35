package org.hexo.ci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Usage errors of toolchain, app and doctor exit 2 and name the offending value. */
class ToolchainCliTest {
  @TempDir Path tmp;

  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setErr(new PrintWriter(err, true));
    cl.setOut(new PrintWriter(new StringWriter(), true));
    return cl.execute(args);
  }

  @Test
  void unknownSpecIsAUsageError() {
    assertThat(run("toolchain", "build", "--spec", "no-such-spec", "--cache-dir", tmp.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("no-such-spec").contains("hexo-lite");
  }

  @Test
  void overrideOfUnknownComponentIsAUsageErrorListingValidOnes() {
    assertThat(
            run(
                "toolchain",
                "resolve",
                "--spec",
                "hexo",
                "--override",
                "gcc=https://h/gcc.git@main",
                "--cache-dir",
                tmp.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("'gcc'").contains("newlib");
  }

  @Test
  void malformedOverrideIsAUsageError() {
    assertThat(
            run(
                "toolchain",
                "resolve",
                "--spec",
                "hexo",
                "--override",
                "newlib",
                "--cache-dir",
                tmp.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("'newlib'");
  }

  @Test
  void appBuildNeedsItsOptions() {
    assertThat(run("app", "build", "--app", "apps/is", "--toolchain", "hexo-lite")).isEqualTo(2);
    assertThat(err.toString()).contains("--class");
  }

  @Test
  void badSpecFileIsAUsageError() throws Exception {
    Path f = tmp.resolve("bad.yaml");
    java.nio.file.Files.writeString(f, "name: x\nflavour: y\n");
    assertThat(run("toolchain", "resolve", "--spec", f.toString(), "--cache-dir", tmp.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("flavour").contains("bad.yaml");
  }
}
