package org.hexo.ci.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hexo.ci.board.BoardInventory;
import org.hexo.ci.config.HexoConfig;
import org.hexo.ci.migration.Direction;
import org.hexo.ci.migration.MigrationSpec;
import org.hexo.ci.migration.Mode;
import org.hexo.ci.migration.Trigger;
import org.hexo.ci.verify.Normalizer;
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

  @Option(names = "--app", required = true, paramLabel = "DIR", description = "App directory.")
  Path app;

  @Option(names = "--class", required = true, paramLabel = "C", description = "S, W, A, B or C.")
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
      required = true,
      paramLabel = "T",
      description = "timer:SECONDS | signal:SECONDS | output:REGEX.")
  String trigger;

  @Option(
      names = "--board",
      defaultValue = "qemu-user",
      paramLabel = "NAME",
      description = "The aarch64 board (inventory name).")
  String armBoard;

  @Option(
      names = {"--source-board", "--x86-board"},
      defaultValue = "local",
      paramLabel = "NAME",
      description = "The x86-64 board (inventory name); the source unless --direction arm-to-x86.")
  String x86Board;

  @Option(
      names = "--toolchain",
      defaultValue = "hexo-lite",
      paramLabel = "S",
      description = "Toolchain spec: hexo-lite, hexo or a YAML file.")
  String toolchain;

  @Option(
      names = "--override",
      paramLabel = "NAME=URL@REF",
      description = "Build the toolchain with a fork's component (repeatable), as toolchain build.")
  List<String> overrides = new ArrayList<>();

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "Per-leg time limit.")
  Long timeoutSeconds;

  @Option(
      names = "--normalize",
      paramLabel = "REGEX",
      description = "Output lines that may differ (repeatable; replaces the defaults).")
  List<String> normalize;

  @Option(names = "--memory", paramLabel = "SIZE", description = "HERMIT_MEM (default 1G).")
  String memory;

  @Option(
      names = "--artifacts",
      paramLabel = "DIR",
      description = "Use prebuilt programs (prog_*_aligned, proxy-<arch>) instead of building.")
  Path artifacts;

  @Option(names = "--echo", description = "Echo every leg's output as it runs.")
  boolean echo;

  @Override
  public Integer call() {
    HexoConfig config = common.config();
    Direction d = Direction.parse(direction);
    boolean fromArm = d == Direction.ARM_TO_X86;
    Duration timeout =
        timeoutSeconds == null ? config.legTimeout() : Duration.ofSeconds(timeoutSeconds);
    MigrationSpec spec =
        new MigrationSpec(
            app,
            appClass,
            toolchain,
            Mode.parse(mode),
            d,
            Trigger.parse(trigger),
            fromArm ? armBoard : x86Board,
            fromArm ? x86Board : armBoard,
            timeout,
            normalize == null ? Normalizer.DEFAULT_VOLATILE : normalize,
            null,
            memory);
    return MigrationJob.run(
        config,
        spec,
        overrides,
        BoardInventory.of(config, System.getenv()),
        artifacts,
        echo,
        cmd.commandLine().getOut(),
        cmd.commandLine().getErr());
  }
}
