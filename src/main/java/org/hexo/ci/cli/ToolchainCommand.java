package org.hexo.ci.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hexo.ci.config.HexoConfig;
import org.hexo.ci.toolchain.ComponentBuildException;
import org.hexo.ci.toolchain.ComponentOverride;
import org.hexo.ci.toolchain.RefResolver;
import org.hexo.ci.toolchain.StageOutcome;
import org.hexo.ci.toolchain.ToolchainBuilder;
import org.hexo.ci.toolchain.ToolchainImage;
import org.hexo.ci.toolchain.ToolchainManifest;
import org.hexo.ci.toolchain.ToolchainSpec;
import org.hexo.ci.toolchain.ToolchainSpecs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hexo-ci toolchain resolve|build}: resolves a spec's refs to commits and builds (or reuses)
 * its Docker image. A component that fails to compile exits 1; Docker, network or disk problems
 * exit 3; a bad spec or override exits 2.
 */
@Command(
    name = "toolchain",
    description = "Resolve and build HEXO toolchain images.",
    mixinStandardHelpOptions = true,
    subcommands = {ToolchainCommand.Resolve.class, ToolchainCommand.Build.class})
public final class ToolchainCommand {

  /** Options shared by resolve and build. */
  static class SpecOptions {
    @Option(
        names = "--spec",
        required = true,
        paramLabel = "SPEC",
        description = "Built-in name (hexo, hexo-lite) or a YAML spec file.")
    String spec;

    @Option(
        names = "--override",
        paramLabel = "NAME=URL@REF",
        description = "Replace one component's repository and ref (repeatable).")
    List<String> overrides = new ArrayList<>();

    ToolchainSpec load(HexoConfig config) {
      List<ComponentOverride> parsed = overrides.stream().map(ComponentOverride::parse).toList();
      return ToolchainSpecs.load(spec, config).withOverrides(parsed);
    }
  }

  @Command(name = "resolve", description = "Print the manifest (refs resolved to commits) and key.")
  static final class Resolve implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Mixin SpecOptions specOptions;
    @Spec CommandSpec cmd;

    @Override
    public Integer call() {
      HexoConfig config = common.config();
      ToolchainManifest m = new RefResolver().resolve(specOptions.load(config));
      PrintWriter out = cmd.commandLine().getOut();
      out.print(m.toPrettyJson());
      out.println("key: " + m.cacheKey(ToolchainBuilder.recipe(config)));
      out.flush();
      return ExitCode.PASSED.code();
    }
  }

  @Command(name = "build", description = "Build or reuse the toolchain image hexo-toolchain:<key>.")
  static final class Build implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Mixin SpecOptions specOptions;
    @Spec CommandSpec cmd;

    @Option(names = "--quiet", description = "Print progress lines only, not the build output.")
    boolean quiet;

    @Option(
        names = "--no-layer-cache",
        description = "Stages that are built ignore Docker's layer cache (cold builds).")
    boolean noLayerCache;

    @Option(
        names = "--pull",
        paramLabel = "REGISTRY",
        description =
            "Pull hexo-toolchain:<key> (else each missing stage image) from REGISTRY"
                + " (host[:port][/path]) instead of building it; default: config toolchain-registry.")
    String pull;

    @Option(
        names = "--push",
        paramLabel = "REGISTRY",
        description =
            "Push hexo-toolchain:<key> and the stage images built here to REGISTRY;"
                + " default: config toolchain-registry.")
    String push;

    @Override
    public Integer call() {
      HexoConfig config = common.config();
      PrintWriter out = cmd.commandLine().getOut();
      PrintWriter err = cmd.commandLine().getErr();
      ToolchainSpec spec = specOptions.load(config);
      ToolchainManifest m = new RefResolver().resolve(spec);
      out.print(m.toPrettyJson());
      out.flush();
      try {
        ToolchainBuilder builder = ToolchainBuilder.create(spec, m, config);
        if (pull != null) {
          builder.setPull(pull);
        }
        if (push != null) {
          builder.setPush(push);
        }
        ToolchainImage img =
            builder
                .setLayerCache(!noLayerCache)
                .setListener(
                    line -> {
                      if (!quiet || line.startsWith("[toolchain]")) {
                        err.println(line);
                        err.flush();
                      }
                    })
                .call();
        for (StageOutcome s : img.stages()) {
          out.printf(
              "stage %d %-10s %s %5d s  %s%n",
              s.index(), s.step(), s.built() ? "built " : "reused", s.took().toSeconds(), s.tag());
        }
        out.println("image: " + img.tag() + " " + img.imageId());
        out.println("key: " + img.key());
        out.println("cache: " + (img.cacheHit() ? "hit" : "miss"));
        out.println("manifest: " + img.manifestFile());
        out.println("log: " + img.logFile());
        out.flush();
        return ExitCode.PASSED.code();
      } catch (ComponentBuildException e) {
        err.println("hexo-ci: " + e.describe());
        err.flush();
        return ExitCode.TESTS_FAILED.code();
      }
    }
  }
}
