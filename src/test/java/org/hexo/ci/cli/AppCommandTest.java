package org.hexo.ci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** app build: a class is optional, checked against the app before the toolchain is built. */
class AppCommandTest {
  @TempDir Path dir;
  private final StringWriter err = new StringWriter();

  private int build(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setErr(new PrintWriter(err, true));
    cl.setOut(new PrintWriter(new StringWriter(), true));
    String[] all = new String[args.length + 6];
    all[0] = "app";
    all[1] = "build";
    all[2] = "--toolchain";
    all[3] = "hexo-lite";
    all[4] = "--cache-dir";
    all[5] = dir.resolve("cache").toString();
    System.arraycopy(args, 0, all, 6, args.length);
    return cl.execute(all);
  }

  @Test
  void aClassForAnAppWithoutClassesIsExitTwoNamingIt() throws Exception {
    Path app = Files.createDirectories(dir.resolve("hello"));
    Files.writeString(app.resolve("hello.c"), "int main(void) { return 0; }\n");
    assertThat(build("--app", app.toString(), "--class", "S")).isEqualTo(2);
    assertThat(err.toString()).contains("app hello has no classes").contains("'S'");
  }

  @Test
  void anAppWithClassesNeedsOneAndNamesThem() {
    assertThat(build("--app", "apps/is")).isEqualTo(2);
    assertThat(err.toString()).contains("app is needs a class").contains("S, W, A, B");
  }

  @Test
  void aComponentAppTheSnapshotLacksIsExitTwoNamingIt() {
    assertThat(build("--app", "installer:apps/nope")).isEqualTo(2);
    assertThat(err.toString()).contains("'apps/nope'");
  }
}
