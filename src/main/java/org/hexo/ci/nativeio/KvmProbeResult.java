package org.hexo.ci.nativeio;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What {@link KvmProbe#run} found: whether a real guest ran, the last step it reached (the failing
 * one when not {@code ok}), the cause in words, and what KVM reported on the way.
 *
 * @param device the device path probed
 * @param ok true when the guest ran, wrote the expected value where expected and stopped
 * @param step the failing step, or {@link Step#CHECK_EXITS} when ok
 * @param cause why it failed, naming the path or value; empty when ok
 * @param errno the errno of the failing call, 0 when none
 * @param apiVersion KVM_GET_API_VERSION, -1 when not reached
 * @param capabilities KVM_CHECK_EXTENSION per capability (0 = absent); empty when not reached
 * @param exits the exits the guest produced, e.g. ["IO out port 0xe9 size 2 value 0x4858",
 *     "KVM_EXIT_HLT"] or ["MMIO write 0x20000 size 2 value 0x4858", "KVM_EXIT_SYSTEM_EVENT
 *     SHUTDOWN"]
 * @param valueRead the value the guest wrote, when it did
 * @param elapsed how long the probe took
 */
public record KvmProbeResult(
    Path device,
    boolean ok,
    Step step,
    String cause,
    int errno,
    int apiVersion,
    Map<KvmCapability, Integer> capabilities,
    List<String> exits,
    OptionalInt valueRead,
    Duration elapsed) {

  /** The probe's steps in order. Codes 1 to 11 are shared with kvm_probe.c. */
  public enum Step {
    LOAD_LIBRARY(0, "load the native helper"),
    OPEN_DEVICE(1, "open the KVM device"),
    API_VERSION(2, "check the KVM API version"),
    CAPABILITIES(3, "read capabilities"),
    CREATE_VM(4, "create a VM"),
    SET_TSS_ADDR(5, "set the TSS address"),
    MAP_MEMORY(6, "map guest memory"),
    CREATE_VCPU(7, "create a vCPU"),
    MAP_RUN(8, "map the vCPU's kvm_run area"),
    SET_REGISTERS(9, "set up the vCPU"),
    RUN(10, "run the guest"),
    CHECK_EXITS(11, "check the guest's exits");

    private final int code;
    private final String words;

    Step(int code, String words) {
      this.code = code;
      this.words = words;
    }

    public int code() {
      return code;
    }

    /** E.g. "create a VM". */
    public String words() {
      return words;
    }

    static Step ofCode(long code) {
      for (Step s : values()) {
        if (s.code == code) {
          return s;
        }
      }
      throw new IllegalStateException("libhexo-vmm reported unknown probe step " + code);
    }
  }

  public KvmProbeResult {
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(step, "step");
    cause = cause == null ? "" : cause;
    capabilities = Map.copyOf(capabilities);
    exits = List.copyOf(exits);
    Objects.requireNonNull(valueRead, "valueRead");
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /** One line for {@code hexo-ci doctor}. */
  public String summary() {
    String ms = String.format("%.1f ms", elapsed.toNanos() / 1e6);
    return ok
        ? "a guest ran on " + device + " (API " + apiVersion + ", exits " + exits + ", " + ms + ")"
        : "no guest ran: failed to " + step.words() + ": " + cause;
  }
}
