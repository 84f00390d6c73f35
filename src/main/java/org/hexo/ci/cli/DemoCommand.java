package org.hexo.ci.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.hexo.ci.config.HexoConfig;
import org.hexo.ci.job.BuildCache;
import org.hexo.ci.migration.MigrationSpec;
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
        MigrationSpec.builder(config.projectRoot().resolve("apps/is"), "S")
            .trigger(Trigger.parse(TRIGGER))
            .timeout(Duration.ofMinutes(5))
            .build();
    cmd.commandLine()
        .getErr()
        .println(
            "[demo] "
                + spec.testName()
                + ": hexo-lite toolchain, "
                + "apps/is class S, x86-64 (local) -> aarch64 (qemu-user), C/R after iteration 5");
    PrintWriter err = cmd.commandLine().getErr();
    BuildCache builds = BuildCache.create(config, spec.toolchain(), List.of(), null, err::println);
    return MigrationSummary.run(config, spec, builds, false, cmd.commandLine().getOut(), err);
  }
}
