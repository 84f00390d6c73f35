package org.hexo.ci.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.hexo.ci.Infra;
import org.hexo.ci.config.ConfigLoader;
import org.hexo.ci.config.HexoConfig;
import org.hexo.ci.toolchain.Component;
import org.hexo.ci.toolchain.ToolchainSpecs;

/**
 * A fork of hexo-lite's {@code hermit} component for tests that build toolchains from their own
 * commits and migrate with them (which needs Docker and binfmt for aarch64).
 */
final class HermitFork {
  private HermitFork() {}

  /** Clones the hermit repository of the hexo-lite spec, at its ref, into {@code dir}. */
  static Git cloneInto(Path dir) throws Exception {
    Infra.require(
        new ProcessBuilder("docker", "version").start().waitFor() == 0, "a running Docker daemon");
    Infra.require(
        Files.exists(Path.of("/proc/sys/fs/binfmt_misc/qemu-aarch64")), "binfmt for aarch64");
    HexoConfig config =
        new ConfigLoader(System.getenv(), Path.of("").toAbsolutePath()).load(null, Map.of());
    Component hermit =
        ToolchainSpecs.load("hexo-lite", config).components().stream()
            .filter(c -> c.name().equals("hermit"))
            .findFirst()
            .orElseThrow();
    return Git.cloneRepository()
        .setURI(hermit.url())
        .setBranch(hermit.ref())
        .setDirectory(dir.toFile())
        .call();
  }
}
