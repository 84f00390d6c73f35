package org.hexo.ci.cli;

import java.io.PrintWriter;
import org.hexo.ci.app.AppBuild;
import org.hexo.ci.app.AppBuilder;
import org.hexo.ci.config.HexoConfig;
import org.hexo.ci.migration.MigrationArtifacts;
import org.hexo.ci.migration.MigrationSpec;
import org.hexo.ci.toolchain.RefResolver;
import org.hexo.ci.toolchain.ToolchainBuilder;
import org.hexo.ci.toolchain.ToolchainImage;
import org.hexo.ci.toolchain.ToolchainManifest;
import org.hexo.ci.toolchain.ToolchainSpec;
import org.hexo.ci.toolchain.ToolchainSpecs;

/**
 * Produces the programs of a migration test the way {@code toolchain build} and {@code app build}
 * do: resolve the toolchain spec, build or reuse its image, cross-compile the app in it. Both steps
 * are cached, so repeated tests only pay for them once.
 */
final class ArtifactBuilds {
  private ArtifactBuilds() {}

  /**
   * @throws org.hexo.ci.toolchain.ComponentBuildException when a toolchain component fails
   * @throws org.hexo.ci.app.AppBuildException when the app does not compile
   */
  static MigrationArtifacts build(HexoConfig config, MigrationSpec spec, PrintWriter err) {
    ToolchainSpec tspec = ToolchainSpecs.load(spec.toolchain(), config);
    progress(err, "[build] resolving toolchain " + spec.toolchain());
    ToolchainManifest m = new RefResolver().resolve(tspec);
    ToolchainImage image =
        ToolchainBuilder.create(tspec, m, config)
            .setListener(
                l -> {
                  if (l.startsWith("[")) {
                    progress(err, l);
                  }
                })
            .call();
    AppBuild b =
        AppBuilder.create(image, spec.appDir(), spec.appClass(), config)
            .setListener(l -> progress(err, l))
            .call();
    if (!b.aligned()) {
      progress(err, "[build] warning: make check reports misalignment:\n" + b.checkOutput());
    }
    return new MigrationArtifacts(b.outputDir(), b.componentCommits());
  }

  private static void progress(PrintWriter err, String line) {
    synchronized (err) {
      err.println(line);
      err.flush();
    }
  }
}
