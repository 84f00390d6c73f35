package org.hexo.ci.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hexo.ci.UsageException;
import org.hexo.ci.app.AppDescription;
import org.hexo.ci.config.HexoConfig;
import org.hexo.ci.migration.Direction;
import org.hexo.ci.migration.MigrationSpec;
import org.hexo.ci.migration.Mode;
import org.hexo.ci.migration.Trigger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hexo-ci migrate}: one migration test. Builds (or reuses) the toolchain and the app, runs
 * the reference and the migrated run between an x86-64 board and an aarch64 board, writes JUnit
 * XML, JSON and HTML, prints a summary. Exit 0 PASS, 1 FAIL, 3 ERROR, 2 bad arguments.
 */
@Command(
    name = "migrate",
    mixinStandardHelpOptions = true,
    description = "Run one migration test between an x86-64 and an aarch64 board.")
public final class MigrateCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec CommandSpec cmd;

  @Option(
      names = "--app",
      required = true,
      paramLabel = "DIR",
      description =
          "App directory, or COMPONENT:PATH for an app of the toolchain under test"
              + " (e.g. installer:apps/npb-is).")
  String app;

  @Option(
      names = "--class",
      paramLabel = "C",
      description = "The app's class (S, W, A, B, ...) when it has classes (npbparams-<C>.h).")
  String appClass;

  @Option(names = "--mode", defaultValue = "cr", paramLabel = "M", description = "cr|postcopy.")
  String mode;

  @Option(
      names = "--direction",
      defaultValue = "x86-to-arm",
      paramLabel = "D",
      description = "x86-to-arm|arm-to-x86|round-trip.")
  String direction;

  @Option(
      names = "--trigger",
      paramLabel = "T",
      description =
          "timer:SECONDS | signal:SECONDS | output:REGEX (default: the first of the app's"
              + " hexo-app.yaml triggers).")
  String trigger;

  @Mixin JobOptions job;

  @Option(
      names = {"--arm-board", "--board"},
      defaultValue = "qemu-user",
      paramLabel = "NAME",
      description = "The aarch64 board (inventory name, default ${DEFAULT-VALUE}).")
  String armBoard;

  @Mixin AppDescriptionOptions described;

  @Option(names = "--echo", description = "Echo every leg's output as it runs.")
  boolean echo;

  @Override
  public Integer call() {
    HexoConfig config = common.config();
    MigrationSpec spec =
        MigrationSpec.builder(
                job.apps(config, job.toolchain("hexo-lite"), Path.of("")).locate(app), appClass)
            .description(described.description())
            .toolchain(job.toolchain("hexo-lite"))
            .mode(Mode.parse(mode))
            .direction(Direction.parse(direction))
            .trigger(trigger == null ? null : Trigger.parse(trigger))
            .x86Board(job.x86Board)
            .armBoard(armBoard)
            .fallbackTimeout(config.legTimeout())
            .build();
    if (trigger == null && spec.app().defaultTrigger().isEmpty()) {
      throw new UsageException(
          "no --trigger given and app " + spec.appName() + " suggests none",
          "pass --trigger (e.g. output:REGEX), or list triggers in "
              + spec.appDir().resolve(AppDescription.FILE));
    }
    PrintWriter err = cmd.commandLine().getErr();
    return MigrationSummary.run(
        config,
        spec,
        job.builds(config, spec.toolchain(), err),
        echo,
        cmd.commandLine().getOut(),
        err);
  }
}
