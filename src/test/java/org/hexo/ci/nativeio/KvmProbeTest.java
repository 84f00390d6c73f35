package org.hexo.ci.nativeio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hexo.ci.nativeio.KvmProbeResult.Step;
import org.junit.jupiter.api.Test;

class KvmProbeTest {
  private static final Path DEV = Path.of("/some/kvm");

  @Test
  void stepCodesAreTheOnesKvmProbeCUses() {
    assertThat(Step.ofCode(1)).isEqualTo(Step.OPEN_DEVICE);
    assertThat(Step.ofCode(4)).isEqualTo(Step.CREATE_VM);
    assertThat(Step.ofCode(7)).isEqualTo(Step.CREATE_VCPU);
    assertThat(Step.ofCode(10)).isEqualTo(Step.RUN);
    assertThat(Step.ofCode(11)).isEqualTo(Step.CHECK_EXITS);
  }

  @Test
  void openFailuresSayWhatIsWrongWithTheDevice() {
    assertThat(KvmProbe.cause(Step.OPEN_DEVICE, Errno.ENOENT, DEV, -1))
        .as("a missing device")
        .startsWith("no KVM device at /some/kvm")
        .contains("nested virtualisation");
    assertThat(KvmProbe.cause(Step.OPEN_DEVICE, Errno.EACCES, DEV, -1))
        .as("no permission")
        .startsWith("permission denied opening /some/kvm")
        .contains("group kvm");
    assertThat(KvmProbe.cause(Step.OPEN_DEVICE, Errno.EISDIR, DEV, -1))
        .isEqualTo("/some/kvm is a directory, not a KVM device");
  }

  @Test
  void laterFailuresNameTheStepAndTheErrno() {
    assertThat(KvmProbe.cause(Step.API_VERSION, Errno.ENOTTY, DEV, -1))
        .isEqualTo(
            "/some/kvm is not a KVM device (KVM_GET_API_VERSION failed: errno 25 (ENOTTY,"
                + " inappropriate ioctl for device))");
    assertThat(KvmProbe.cause(Step.API_VERSION, Errno.EPROTO, DEV, 11))
        .isEqualTo("/some/kvm speaks KVM API version 11, expected 12");
    assertThat(KvmProbe.cause(Step.CREATE_VM, 16, DEV, 12))
        .contains("KVM_CREATE_VM on /some/kvm failed (errno 16 (EBUSY")
        .contains("nested virtualisation");
  }

  @Test
  void exitReasonsHaveKernelNames() {
    assertThat(KvmProbe.exitName(2)).isEqualTo("KVM_EXIT_IO");
    assertThat(KvmProbe.exitName(5)).isEqualTo("KVM_EXIT_HLT");
    assertThat(KvmProbe.exitName(99)).isEqualTo("KVM_EXIT_99");
  }
}
