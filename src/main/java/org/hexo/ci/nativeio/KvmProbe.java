package org.hexo.ci.nativeio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.hexo.ci.nativeio.KvmProbeResult.Step;

/**
 * Proves that this machine can run a KVM guest, the way uhyve will: it creates a VM and a vCPU,
 * runs a few bytes of real-mode code that write {@link #VALUE} to I/O port {@link #PORT} and halt,
 * and checks both exits. Without the native helper it can only check that the device exists.
 */
public final class KvmProbe {
  public static final Path DEFAULT_DEVICE = Path.of("/dev/kvm");

  /** The port the guest writes to: Bochs' debug port, which nothing else in the VM uses. */
  public static final int PORT = 0xe9;

  /** The value the guest writes: "HX". */
  public static final int VALUE = 0x4858;

  static final int KVM_API_VERSION = 12;
  private static final int EXIT_IO = 2;
  private static final int EXIT_HLT = 5;
  private static final int IO_OUT = 1;
  private static final Map<Long, String> EXIT_NAMES =
      Map.ofEntries(
          Map.entry(0L, "UNKNOWN"),
          Map.entry(1L, "EXCEPTION"),
          Map.entry(2L, "IO"),
          Map.entry(3L, "HYPERCALL"),
          Map.entry(4L, "DEBUG"),
          Map.entry(5L, "HLT"),
          Map.entry(6L, "MMIO"),
          Map.entry(8L, "SHUTDOWN"),
          Map.entry(9L, "FAIL_ENTRY"),
          Map.entry(10L, "INTR"),
          Map.entry(17L, "INTERNAL_ERROR"));

  // Indices of the long[] kvm_probe.c fills.
  private static final int R_STEP = 0;
  private static final int R_API = 1;
  private static final int R_EXIT1 = 2;
  private static final int R_IO_DIRECTION = 3;
  private static final int R_IO_SIZE = 4;
  private static final int R_IO_PORT = 5;
  private static final int R_IO_VALUE = 6;
  private static final int R_EXIT2 = 7;
  private static final int R_DETAIL = 8;
  private static final int R_LEN = 9;

  private KvmProbe() {}

  /** Probes {@code device} (normally {@link #DEFAULT_DEVICE}); never throws for a KVM failure. */
  public static KvmProbeResult run(Path device) {
    Objects.requireNonNull(device, "device");
    long start = System.nanoTime();
    Probe p = VmmLibrary.isAvailable() ? runNative(device) : runWithoutLibrary(device);
    return p.result(device, Duration.ofNanos(System.nanoTime() - start));
  }

  /** The mutable state of one probe while its result is assembled. */
  private static final class Probe {
    Step step;
    String cause = "";
    int errno;
    int apiVersion = -1;
    final Map<KvmCapability, Integer> capabilities = new EnumMap<>(KvmCapability.class);
    final List<String> exits = new ArrayList<>();
    OptionalInt valueRead = OptionalInt.empty();

    Probe fail(Step at, String why) {
      step = at;
      cause = why;
      return this;
    }

    KvmProbeResult result(Path device, Duration elapsed) {
      return new KvmProbeResult(
          device,
          cause.isEmpty(),
          step,
          cause,
          errno,
          apiVersion,
          capabilities,
          exits,
          valueRead,
          elapsed);
    }
  }

  private static Probe runWithoutLibrary(Path device) {
    Probe p = new Probe();
    if (!Files.exists(device)) {
      return p.fail(Step.OPEN_DEVICE, noDevice(device));
    }
    return p.fail(
        Step.LOAD_LIBRARY,
        device
            + " exists but no guest was run: "
            + VmmLibrary.unavailabilityCause().orElse("native helper unavailable"));
  }

  private static Probe runNative(Path device) {
    KvmCapability[] caps = KvmCapability.values();
    int[] numbers = new int[caps.length];
    for (int i = 0; i < caps.length; i++) {
      numbers[i] = caps[i].number();
    }
    int[] values = new int[caps.length];
    long[] r = new long[R_LEN];
    int errno = VmmNative.kvmProbe(device.toString(), numbers, values, PORT, VALUE, r);
    Probe p = new Probe();
    p.errno = Math.max(errno, 0);
    p.step = Step.ofCode(r[R_STEP]);
    p.apiVersion = (int) r[R_API];
    if (p.step.compareTo(Step.CAPABILITIES) > 0) {
      for (int i = 0; i < caps.length; i++) {
        p.capabilities.put(caps[i], values[i]);
      }
    }
    recordExits(p, r);
    if (errno != 0) {
      return p.fail(p.step, cause(p.step, errno, device, p.apiVersion));
    }
    for (KvmCapability c : caps) {
      if (c.required() && p.capabilities.get(c) == 0) {
        return p.fail(
            Step.CAPABILITIES,
            "KVM on " + device + " lacks " + c.kvmName() + ", which uhyve needs");
      }
    }
    return checkExits(p, r);
  }

  private static void recordExits(Probe p, long[] r) {
    if (r[R_EXIT1] < 0) {
      return;
    }
    if (r[R_EXIT1] == EXIT_IO) {
      p.exits.add(
          String.format(
              "IO %s port 0x%x size %d value 0x%x",
              r[R_IO_DIRECTION] == IO_OUT ? "out" : "in",
              r[R_IO_PORT],
              r[R_IO_SIZE],
              r[R_IO_VALUE]));
      if (r[R_IO_DIRECTION] == IO_OUT && r[R_IO_PORT] == PORT) {
        p.valueRead = OptionalInt.of((int) r[R_IO_VALUE]);
      }
    } else {
      p.exits.add(exitName(r[R_EXIT1]) + (r[R_DETAIL] >= 0 ? " detail " + r[R_DETAIL] : ""));
    }
    if (r[R_EXIT2] >= 0) {
      p.exits.add(exitName(r[R_EXIT2]) + (r[R_DETAIL] >= 0 ? " detail " + r[R_DETAIL] : ""));
    }
  }

  private static Probe checkExits(Probe p, long[] r) {
    String expected = String.format("expected an out of 0x%x to port 0x%x, then HLT", VALUE, PORT);
    if (r[R_EXIT1] != EXIT_IO
        || r[R_IO_DIRECTION] != IO_OUT
        || r[R_IO_PORT] != PORT
        || r[R_IO_SIZE] != 2) {
      return p.fail(Step.CHECK_EXITS, "unexpected first exit " + p.exits.get(0) + "; " + expected);
    }
    if (r[R_IO_VALUE] != VALUE) {
      return p.fail(
          Step.CHECK_EXITS, String.format("the guest wrote 0x%x; %s", r[R_IO_VALUE], expected));
    }
    if (r[R_EXIT2] != EXIT_HLT) {
      return p.fail(Step.CHECK_EXITS, "unexpected second exit " + p.exits.get(1) + "; " + expected);
    }
    p.step = Step.CHECK_EXITS;
    return p;
  }

  static String exitName(long reason) {
    return "KVM_EXIT_" + EXIT_NAMES.getOrDefault(reason, Long.toString(reason));
  }

  static String noDevice(Path device) {
    return "no KVM device at "
        + device
        + ": load kvm_intel or kvm_amd, enable virtualisation in the firmware (or nested"
        + " virtualisation for this VM), and pass /dev/kvm into the container";
  }

  /** The cause in words of a failed call at {@code step}; it always names the device. */
  static String cause(Step step, int errno, Path device, int apiVersion) {
    String e = Errno.describe(errno);
    return switch (step) {
      case LOAD_LIBRARY, CHECK_EXITS -> "unexpected failure at " + step + ": " + e;
      case OPEN_DEVICE ->
          switch (errno) {
            case Errno.ENOENT -> noDevice(device);
            case Errno.EACCES, Errno.EPERM ->
                "permission denied opening "
                    + device
                    + " ("
                    + e
                    + "): add this user to group kvm or run as root";
            case Errno.EISDIR -> device + " is a directory, not a KVM device";
            case Errno.ENOSYS -> "the probe's guest is x86 code and this host is not x86";
            default -> "cannot open " + device + ": " + e;
          };
      case API_VERSION ->
          errno == Errno.EPROTO
              ? device + " speaks KVM API version " + apiVersion + ", expected " + KVM_API_VERSION
              : device + " is not a KVM device (KVM_GET_API_VERSION failed: " + e + ")";
      case CAPABILITIES -> "KVM_CHECK_EXTENSION on " + device + " failed: " + e;
      case CREATE_VM ->
          "KVM_CREATE_VM on "
              + device
              + " failed ("
              + e
              + "): hardware virtualisation is not usable here; in a VM, enable nested"
              + " virtualisation; elsewhere check that no other hypervisor holds VT-x/AMD-V";
      case SET_TSS_ADDR -> "KVM_SET_TSS_ADDR failed: " + e;
      case MAP_MEMORY -> "mapping 4 KiB of guest memory failed: " + e;
      case CREATE_VCPU -> "KVM_CREATE_VCPU on " + device + " failed: " + e;
      case MAP_RUN -> "mapping the vCPU's kvm_run area failed: " + e;
      case SET_REGISTERS -> "setting the vCPU's real-mode registers failed: " + e;
      case RUN -> "KVM_RUN failed: " + e;
    };
  }
}
