package org.hexo.ci;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The CLI as users run it: the project's {@code ./hexo-ci} launcher, which runs the shipped jar
 * ({@code target/hexo-ci.jar}, built by Maven's package phase before the integration tests) in a
 * JVM of its own. End-to-end tests go through here, so what passes is what ships: the shaded jar's
 * manifest, its merged service files, its native helper.
 */
public final class ShippedCli {
  /** What one invocation did; stdout and stderr are also kept as files beside each other. */
  public record Run(int exit, String stdout, String stderr, Duration took, Path logs) {
    /** For assertion messages. */
    public String describe() {
      return "exit "
          + exit
          + " after "
          + took.toSeconds()
          + " s\n--- stdout\n"
          + stdout
          + "\n--- stderr\n"
          + stderr;
    }
  }

  private ShippedCli() {}

  /** The checkout holding {@code ./hexo-ci}. */
  public static Path projectRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isExecutable(p.resolve("hexo-ci")) && Files.isRegularFile(p.resolve("pom.xml"))) {
        return p;
      }
    }
    throw new IllegalStateException("no ./hexo-ci launcher above the working directory");
  }

  /**
   * Starts {@code ./hexo-ci args...} in {@code logs} (created) without waiting, stdout and stderr
   * to {@code cli.stdout} and {@code cli.stderr} there; the launcher execs the JVM, so the process
   * is hexo-ci itself.
   */
  public static Process start(Path logs, Map<String, String> env, String... args)
      throws IOException {
    Files.createDirectories(logs);
    List<String> cmd = new ArrayList<>();
    cmd.add(projectRoot().resolve("hexo-ci").toString());
    cmd.addAll(List.of(args));
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .directory(logs.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .redirectOutput(logs.resolve("cli.stdout").toFile())
            .redirectError(logs.resolve("cli.stderr").toFile());
    pb.environment().putAll(env);
    return pb.start();
  }

  /**
   * Runs {@code ./hexo-ci args...} in {@code logs} (created), with {@code env} added to this
   * process's environment, and waits up to {@code limit}; a run past it is killed with its whole
   * process tree and fails the test.
   */
  public static Run run(Path logs, Map<String, String> env, Duration limit, String... args)
      throws IOException, InterruptedException {
    Instant start = Instant.now();
    Process p = start(logs, env, args);
    if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly().waitFor();
      fail(
          "hexo-ci %s did not finish within %s; stderr:%n%s",
          String.join(" ", args), limit, Files.readString(logs.resolve("cli.stderr")));
    }
    return new Run(
        p.exitValue(),
        Files.readString(logs.resolve("cli.stdout")),
        Files.readString(logs.resolve("cli.stderr")),
        Duration.between(start, Instant.now()),
        logs);
  }
}
