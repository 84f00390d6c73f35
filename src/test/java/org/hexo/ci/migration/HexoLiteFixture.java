package org.hexo.ci.migration;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.hexo.ci.app.AppBuild;
import org.hexo.ci.app.AppBuilder;
import org.hexo.ci.config.ConfigLoader;
import org.hexo.ci.config.HexoConfig;
import org.hexo.ci.report.ReportWriter;
import org.hexo.ci.toolchain.RefResolver;
import org.hexo.ci.toolchain.ToolchainBuilder;
import org.hexo.ci.toolchain.ToolchainImage;
import org.hexo.ci.toolchain.ToolchainSpec;
import org.hexo.ci.toolchain.ToolchainSpecs;

/**
 * The programs of the migration ITs, built through the product's own path: the hexo-lite toolchain
 * image ({@code toolchain build}) and the app built in it ({@code app build}). Both are cached by
 * key, so the image is built once per machine and each app/class once; within a JVM the results are
 * memoised.
 */
final class HexoLiteFixture {
  private static final Path ROOT = Path.of("").toAbsolutePath();
  private static final Map<String, MigrationArtifacts> BUILT = new HashMap<>();
  private static ToolchainImage image;

  private HexoLiteFixture() {}

  static Path project() {
    return ROOT;
  }

  static HexoConfig config() {
    return new ConfigLoader(System.getenv(), ROOT).load(null, Map.of());
  }

  /** The four files of {@code app} class {@code cls} and the toolchain's commits. */
  static MigrationArtifacts artifacts(String app, String cls) {
    return artifacts(ROOT.resolve("apps").resolve(app), cls);
  }

  /** The four files of the app in {@code appDir} (class {@code cls}, null for none). */
  static synchronized MigrationArtifacts artifacts(Path appDir, String cls) {
    String key = appDir + "." + cls;
    if (!BUILT.containsKey(key)) {
      HexoConfig config = config();
      if (image == null) {
        ToolchainSpec spec = ToolchainSpecs.load("hexo-lite", config);
        image = ToolchainBuilder.create(spec, new RefResolver().resolve(spec), config).call();
      }
      AppBuild b = AppBuilder.create(image, appDir, cls, config).call();
      BUILT.put(key, new MigrationArtifacts(b.outputDir(), b.componentCommits()));
    }
    return BUILT.get(key);
  }

  /**
   * Runs one migration test of hexo-lite {@code app} class {@code cls} between the x86 board {@code
   * x86} and the aarch64 board {@code arm} (its roles follow from the direction), writing reports
   * to {@code reports}, and returns its result without judging it.
   */
  static MigrationResult migrate(
      BoardSource boards,
      String x86,
      String arm,
      Path reports,
      String app,
      String cls,
      Mode mode,
      Direction direction,
      String trigger,
      Duration timeout) {
    MigrationSpec spec =
        MigrationSpec.builder(ROOT.resolve("apps").resolve(app), cls)
            .mode(mode)
            .direction(direction)
            .trigger(Trigger.parse(trigger))
            .x86Board(x86)
            .armBoard(arm)
            .timeout(timeout)
            .build();
    return MigrationRunner.create(spec, artifacts(app, cls), boards)
        .reportDir(reports)
        .listener(new ReportWriter(reports))
        .call();
  }
}
