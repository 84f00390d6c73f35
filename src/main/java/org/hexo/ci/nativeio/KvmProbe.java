package org.hexo.ci.nativeio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hexo.ci.nativeio.KvmProbeResult.Step;

/**
 * Proves that this machine can run a KVM guest, the way uhyve will: it creates a VM and a vCPU,
 * runs a few bytes of real-mode code that write {@link #VALUE} to I/O port {@link #PORT} and halt,
 * and checks both exits. Without the native helper it can only check that the device exists.
 */
/**
 * Proves that a machine can run a KVM guest, the way uhyve will: it creates a VM and a vCPU, runs a
 * few instructions that write {@link #VALUE} where the host sees it and stop, and checks both
 * exits. On x86 the guest is real-mode code writing to I/O port {@link #PORT}, then {@code hlt}; on
 * aarch64 it stores to the unbacked address {@link #MMIO_ADDRESS}, then calls PSCI {@code
 * SYSTEM_OFF}.
 *
 * <p>{@link #run} probes this host through the native helper (without it, it can only check that
 * the device exists). {@link #interpret} judges the numbers the probe reports, whether they came
 * from the helper or from {@code hexo-kvm-probe}, the same code as a program run on a board.
 */
public final class KvmProbe {
  public static final Path DEFAULT_DEVICE = Path.of("/dev/kvm");

  /** The port the x86 guest writes to: Bochs' debug port, which nothing else in the VM uses. */
  public static final int PORT = 0xe9;

  /** Where the aarch64 guest stores: no memory is mapped there, so KVM hands the store to us. */
  public static final int MMIO_ADDRESS = 0x20000;

  /** The value the guest writes: "HX". */
  public static final int VALUE = 0x4858;

  static final int KVM_API_VERSION = 12;
  private static final int EXIT_IO = 2;
  private static final int EXIT_HLT = 5;
  private static final int EXIT_MMIO = 6;
  private static final int EXIT_SYSTEM_EVENT = 24;
  private static final int SYSTEM_EVENT_SHUTDOWN = 1;
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
          Map.entry(17L, "INTERNAL_ERROR"),
          Map.entry(24L, "SYSTEM_EVENT"));

  // Indices of the long[] kvm_probe.c fills.
  private static final int R_STEP = 0;
  private static final int R_API = 1;
  private static final int R_EXIT1 = 2;
  private static final int R_OUT_DIRECTION = 3;
  private static final int R_OUT_SIZE = 4;
  private static final int R_OUT_TARGET = 5;
  private static final int R_OUT_VALUE = 6;
  private static final int R_EXIT2 = 7;
  private static final int R_DETAIL = 8;
  static final int R_LEN = 9;

  /** One line of {@code hexo-kvm-probe}: {@code errno=E result=R0,...,R8 capabilities=V0,...}. */
  private static final Pattern PROGRAM_LINE =
      Pattern.compile("errno=(-?\\d+) result=([-\\d,]+) capabilities=([-\\d,]*)");

  private KvmProbe() {}

  /** The guest of one ISA: where it writes and how it stops. */
  public enum Guest {
    X86_64("x86_64", PORT, EXIT_IO, EXIT_HLT, "then HLT"),
    AARCH64("aarch64", MMIO_ADDRESS, EXIT_MMIO, EXIT_SYSTEM_EVENT, "then a PSCI SYSTEM_OFF");

    private final String arch;
    private final int target;
    private final int firstExit;
    private final int secondExit;
    private final String stop;

    Guest(String arch, int target, int firstExit, int secondExit, String stop) {
      this.arch = arch;
      this.target = target;
      this.firstExit = firstExit;
      this.secondExit = secondExit;
      this.stop = stop;
    }

    public String arch() {
      return arch;
    }

    /** The I/O port (x86) or guest-physical address (aarch64) the guest writes to. */
    public int target() {
      return target;
    }

    /** The guest for {@code arch} ("x86_64" or "aarch64"), if the probe has one. */
    public static Optional<Guest> of(String arch) {
      return Arrays.stream(values()).filter(g -> g.arch.equals(arch)).findFirst();
    }

    /** The guest of the ISA this JVM runs on (the JVM says amd64 for x86_64, aarch64 as is). */
    static Optional<Guest> host() {
      String jvm = System.getProperty("os.arch");
      return of("amd64".equals(jvm) ? "x86_64" : jvm);
    }

    String expected() {
      return firstExit == EXIT_IO
          ? String.format("expected an out of 0x%x to port 0x%x, %s", VALUE, target, stop)
          : String.format("expected a store of 0x%x to 0x%x, %s", VALUE, target, stop);
    }
  }

  /** Probes {@code device} (normally {@link #DEFAULT_DEVICE}); never throws for a KVM failure. */
  public static KvmProbeResult run(Path device) {
    Objects.requireNonNull(device, "device");
    long start = System.nanoTime();
    Optional<Guest> guest = Guest.host();
    if (!VmmLibrary.isAvailable() || guest.isEmpty()) {
      return runWithoutLibrary(device).result(device, elapsedSince(start));
    }
    int[] values = new int[KvmCapability.values().length];
    long[] r = new long[R_LEN];
    int errno =
        VmmNative.kvmProbe(
            device.toString(), capabilityNumbers(), values, guest.get().target(), VALUE, r);
    return interpret(device, guest.get(), errno, r, values, elapsedSince(start));
  }

  /** The capability numbers to ask about, in {@link KvmCapability} order. */
  public static int[] capabilityNumbers() {
    return Arrays.stream(KvmCapability.values()).mapToInt(KvmCapability::number).toArray();
  }

  /**
   * Reads the line {@code hexo-kvm-probe} printed for {@code guest} and judges it.
   *
   * @throws IllegalArgumentException when {@code output} holds no such line
   */
  public static KvmProbeResult fromProgram(
      Path device, Guest guest, String output, Duration elapsed) {
    Matcher m = PROGRAM_LINE.matcher(output);
    if (!m.find()) {
      throw new IllegalArgumentException("hexo-kvm-probe printed no result line: " + output);
    }
    long[] r = Arrays.stream(m.group(2).split(",")).mapToLong(Long::parseLong).toArray();
    int[] values =
        m.group(3).isEmpty()
            ? new int[0]
            : Arrays.stream(m.group(3).split(",")).mapToInt(Integer::parseInt).toArray();
    if (r.length != R_LEN || values.length != KvmCapability.values().length) {
      throw new IllegalArgumentException(
          "hexo-kvm-probe's result line does not match this hexo-ci: " + m.group());
    }
    return interpret(device, guest, Integer.parseInt(m.group(1)), r, values, elapsed);
  }

  /** Judges what the probe reported: the errno of its failing step, its slots and capabilities. */
  static KvmProbeResult interpret(
      Path device, Guest guest, int errno, long[] r, int[] values, Duration elapsed) {
    KvmCapability[] caps = KvmCapability.values();
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
      return p.fail(p.step, cause(p.step, errno, device, p.apiVersion)).result(device, elapsed);
    }
    for (KvmCapability c : caps) {
      if (c.requiredOn(guest.arch()) && p.capabilities.get(c) == 0) {
        return p.fail(
                Step.CAPABILITIES,
                "KVM on " + device + " lacks " + c.kvmName() + ", which uhyve needs")
            .result(device, elapsed);
      }
    }
    return checkExits(p, guest, r).result(device, elapsed);
  }

  private static Duration elapsedSince(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
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
    String why =
        Guest.host().isEmpty()
            ? "the probe has no guest for this host's ISA (" + System.getProperty("os.arch") + ")"
            : VmmLibrary.unavailabilityCause().orElse("native helper unavailable");
    return p.fail(Step.LOAD_LIBRARY, device + " exists but no guest was run: " + why);
  }

  private static void recordExits(Probe p, long[] r) {
    if (r[R_EXIT1] < 0) {
      return;
    }
    boolean write = r[R_OUT_DIRECTION] == 1;
    if (r[R_EXIT1] == EXIT_IO) {
      p.exits.add(
          String.format(
              "IO %s port 0x%x size %d value 0x%x",
              write ? "out" : "in", r[R_OUT_TARGET], r[R_OUT_SIZE], r[R_OUT_VALUE]));
    } else if (r[R_EXIT1] == EXIT_MMIO) {
      p.exits.add(
          String.format(
              "MMIO %s 0x%x size %d value 0x%x",
              write ? "write" : "read", r[R_OUT_TARGET], r[R_OUT_SIZE], r[R_OUT_VALUE]));
    } else {
      p.exits.add(exitWithDetail(r[R_EXIT1], r[R_DETAIL]));
    }
    if ((r[R_EXIT1] == EXIT_IO || r[R_EXIT1] == EXIT_MMIO) && write) {
      p.valueRead = OptionalInt.of((int) r[R_OUT_VALUE]);
    }
    if (r[R_EXIT2] >= 0) {
      p.exits.add(exitWithDetail(r[R_EXIT2], r[R_DETAIL]));
    }
  }

  private static String exitWithDetail(long reason, long detail) {
    if (reason == EXIT_SYSTEM_EVENT && detail == SYSTEM_EVENT_SHUTDOWN) {
      return exitName(reason) + " SHUTDOWN";
    }
    return exitName(reason) + (detail >= 0 ? " detail " + detail : "");
  }

  private static Probe checkExits(Probe p, Guest guest, long[] r) {
    String expected = guest.expected();
    if (r[R_EXIT1] != guest.firstExit
        || r[R_OUT_DIRECTION] != 1
        || r[R_OUT_TARGET] != guest.target
        || r[R_OUT_SIZE] != 2) {
      String first = p.exits.isEmpty() ? "none" : p.exits.get(0);
      return p.fail(Step.CHECK_EXITS, "unexpected first exit " + first + "; " + expected);
    }
    if (r[R_OUT_VALUE] != VALUE) {
      return p.fail(
          Step.CHECK_EXITS, String.format("the guest wrote 0x%x; %s", r[R_OUT_VALUE], expected));
    }
    boolean stopped =
        r[R_EXIT2] == guest.secondExit
            && (guest.secondExit != EXIT_SYSTEM_EVENT || r[R_DETAIL] == SYSTEM_EVENT_SHUTDOWN);
    if (!stopped) {
      String second = p.exits.size() < 2 ? "none" : p.exits.get(1);
      return p.fail(Step.CHECK_EXITS, "unexpected second exit " + second + "; " + expected);
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
            case Errno.ENOSYS -> "the probe has no guest for this ISA";
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
              + " virtualisation; elsewhere check that no other hypervisor holds VT-x/AMD-V"
              + " (on aarch64, that the kernel booted at EL2)";
      case SET_TSS_ADDR -> "KVM_SET_TSS_ADDR failed: " + e;
      case MAP_MEMORY -> "mapping 4 KiB of guest memory failed: " + e;
      case CREATE_VCPU -> "KVM_CREATE_VCPU on " + device + " failed: " + e;
      case MAP_RUN -> "mapping the vCPU's kvm_run area failed: " + e;
      case SET_REGISTERS ->
          "setting up the vCPU (real-mode registers on x86, KVM_ARM_VCPU_INIT and the pc on"
              + " aarch64) failed: "
              + e;
      case RUN -> "KVM_RUN failed: " + e;
    };
  }
}
