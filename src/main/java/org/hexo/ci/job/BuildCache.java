package org.hexo.ci.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.hexo.ci.HexoCiException;
import org.hexo.ci.UsageException;
import org.hexo.ci.app.AppBuild;
import org.hexo.ci.app.AppBuildException;
import org.hexo.ci.app.AppBuilder;
import org.hexo.ci.app.AppClasses;
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
 * The programs of migration tests, built the way {@code toolchain build} and {@code app build} do
 * (load the toolchain spec, apply the overrides of a PR check, resolve, build or reuse its image,
 * cross-compile each app in it, require {@code make check} to pass), or taken from a directory of
 * prebuilt programs. One instance serves one invocation, {@code migrate} and {@code matrix run}
 * alike: the toolchain is built at most once, each app and class at most once, and a failure is
 * kept as an {@link Outcome} and reported by every test that needs it, so a broken fork is built
 * once. Thread-safe (builds are serialised: they share the cache directory).
 */
public final class BuildCache {

  /** What building one app and class came to. */
  public sealed interface Outcome permits Built, Failed {}

  /** The programs built. */
  public record Built(MigrationArtifacts artifacts) implements Outcome {}

  /**
   * The toolchain or the app did not build, or {@code make check} reports misalignment: a test
   * failure of the code under test, never infrastructure.
   */
  public record Failed(HexoCiException error) implements Outcome {}

  private record Key(Path appDir, String appClass) {}

  private final HexoConfig config;
  private final String toolchain;
  private final List<ComponentOverride> overrides;
  private final Path prebuilt;
  private final Consumer<String> progress;
  private final Map<Key, Outcome> done = new HashMap<>();
  private ToolchainImage image;
  private ComponentBuildException imageFailure;

  private BuildCache(
      HexoConfig config,
      String toolchain,
      List<ComponentOverride> overrides,
      Path prebuilt,
      Consumer<String> progress) {
    this.config = config;
    this.toolchain = toolchain;
    this.overrides = overrides;
    this.prebuilt = prebuilt;
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /**
   * Builds with toolchain {@code toolchain} (spec name or file) and {@code overrides} ({@code
   * component=url@ref} as given on the command line), or, when {@code artifacts} is not null, takes
   * prebuilt programs from there (see {@link #programsIn}).
   *
   * @throws UsageException for an override that does not parse, or overrides with prebuilt programs
   */
  public static BuildCache create(
      HexoConfig config,
      String toolchain,
      List<String> overrides,
      Path artifacts,
      Consumer<String> progress) {
    if (artifacts != null && !overrides.isEmpty()) {
      throw new UsageException(
          "--override and --artifacts exclude each other: prebuilt programs are not rebuilt",
          "drop --artifacts to build the toolchain with the override");
    }
    List<ComponentOverride> parsed = overrides.stream().map(ComponentOverride::parse).toList();
    return new BuildCache(config, toolchain, parsed, artifacts, progress);
  }

  /** Whether the programs come from a prebuilt directory (nothing is built). */
  public boolean prebuilt() {
    return prebuilt != null;
  }

  /**
   * The prebuilt programs of {@code app} at {@code appClass} in {@code dir}, the one {@code
   * --artifacts} layout: {@code dir/<app>-<class>/} ({@code dir/<app>/} for an app without classes)
   * when it exists (a matrix's many apps), else {@code dir} itself (one test's programs).
   */
  public static MigrationArtifacts programsIn(Path dir, String app, String appClass) {
    Path per = dir.resolve(AppClasses.slug(app, appClass));
    return new MigrationArtifacts(Files.isDirectory(per) ? per : dir, Map.of());
  }

  /** The programs of {@code appDir} at {@code appClass}, or the failure that prevents them. */
  public synchronized Outcome outcome(Path appDir, String appClass) {
    Key key =
        new Key(
            appDir.toAbsolutePath().normalize(),
            appClass == null || appClass.isEmpty() ? null : appClass);
    Outcome o = done.get(key);
    if (o == null) {
      try {
        o =
            new Built(
                prebuilt != null
                    ? programsIn(prebuilt, key.appDir().getFileName().toString(), key.appClass())
                    : build(key.appDir(), key.appClass()));
      } catch (AppBuildException | ComponentBuildException e) {
        o = new Failed(e);
      }
      done.put(key, o);
    }
    return o;
  }

  /**
   * The programs of {@code appDir} at {@code appClass}.
   *
   * @throws ComponentBuildException when a toolchain component fails to compile
   * @throws AppBuildException when the app does not compile or is misaligned
   */
  public MigrationArtifacts artifacts(Path appDir, String appClass) {
    Outcome o = outcome(appDir, appClass);
    if (o instanceof Failed f) {
      throw f.error();
    }
    return ((Built) o).artifacts();
  }

  private MigrationArtifacts build(Path appDir, String appClass) {
    AppBuild b =
        AppBuilder.create(toolchainImage(), appDir, appClass, config)
            .setListener(progress::accept)
            .call();
    if (!b.aligned()) {
      throw new AppBuildException(
          "make check reports misalignment of "
              + b.app()
              + (b.appClass() == null ? "" : " class " + b.appClass())
              + ": a migration test would not be meaningful\n"
              + b.checkOutput().strip(),
          "fix the layout make check names (it is written to "
              + b.outputDir().resolve("check.log")
              + "); migrated state must sit at the same addresses on both ISAs");
    }
    return new MigrationArtifacts(b.outputDir(), b.componentCommits());
  }

  private ToolchainImage toolchainImage() {
    if (image == null && imageFailure == null) {
      try {
        ToolchainSpec spec = ToolchainSpecs.load(toolchain, config).withOverrides(overrides);
        progress.accept(
            "[build] resolving toolchain "
                + toolchain
                + (overrides.isEmpty() ? "" : " with overrides " + describe(overrides)));
        ToolchainManifest m = new RefResolver().resolve(spec);
        image =
            ToolchainBuilder.create(spec, m, config)
                .setListener(
                    l -> {
                      if (l.startsWith("[")) {
                        progress.accept(l);
                      }
                    })
                .call();
      } catch (ComponentBuildException e) {
        imageFailure = e;
      }
    }
    if (imageFailure != null) {
      throw imageFailure;
    }
    return image;
  }

  private static String describe(List<ComponentOverride> overrides) {
    return String.join(
        ", ",
        overrides.stream()
            .map(o -> o.component() + "=" + o.url().orElse("") + "@" + o.ref())
            .toList());
  }
}
