package org.hexo.ci.toolchain;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A toolchain image ready to use, as returned by {@link ToolchainBuilder#call()}.
 *
 * @param tag {@code hexo-toolchain:<key>}
 * @param imageId the Docker image id
 * @param key the cache key ({@link ToolchainManifest#cacheKey})
 * @param manifest what it was built from
 * @param cacheHit true when the image existed and no Docker build ran at all
 * @param stages per-stage outcomes (empty on a cache hit)
 * @param directory {@code <cache>/toolchains/<key>}: manifest.json and build.log
 * @param elapsed wall time of the whole call
 */
public record ToolchainImage(
    String tag,
    String imageId,
    String key,
    ToolchainManifest manifest,
    boolean cacheHit,
    List<StageOutcome> stages,
    Path directory,
    Duration elapsed) {

  /** Where the toolchain is installed inside the image ({@code POPHERMIT}). */
  public static final String PREFIX = "/opt/hermit-popcorn";

  /** The installer checkout inside the image (holds {@code util/hermit/Makefile}). */
  public static final String INSTALLER_DIR = "/opt/hexo-src/installer";

  public ToolchainImage {
    stages = List.copyOf(stages);
  }

  public Path logFile() {
    return directory.resolve("build.log");
  }

  public Path manifestFile() {
    return directory.resolve("manifest.json");
  }

  /** Number of stages a Docker build ran for. */
  public long builtStages() {
    return stages.stream().filter(StageOutcome::built).count();
  }
}
