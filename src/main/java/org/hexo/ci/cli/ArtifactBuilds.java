package org.hexo.ci.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.UsageException;
import org.hexo.ci.config.HexoConfig;
import org.hexo.ci.migration.MigrationArtifacts;
import org.hexo.ci.migration.MigrationSpec;

/**
 * Produces the programs of a migration test. Interim: builds the hexo-lite toolchain with its
 * installer and the app with the template Makefile directly on the host, under the cache directory.
 * To be replaced by the toolchain image and {@code app build} path.
 */
final class ArtifactBuilds {
  private static final String PLACEHOLDER = "https://git.hexo-lite.invalid/hermit.git";

  private ArtifactBuilds() {}

  static MigrationArtifacts build(HexoConfig config, MigrationSpec spec, PrintWriter err) {
    if (!"hexo-lite".equals(spec.toolchain())) {
      throw new UsageException(
          "toolchain '" + spec.toolchain() + "' cannot be built on the host",
          "build it with `hexo-ci toolchain build` and pass the app's build output with --artifacts");
    }
    Path root = config.cacheDir().resolve("migration-host-build");
    Path tc = root.resolve("toolchain");
    if (!Files.isExecutable(tc.resolve("x86_64-host/bin/proxy"))) {
      progress(err, "building the hexo-lite toolchain into " + tc);
      Path repo = root.resolve("hermit-repo");
      deleteTree(repo);
      run(root, List.of("mkdir", "-p", repo.toString()), Map.of());
      run(
          root,
          List.of(
              "cp", "-r", config.projectRoot() + "/hexo-lite/components/hermit/.", repo.toString()),
          Map.of());
      run(repo, List.of("git", "init", "-q", "-b", "hermit-popcorn-master"), Map.of());
      run(repo, List.of("git", "add", "-A"), Map.of());
      run(
          repo,
          List.of(
              "git",
              "-c",
              "user.email=ci@hexo",
              "-c",
              "user.name=hexo-ci",
              "commit",
              "-qm",
              "hermit component"),
          Map.of());
      run(
          config.projectRoot().resolve("hexo-lite"),
          List.of(
              "python3",
              "install_compiler.py",
              "--install-path",
              tc.toString(),
              "--skip-prereq-check",
              "--threads",
              Integer.toString(config.threads())),
          Map.of(
              "GIT_CONFIG_COUNT",
              "1",
              "GIT_CONFIG_KEY_0",
              "url." + repo + ".insteadOf",
              "GIT_CONFIG_VALUE_0",
              PLACEHOLDER));
    }
    Path src = root.resolve("apps").resolve(spec.appName() + "." + spec.appClass());
    progress(err, "building " + spec.appName() + " class " + spec.appClass() + " in " + src);
    deleteTree(src);
    try {
      Files.createDirectories(src);
      try (Stream<Path> files = Files.list(spec.appDir())) {
        for (Path f : files.toList()) {
          String n = f.getFileName().toString();
          if (n.endsWith(".c") || n.endsWith(".h") && !n.equals("npbparams.h")) {
            Files.copy(f, src.resolve(n), StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
      Files.createSymbolicLink(
          src.resolve("npbparams.h"), Path.of("npbparams-" + spec.appClass() + ".h"));
    } catch (IOException e) {
      throw new InfrastructureException("cannot stage " + src + ": " + e, "free disk space", e);
    }
    run(
        src,
        List.of(
            "make",
            "-s",
            "-f",
            config.projectRoot().resolve("hexo-lite/util/hermit/Makefile").toString(),
            "POPHERMIT=" + tc,
            "all"),
        Map.of());
    try {
      Files.copy(
          tc.resolve("x86_64-host/bin/proxy"),
          src.resolve("proxy-x86_64"),
          StandardCopyOption.REPLACE_EXISTING);
      Files.copy(
          tc.resolve("aarch64-hermit/bin/proxy"),
          src.resolve("proxy-aarch64"),
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new InfrastructureException("cannot copy the proxies: " + e, "rebuild", e);
    }
    return new MigrationArtifacts(src, Map.of());
  }

  private static void progress(PrintWriter err, String line) {
    err.println("[build] " + line);
    err.flush();
  }

  private static void run(Path dir, List<String> argv, Map<String, String> env) {
    try {
      Files.createDirectories(dir);
      ProcessBuilder pb =
          new ProcessBuilder(argv).directory(dir.toFile()).redirectErrorStream(true);
      pb.environment().putAll(env);
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes());
      if (!p.waitFor(20, TimeUnit.MINUTES) || p.exitValue() != 0) {
        throw new InfrastructureException(
            String.join(" ", argv) + " failed in " + dir + ":\n" + out,
            "install the build prerequisites: bash scripts/setup-host.sh");
      }
    } catch (IOException e) {
      throw new InfrastructureException("cannot run " + argv + ": " + e, "", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InfrastructureException("interrupted", "", e);
    }
  }

  private static void deleteTree(Path p) {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(x);
      }
    } catch (IOException e) {
      throw new InfrastructureException("cannot clean " + p + ": " + e, "", e);
    }
  }
}
