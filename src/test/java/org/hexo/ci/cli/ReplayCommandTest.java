package org.hexo.ci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code hexo-ci replay} refuses run directories it cannot replay, with exit 2 and the reason. */
class ReplayCommandTest {
  @TempDir Path dir;
  private final StringWriter err = new StringWriter();

  private int replay(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setErr(new PrintWriter(err, true));
    cl.setOut(new PrintWriter(new StringWriter(), true));
    String[] all = new String[args.length + 1];
    all[0] = "replay";
    System.arraycopy(args, 0, all, 1, args.length);
    return cl.execute(all);
  }

  private Path run(String verdict, String mode) throws Exception {
    Path run = Files.createDirectories(dir.resolve("is.S." + mode + "." + verdict));
    Path app = Path.of("apps/is").toAbsolutePath();
    Files.writeString(
        run.resolve("result.json"),
        ("{\"verdict\":\"@V@\",\"spec\":{\"appDir\":\"@A@\",\"class\":\"S\",\"mode\":\"@M@\","
                + "\"direction\":\"x86-to-arm\",\"trigger\":\"output:5\",\"sourceBoard\":\"local\","
                + "\"destinationBoard\":\"qemu-user\",\"timeoutSeconds\":60,\"memory\":\"1G\","
                + "\"verificationRegex\":\"x\",\"volatileLines\":[]},\"legs\":[],\"transfers\":[]}")
            .replace("@V@", verdict)
            .replace("@A@", app.toString())
            .replace("@M@", mode));
    return run;
  }

  @Test
  void aDirectoryWithoutResultJsonIsExit2() {
    assertThat(replay(dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("holds no result.json").contains(dir.toString());
  }

  @Test
  void aPassedRunIsExit2SayingNothingWasKept() throws Exception {
    assertThat(replay(run("PASS", "cr").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("passed, so its checkpoint was not kept");
  }

  @Test
  void aPostCopyRunIsExit2() throws Exception {
    assertThat(replay(run("FAIL", "postcopy").toString())).as(err.toString()).isEqualTo(2);
    assertThat(err.toString()).contains("is post-copy");
  }

  @Test
  void aRunWithoutItsCheckpointCopyIsExit2NamingIt() throws Exception {
    Path run = run("FAIL", "cr");
    assertThat(replay(run.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(run.resolve("checkpoint-1").toString()).contains("missing");
  }
}
