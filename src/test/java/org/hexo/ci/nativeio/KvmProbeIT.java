package org.hexo.ci.nativeio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hexo.ci.nativeio.KvmProbeResult.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The probe against this machine's real /dev/kvm and against paths that are not KVM devices. */
class KvmProbeIT {

  /**
   * The x86 guest through the JNI helper, where this host has KVM. CI's runner has none (its kernel
   * is itself a guest that exposes no /dev/kvm), so there the probe's core runs a real guest inside
   * the virtual aarch64 board instead: {@code QemuSystemBoardIT.aRealKvmGuestRunsInsideTheBoard}.
   */
  @Test
  void aRealGuestWritesToItsPortAndHalts() {
    assumeTrue(
        Files.exists(KvmProbe.DEFAULT_DEVICE),
        "no /dev/kvm on this host; QemuSystemBoardIT runs a real KVM guest on the virtual board");
    KvmProbeResult r = KvmProbe.run(KvmProbe.DEFAULT_DEVICE);
    System.out.println("KVM probe: " + r.summary() + " " + r.capabilities());
    assertThat(r.ok()).as(r.summary()).isTrue();
    assertThat(r.step()).isEqualTo(Step.CHECK_EXITS);
    assertThat(r.cause()).isEmpty();
    assertThat(r.apiVersion()).isEqualTo(12);
    assertThat(r.exits()).containsExactly("IO out port 0xe9 size 2 value 0x4858", "KVM_EXIT_HLT");
    assertThat(r.valueRead()).hasValue(KvmProbe.VALUE);
    assertThat(r.capabilities())
        .containsKeys(KvmCapability.values())
        .allSatisfy((cap, v) -> assertThat(v).as(cap.kvmName()).isNotNegative());
    assertThat(r.capabilities().get(KvmCapability.USER_MEMORY)).isPositive();
    assertThat(r.summary()).startsWith("a guest ran on /dev/kvm");
  }

  @Test
  void aMissingDeviceIsNamed(@TempDir Path dir) {
    Path missing = dir.resolve("kvm");
    KvmProbeResult r = KvmProbe.run(missing);
    assertThat(r.ok()).isFalse();
    assertThat(r.step()).isEqualTo(Step.OPEN_DEVICE);
    assertThat(r.errno()).isEqualTo(Errno.ENOENT);
    assertThat(r.cause()).startsWith("no KVM device at " + missing);
    assertThat(r.summary()).contains("failed to open the KVM device").contains(missing.toString());
  }

  @Test
  void aDeviceThatIsNotKvmIsNamed() {
    KvmProbeResult r = KvmProbe.run(Path.of("/dev/null"));
    assertThat(r.ok()).isFalse();
    assertThat(r.step()).isEqualTo(Step.API_VERSION);
    assertThat(r.cause()).startsWith("/dev/null is not a KVM device").contains("ENOTTY");
  }

  @Test
  void aDirectoryIsNamed(@TempDir Path dir) {
    KvmProbeResult r = KvmProbe.run(dir);
    assertThat(r.ok()).isFalse();
    assertThat(r.step()).isEqualTo(Step.OPEN_DEVICE);
    assertThat(r.cause()).isEqualTo(dir + " is a directory, not a KVM device");
  }
}
