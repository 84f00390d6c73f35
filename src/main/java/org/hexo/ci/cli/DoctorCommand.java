package org.hexo.ci.cli;

import java.util.concurrent.Callable;
import org.hexo.ci.doctor.Doctor;
import org.hexo.ci.doctor.HostChecks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hexo-ci doctor}: one row per host prerequisite; exit 3 when a required one fails. */
@Command(
    name = "doctor",
    description = "Check this host's prerequisites (Docker, binfmt, KVM, QEMU, compilers, disk).",
    mixinStandardHelpOptions = true)
public final class DoctorCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec CommandSpec cmd;

  @Override
  public Integer call() {
    Doctor.Report report =
        new Doctor(HostChecks.defaults(common.config(), System.getenv().getOrDefault("PATH", "")))
            .call();
    report.print(cmd.commandLine().getOut());
    return report.healthy() ? ExitCode.PASSED.code() : ExitCode.INFRASTRUCTURE.code();
  }
}
