package org.hexo.ci.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hexo.ci.doctor.DoctorCheck.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DoctorTest {
  @TempDir Path tmp;

  @Test
  void aFailingRequiredCheckMakesTheHostUnhealthyAndShowsItsRemedy() {
    Doctor.Report r =
        new Doctor(
                List.of(
                    DoctorCheck.of("fine", true, () -> Outcome.ok("yes")),
                    DoctorCheck.of("optional", false, () -> Outcome.fail("no", "install it")),
                    DoctorCheck.of("needed", true, () -> Outcome.fail("gone", "start it"))))
            .call();
    StringWriter out = new StringWriter();
    r.print(new PrintWriter(out));
    assertThat(r.healthy()).isFalse();
    assertThat(out.toString())
        .contains("OK    fine")
        .contains("WARN  optional")
        .contains("FAIL  needed")
        .contains("remedy: start it");
  }

  @Test
  void optionalFailuresKeepTheHostHealthyAndThrowingProbesFail() {
    Doctor.Report r =
        new Doctor(
                List.of(
                    DoctorCheck.of("optional", false, () -> Outcome.fail("no", "x")),
                    DoctorCheck.of(
                        "boom",
                        false,
                        () -> {
                          throw new IllegalStateException("kaput");
                        })))
            .call();
    assertThat(r.healthy()).isTrue();
    assertThat(r.rows().get(1).outcome().detail()).contains("kaput");
  }

  @Test
  void binfmtCheckReadsTheRegistration() throws Exception {
    assertThat(HostChecks.binfmtAarch64(tmp).run().ok()).isFalse();
    Files.writeString(
        tmp.resolve("qemu-aarch64"),
        "enabled\ninterpreter /usr/bin/qemu-aarch64-static\nflags: PF\n");
    Outcome ok = HostChecks.binfmtAarch64(tmp).run();
    assertThat(ok.ok()).isTrue();
    assertThat(ok.detail()).contains("PF");
    Files.writeString(tmp.resolve("qemu-aarch64"), "disabled\n");
    assertThat(HostChecks.binfmtAarch64(tmp).run().remedy()).contains("update-binfmts");
  }

  @Test
  void freeDiskFailsUnderTheMinimum() {
    assertThat(HostChecks.freeDisk(tmp.resolve("not/yet"), 1, 2).run().ok()).isTrue();
    assertThat(HostChecks.freeDisk(tmp, Long.MAX_VALUE, Long.MAX_VALUE).run().ok()).isFalse();
  }

  @Test
  void programIsLookedUpInTheGivenPathAndNamesItsPackageWhenMissing() throws Exception {
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    Path tool = Files.writeString(bin.resolve("hexo-test-tool"), "#!/bin/sh\n");
    tool.toFile().setExecutable(true);
    assertThat(HostChecks.program("hexo-test-tool", true, "pkg", bin.toString()).run().detail())
        .isEqualTo(tool.toString());
    Outcome missing =
        HostChecks.program("hexo-no-such-tool", true, "hexo-pkg", bin.toString()).run();
    assertThat(missing.ok()).isFalse();
    assertThat(missing.remedy()).contains("apt-get install hexo-pkg");
  }
}
