package org.hexo.ci.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.hexo.ci.config.HexoConfig;
import org.hexo.ci.migration.Direction;
import org.hexo.ci.migration.MigrationSpec;
import org.hexo.ci.migration.Mode;
import org.hexo.ci.migration.Trigger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code hexo-ci demo}: the main job on its embedded defaults. Builds the hexo-lite toolchain and
 * {@code apps/is} class S, migrates it x86-64 -> aarch64 (checkpoint/restart, after iteration 5)
 * onto the qemu-user board, prints the summary and exits 0 on PASS.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Build hexo-lite and IS class S, migrate x86-64 -> aarch64 (qemu-user), verify.")
public final class DemoCommand implements Callable<Integer> {
  /** IS prints each iteration number on its own line; migrate right after the fifth. */
  static final String TRIGGER = "output:^\\s*5$";

  @Mixin CommonOptions common;
  @Spec CommandSpec cmd;

  @Override
  public Integer call() {
    HexoConfig config = common.config();
    MigrationSpec spec =
        MigrationSpec.of(
            config.projectRoot().resolve("apps/is"),
            "S",
            Mode.CR,
            Direction.X86_TO_ARM,
            Trigger.parse(TRIGGER),
            "local",
            "qemu-user",
            Duration.ofMinutes(5));
    cmd.commandLine()
        .getErr()
        .println(
            "[demo] "
                + spec.testName()
                + ": hexo-lite toolchain, "
                + "apps/is class S, x86-64 (local) -> aarch64 (qemu-user), C/R after iteration 5");
    return MigrationJob.run(
        config, spec, null, false, cmd.commandLine().getOut(), cmd.commandLine().getErr());
  }
}
