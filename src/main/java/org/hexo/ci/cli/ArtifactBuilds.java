package org.hexo.ci.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hexo.ci.app.AppBuild;
import org.hexo.ci.app.AppBuildException;
import org.hexo.ci.app.AppBuilder;
import org.hexo.ci.config.HexoConfig;
import org.hexo.ci.migration.MigrationArtifacts;
import org.hexo.ci.toolchain.ComponentBuildException;
import org.hexo.ci.toolchain.ComponentOverride;
import org.hexo.ci.toolchain.RefResolver;
import org.hexo.ci.toolchain.ToolchainBuilder;
import org.hexo.ci.toolchain.ToolchainImage;
import org.hexo.ci.toolchain.ToolchainManifest;
import org.hexo.ci.toolchain.ToolchainSpec;
import org.hexo.ci.toolchain.ToolchainSpecs;

/**
 * Produces the programs of migration tests the way {@code toolchain build} and {@code app build}
 * do: load the toolchain spec, apply the overrides (a fork's component for a PR check), resolve,
 * build or reuse its image, cross-compile each app in it and require {@code make check} to pass.
 * One instance serves one invocation: the toolchain is built at most once, each app and class at
 * most once, and a failure is remembered and rethrown, so a broken fork is built once and reported
 * by every test that needs it. Thread-safe (builds are serialised: they share the cache directory).
 */
final class ArtifactBuilds {
  private final HexoConfig config;
  private final String toolchain;
  private final List<ComponentOverride> overrides;
  private final PrintWriter err;
  private final Map<String, Object> done = new HashMap<>();
  private Object image;

  /**
   * @param toolchain spec name or file
   * @param overrides {@code component=url@ref} strings as given on the command line
   * @throws org.hexo.ci.UsageException for an override that does not parse or names no component
   */
  ArtifactBuilds(HexoConfig config, String toolchain, List<String> overrides, PrintWriter err) {
    this.config = config;
    this.toolchain = toolchain;
    this.overrides = overrides.stream().map(ComponentOverride::parse).toList();
    this.err = err;
  }

  /** One migration test's programs: builds with {@code overrides}, throws on any failure. */
  static MigrationArtifacts build(
      HexoConfig config,
      String toolchain,
      List<String> overrides,
      Path appDir,
      String appClass,
      PrintWriter err) {
    return new ArtifactBuilds(config, toolchain, overrides, err).artifacts(appDir, appClass);
  }

  /**
   * The programs of {@code appDir} at {@code appClass}.
   *
   * @throws ComponentBuildException when a toolchain component fails to compile
   * @throws AppBuildException when the app does not compile or {@code make check} reports
   *     misalignment (the message carries its output)
   */
  synchronized MigrationArtifacts artifacts(Path appDir, String appClass) {
    String key = appDir.toAbsolutePath().normalize() + "@" + appClass;
    Object outcome = done.get(key);
    if (outcome == null) {
      try {
        outcome = buildApp(appDir, appClass);
      } catch (AppBuildException | ComponentBuildException e) {
        outcome = e;
      }
      done.put(key, outcome);
    }
    if (outcome instanceof RuntimeException e) {
      throw e;
    }
    return (MigrationArtifacts) outcome;
  }

  private MigrationArtifacts buildApp(Path appDir, String appClass) {
    AppBuild b =
        AppBuilder.create(toolchainImage(), appDir, appClass, config)
            .setListener(this::progress)
            .call();
    if (!b.aligned()) {
      throw new AppBuildException(
          "make check reports misalignment of "
              + b.app()
              + " class "
              + b.appClass()
              + ": a migration test would not be meaningful\n"
              + b.checkOutput().strip(),
          "fix the layout make check names (it is written to "
              + b.outputDir().resolve("check.log")
              + "); migrated state must sit at the same addresses on both ISAs");
    }
    return new MigrationArtifacts(b.outputDir(), b.componentCommits());
  }

  private ToolchainImage toolchainImage() {
    if (image == null) {
      try {
        ToolchainSpec spec = ToolchainSpecs.load(toolchain, config).withOverrides(overrides);
        progress(
            "[build] resolving toolchain "
                + toolchain
                + (overrides.isEmpty() ? "" : " with overrides " + describe(overrides)));
        ToolchainManifest m = new RefResolver().resolve(spec);
        image =
            ToolchainBuilder.create(spec, m, config)
                .setListener(
                    l -> {
                      if (l.startsWith("[")) {
                        progress(l);
                      }
                    })
                .call();
      } catch (ComponentBuildException e) {
        image = e;
      }
    }
    if (image instanceof ComponentBuildException e) {
      throw e;
    }
    return (ToolchainImage) image;
  }

  private static String describe(List<ComponentOverride> overrides) {
    return String.join(
        ", ",
        overrides.stream()
            .map(o -> o.component() + "=" + o.url().orElse("") + "@" + o.ref())
            .toList());
  }

  private void progress(String line) {
    synchronized (err) {
      err.println(line);
      err.flush();
    }
  }
}
