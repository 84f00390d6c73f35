package org.hexo.ci.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The resolved configuration of one hexo-ci invocation: defaults, then the config file, then {@code
 * HEXO_*} environment variables, then command-line flags. Built once at the edge by {@link
 * ConfigLoader} and passed down; nothing below this package reads the environment.
 *
 * @param projectRoot the hexo-ci checkout (holds {@code hexo-lite/}, {@code apps/}, {@code
 *     docker/}, {@code qemu-images/})
 * @param cacheDir where toolchain mirrors, base images' recipes, virtual-board images and build
 *     logs are kept between runs
 * @param reportDir where reports and run directories of this invocation go
 * @param boardsFile the board inventory, when one is configured
 * @param ci true under CI ({@code CI=true}): missing infrastructure is an error, never a skip
 * @param threads parallelism for builds ({@code make -j}, installer {@code --threads})
 * @param legTimeout default time limit of one migration leg
 * @param lockDir where the boards' host locks and health records live, shared by every hexo-ci
 *     process of this host (default {@code <cacheDir>/locks})
 * @param toolchainRegistry the OCI registry ({@code host:port[/path]}) toolchain images are pulled
 *     from before building and pushed to after, when one is configured
 */
public record HexoConfig(
    Path projectRoot,
    Path cacheDir,
    Path reportDir,
    Optional<Path> boardsFile,
    boolean ci,
    int threads,
    Duration legTimeout,
    Path lockDir,
    Optional<String> toolchainRegistry) {

  public HexoConfig {
    Objects.requireNonNull(projectRoot, "projectRoot");
    Objects.requireNonNull(cacheDir, "cacheDir");
    Objects.requireNonNull(reportDir, "reportDir");
    Objects.requireNonNull(boardsFile, "boardsFile");
    Objects.requireNonNull(legTimeout, "legTimeout");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    projectRoot = projectRoot.toAbsolutePath().normalize();
    cacheDir = cacheDir.toAbsolutePath().normalize();
    reportDir = reportDir.toAbsolutePath().normalize();
    lockDir = lockDir == null ? cacheDir.resolve("locks") : lockDir.toAbsolutePath().normalize();
    toolchainRegistry = toolchainRegistry == null ? Optional.empty() : toolchainRegistry;
  }

  /** The configuration with the default lock directory and no toolchain registry. */
  public HexoConfig(
      Path projectRoot,
      Path cacheDir,
      Path reportDir,
      Optional<Path> boardsFile,
      boolean ci,
      int threads,
      Duration legTimeout) {
    this(
        projectRoot,
        cacheDir,
        reportDir,
        boardsFile,
        ci,
        threads,
        legTimeout,
        null,
        Optional.empty());
  }

  public HexoConfig withReportDir(Path dir) {
    return new HexoConfig(
        projectRoot,
        cacheDir,
        dir,
        boardsFile,
        ci,
        threads,
        legTimeout,
        lockDir,
        toolchainRegistry);
  }

  public HexoConfig withBoardsFile(Path file) {
    return new HexoConfig(
        projectRoot,
        cacheDir,
        reportDir,
        Optional.ofNullable(file),
        ci,
        threads,
        legTimeout,
        lockDir,
        toolchainRegistry);
  }
}
