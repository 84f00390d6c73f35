package org.hexo.ci.migration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Builds hexo-lite and the apps once per test JVM with the installer and the template Makefile,
 * straight on the host (no Docker), for the fast runner tests. The CLI tests go through {@code
 * toolchain build} and {@code app build} instead.
 */
final class HexoLiteFixture {
  private static final Path ROOT = Path.of("").toAbsolutePath();
  private static final Path WORK = ROOT.resolve("target/migration-fixture");
  private static final Map<String, MigrationArtifacts> BUILT = new HashMap<>();

  private HexoLiteFixture() {}

  static Path project() {
    return ROOT;
  }

  /** The four files of {@code app} class {@code cls}, built once. */
  static synchronized MigrationArtifacts artifacts(String app, String cls) throws Exception {
    String key = app + "." + cls;
    if (BUILT.containsKey(key)) {
      return BUILT.get(key);
    }
    Path tc = toolchain();
    Path src = WORK.resolve("src-" + key);
    Files.createDirectories(src);
    try (var files = Files.list(ROOT.resolve("apps").resolve(app))) {
      for (Path f : files.toList()) {
        String n = f.getFileName().toString();
        if (n.endsWith(".c") || n.startsWith("npbparams-")) {
          Files.copy(f, src.resolve(n), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    Files.deleteIfExists(src.resolve("npbparams.h"));
    Files.createSymbolicLink(src.resolve("npbparams.h"), Path.of("npbparams-" + cls + ".h"));
    run(
        src,
        List.of(
            "make",
            "-s",
            "-f",
            ROOT.resolve("hexo-lite/util/hermit/Makefile").toString(),
            "POPHERMIT=" + tc,
            "all"));
    Path out = WORK.resolve("art-" + key);
    Files.createDirectories(out);
    for (String p : List.of(MigrationArtifacts.PROG_X86, MigrationArtifacts.PROG_ARM)) {
      Files.copy(src.resolve(p), out.resolve(p), StandardCopyOption.REPLACE_EXISTING);
    }
    Files.copy(
        tc.resolve("x86_64-host/bin/proxy"),
        out.resolve("proxy-x86_64"),
        StandardCopyOption.REPLACE_EXISTING);
    Files.copy(
        tc.resolve("aarch64-hermit/bin/proxy"),
        out.resolve("proxy-aarch64"),
        StandardCopyOption.REPLACE_EXISTING);
    MigrationArtifacts a = new MigrationArtifacts(out, Map.of("hermit", "fixture"));
    BUILT.put(key, a);
    return a;
  }

  private static Path toolchain() throws Exception {
    Path tc = WORK.resolve("toolchain");
    if (Files.isExecutable(tc.resolve("x86_64-host/bin/proxy"))) {
      return tc;
    }
    Path repo = WORK.resolve("hermit-repo");
    if (!Files.isDirectory(repo.resolve(".git"))) {
      Files.createDirectories(repo);
      run(
          ROOT,
          List.of("cp", "-r", ROOT.resolve("hexo-lite/components/hermit") + "/.", repo.toString()));
      run(repo, List.of("git", "init", "-q", "-b", "hermit-popcorn-master"));
      run(repo, List.of("git", "add", "-A"));
      run(
          repo,
          List.of(
              "git", "-c", "user.email=ci@hexo", "-c", "user.name=ci", "commit", "-qm", "fixture"));
    }
    ProcessBuilder pb =
        new ProcessBuilder(
                "python3",
                "install_compiler.py",
                "--install-path",
                tc.toString(),
                "--skip-prereq-check",
                "--threads",
                "2")
            .directory(ROOT.resolve("hexo-lite").toFile());
    pb.environment().put("GIT_CONFIG_COUNT", "1");
    pb.environment().put("GIT_CONFIG_KEY_0", "url." + repo + ".insteadOf");
    pb.environment().put("GIT_CONFIG_VALUE_0", "https://git.hexo-lite.invalid/hermit.git");
    exec(pb);
    return tc;
  }

  private static void run(Path dir, List<String> argv) throws IOException, InterruptedException {
    exec(new ProcessBuilder(argv).directory(dir.toFile()));
  }

  private static void exec(ProcessBuilder pb) throws IOException, InterruptedException {
    Process p = pb.redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IllegalStateException(pb.command() + " failed:\n" + out);
    }
  }
}
