package org.hexo.ci.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hexo.ci.app.AppBuild;
import org.hexo.ci.app.AppBuildException;
import org.hexo.ci.app.AppBuilder;
import org.hexo.ci.app.AppClasses;
import org.hexo.ci.app.AppDescription;
import org.hexo.ci.app.AppLocator;
import org.hexo.ci.config.HexoConfig;
import org.hexo.ci.toolchain.ComponentBuildException;
import org.hexo.ci.toolchain.RefResolver;
import org.hexo.ci.toolchain.ToolchainBuilder;
import org.hexo.ci.toolchain.ToolchainImage;
import org.hexo.ci.toolchain.ToolchainManifest;
import org.hexo.ci.toolchain.ToolchainSpec;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hexo-ci app build}: cross-compiles an app in the toolchain image (built or reused first)
 * and runs {@code make check}. Exit 0 aligned, 1 compile error or misaligned, 2 bad input, 3
 * infrastructure.
 */
@Command(
    name = "app",
    description = "Cross-compile applications with a toolchain image.",
    mixinStandardHelpOptions = true,
    subcommands = {AppCommand.Build.class})
public final class AppCommand {

  @Command(name = "build", description = "Build prog_x86-64_aligned and prog_aarch64_aligned.")
  static final class Build implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec CommandSpec cmd;

    @Option(
        names = "--app",
        required = true,
        paramLabel = "DIR",
        description = "App directory, or COMPONENT:PATH in the toolchain's resolved sources.")
    String app;

    @Option(
        names = "--class",
        paramLabel = "C",
        description = "The app's class, when it has classes (npbparams-<C>.h).")
    String appClass;

    @ArgGroup(exclusive = false, multiplicity = "1")
    ToolchainOptions toolchain;

    static final class ToolchainOptions {
      @Option(
          names = "--toolchain",
          required = true,
          paramLabel = "SPEC",
          description = "Toolchain spec: hexo, hexo-lite or a YAML file.")
      String spec;

      @Option(
          names = "--override",
          paramLabel = "NAME=URL@REF",
          description = "As in toolchain build.")
      java.util.List<String> overrides = new java.util.ArrayList<>();
    }

    @Override
    public Integer call() {
      HexoConfig config = common.config();
      PrintWriter out = cmd.commandLine().getOut();
      PrintWriter err = cmd.commandLine().getErr();
      ToolchainCommand.SpecOptions so = new ToolchainCommand.SpecOptions();
      so.spec = toolchain.spec;
      so.overrides = toolchain.overrides;
      ToolchainSpec spec = so.load(config);
      Path base =
          java.nio.file.Files.isDirectory(Path.of(app))
              ? Path.of("").toAbsolutePath()
              : config.projectRoot();
      Path appDir =
          new AppLocator(base, config.cacheDir(), () -> new RefResolver().resolve(spec))
              .locate(app);
      // a wrong class or a broken hexo-app.yaml is exit 2 before the toolchain is built
      AppClasses.require(appDir, appClass);
      AppDescription.read(appDir);
      try {
        ToolchainManifest m = new RefResolver().resolve(spec);
        ToolchainImage image =
            ToolchainBuilder.create(spec, m, config)
                .setListener(
                    l -> {
                      if (l.startsWith("[")) {
                        err.println(l);
                        err.flush();
                      }
                    })
                .call();
        AppBuild b =
            AppBuilder.create(image, appDir, appClass, config)
                .setListener(
                    l -> {
                      err.println(l);
                      err.flush();
                    })
                .call();
        out.println(
            "app: "
                + b.app()
                + (b.appClass() == null ? "" : " class " + b.appClass())
                + (b.cached() ? " (cached)" : ""));
        out.println("output: " + b.outputDir());
        out.println("toolchain: " + image.tag());
        out.println("aligned: " + b.aligned());
        out.print(b.checkOutput());
        out.flush();
        return b.aligned() ? ExitCode.PASSED.code() : ExitCode.TESTS_FAILED.code();
      } catch (AppBuildException | ComponentBuildException e) {
        err.println("hexo-ci: " + e.describe());
        err.flush();
        return ExitCode.TESTS_FAILED.code();
      }
    }
  }
}
