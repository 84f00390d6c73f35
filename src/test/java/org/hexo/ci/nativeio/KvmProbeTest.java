package org.hexo.ci.nativeio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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

  /** A line of hexo-kvm-probe: the given slots, every capability 1 except those set to 0. */
  private static String line(int errno, String result, KvmCapability... absent) {
    StringBuilder caps = new StringBuilder();
    for (KvmCapability c : KvmCapability.values()) {
      caps.append(caps.length() == 0 ? "" : ",").append(List.of(absent).contains(c) ? 0 : 1);
    }
    return "errno=" + errno + " result=" + result + " capabilities=" + caps + "\n";
  }

  private static KvmProbeResult fromProgram(KvmProbe.Guest guest, String line) {
    return KvmProbe.fromProgram(KvmProbe.DEFAULT_DEVICE, guest, line, Duration.ofMillis(3));
  }

  @Test
  void anAarch64GuestThatStoredAndPoweredOffPasses() {
    KvmProbeResult r =
        fromProgram(KvmProbe.Guest.AARCH64, line(0, "11,12,6,1,2,131072,18520,24,1"));
    assertThat(r.ok()).as(r.summary()).isTrue();
    assertThat(r.exits())
        .containsExactly(
            "MMIO write 0x20000 size 2 value 0x4858", "KVM_EXIT_SYSTEM_EVENT SHUTDOWN");
    assertThat(r.valueRead()).hasValue(0x4858);
  }

  @Test
  void anX86GuestLineIsJudgedAsTheHelpersNumbersAre() {
    KvmProbeResult r = fromProgram(KvmProbe.Guest.X86_64, line(0, "11,12,2,1,2,233,18520,5,-1"));
    assertThat(r.ok()).as(r.summary()).isTrue();
    assertThat(r.exits()).containsExactly("IO out port 0xe9 size 2 value 0x4858", "KVM_EXIT_HLT");
  }

  @Test
  void aGuestThatWasResetInsteadOfPoweredOffFails() {
    KvmProbeResult r =
        fromProgram(KvmProbe.Guest.AARCH64, line(0, "11,12,6,1,2,131072,18520,24,2"));
    assertThat(r.ok()).isFalse();
    assertThat(r.cause())
        .startsWith("unexpected second exit KVM_EXIT_SYSTEM_EVENT detail 2")
        .contains("PSCI SYSTEM_OFF");
  }

  @Test
  void aStoreOfAnotherValueFails() {
    KvmProbeResult r = fromProgram(KvmProbe.Guest.AARCH64, line(0, "11,12,6,1,2,131072,4660,24,1"));
    assertThat(r.ok()).isFalse();
    assertThat(r.cause()).startsWith("the guest wrote 0x1234");
  }

  @Test
  void aCapabilityUhyveNeedsOnTheBoardsIsaFailsOnlyThere() {
    String result = "11,12,6,1,2,131072,18520,24,1";
    KvmProbeResult arm =
        fromProgram(KvmProbe.Guest.AARCH64, line(0, result, KvmCapability.ARM_PSCI_0_2));
    assertThat(arm.ok()).isFalse();
    assertThat(arm.step()).isEqualTo(Step.CAPABILITIES);
    assertThat(arm.cause()).contains("lacks KVM_CAP_ARM_PSCI_0_2");
    KvmProbeResult noTss =
        fromProgram(KvmProbe.Guest.AARCH64, line(0, result, KvmCapability.SET_TSS_ADDR));
    assertThat(noTss.ok()).as("an x86-only capability is not needed on aarch64").isTrue();
  }

  @Test
  void aFailedStepIsNamedWithItsErrno() {
    KvmProbeResult r = fromProgram(KvmProbe.Guest.AARCH64, line(2, "1,-1,-1,-1,-1,-1,-1,-1,-1"));
    assertThat(r.ok()).isFalse();
    assertThat(r.step()).isEqualTo(Step.OPEN_DEVICE);
    assertThat(r.cause()).startsWith("no KVM device at /dev/kvm");
  }

  @Test
  void aLineFromAnotherVersionIsRefused() {
    assertThatThrownBy(
            () -> fromProgram(KvmProbe.Guest.AARCH64, "errno=0 result=11,12 capabilities=1\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not match");
    assertThatThrownBy(() -> fromProgram(KvmProbe.Guest.AARCH64, "Illegal instruction\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no result line");
  }
}
