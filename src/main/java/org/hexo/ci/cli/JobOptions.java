package org.hexo.ci.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hexo.ci.app.AppLocator;
import org.hexo.ci.config.HexoConfig;
import org.hexo.ci.job.BuildCache;
import org.hexo.ci.toolchain.ComponentOverride;
import org.hexo.ci.toolchain.RefResolver;
import org.hexo.ci.toolchain.ToolchainSpecs;
import picocli.CommandLine.Option;

/**
 * Options of the commands that run migration tests ({@code migrate}, {@code matrix run}): which
 * programs (toolchain and overrides, or prebuilt ones) and which x86-64 board.
 */
public final class JobOptions {
  @Option(
      names = "--toolchain",
      paramLabel = "SPEC",
      description = "Toolchain spec: hexo-lite, hexo or a YAML file.")
  String toolchain;

  @Option(
      names = "--override",
      paramLabel = "NAME=URL@REF",
      description = "Build the toolchain with a fork's component (repeatable), as toolchain build.")
  List<String> overrides = new ArrayList<>();

  @Option(
      names = "--artifacts",
      paramLabel = "DIR",
      description =
          "Prebuilt programs (prog_*_aligned, proxy-<arch>) instead of building: DIR/<app>-<class>/"
              + " when it exists, else DIR itself.")
  Path artifacts;

  @Option(
      names = {"--x86-board", "--source-board"},
      defaultValue = "local",
      paramLabel = "NAME",
      description =
          "The x86-64 board (inventory name, default ${DEFAULT-VALUE}); --source-board is a"
              + " deprecated alias.")
  String x86Board;

  /** The toolchain option, or {@code dflt} when it was not given. */
  String toolchain(String dflt) {
    return toolchain != null ? toolchain : dflt;
  }

  /**
   * Finds apps named as directories (relative to {@code base}) or as {@code component:path} in the
   * toolchain {@code toolchainSpec} with this invocation's overrides, resolved when first needed.
   */
  AppLocator apps(HexoConfig config, String toolchainSpec, Path base) {
    return appLocator(config, toolchainSpec, overrides, base);
  }

  /** As {@link #apps}, for commands that take their overrides themselves. */
  static AppLocator appLocator(
      HexoConfig config, String toolchainSpec, List<String> overrides, Path base) {
    return new AppLocator(
        base,
        config.cacheDir(),
        () ->
            new RefResolver()
                .resolve(
                    ToolchainSpecs.load(toolchainSpec, config)
                        .withOverrides(overrides.stream().map(ComponentOverride::parse).toList())));
  }

  /** The programs of this invocation: built with {@code toolchain}, or prebuilt. */
  BuildCache builds(HexoConfig config, String toolchainSpec, PrintWriter err) {
    return BuildCache.create(
        config,
        toolchainSpec,
        overrides,
        artifacts,
        line -> {
          synchronized (err) {
            err.println(line);
            err.flush();
          }
        });
  }
}
