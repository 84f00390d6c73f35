package org.hexo.ci.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.config.HexoConfig;
import org.hexo.ci.docker.Docker;
import org.hexo.ci.doctor.DoctorCheck.Outcome;
import org.hexo.ci.nativeio.KvmProbe;
import org.hexo.ci.nativeio.KvmProbeResult;
import org.hexo.ci.nativeio.VmmLibrary;

/** The host probes of {@code hexo-ci doctor}, as static factories. */
public final class HostChecks {
  private static final String SETUP = "run `bash scripts/setup-host.sh` as root";

  private HostChecks() {}

  /**
   * Every row doctor prints, in order. Add new rows here.
   *
   * @param searchPath the {@code PATH} programs are looked up in, passed from the edge
   */
  public static List<DoctorCheck> defaults(HexoConfig config, String searchPath) {
    return List.of(
        docker(),
        binfmtAarch64(Path.of("/proc/sys/fs/binfmt_misc")),
        kvm(Path.of("/dev/kvm")),
        nativeHelper(),
        kvmGuest(KvmProbe.DEFAULT_DEVICE),
        program("qemu-aarch64-static", true, "qemu-user-static", searchPath),
        program("qemu-system-aarch64", false, "qemu-system-arm", searchPath),
        program("aarch64-linux-gnu-gcc", false, "gcc-aarch64-linux-gnu", searchPath),
        program("debootstrap", true, "debootstrap", searchPath),
        freeDisk(config.cacheDir(), 5L << 30, 20L << 30));
  }

  /** The Docker daemon answers (required: toolchains and app builds run in it). */
  public static DoctorCheck docker() {
    return DoctorCheck.of(
        "docker daemon",
        true,
        () -> {
          try {
            var v = Docker.client().versionCmd().exec();
            return Outcome.ok("engine " + v.getVersion() + ", API " + v.getApiVersion());
          } catch (InfrastructureException e) {
            return Outcome.fail(e.getMessage(), e.remedy());
          } catch (RuntimeException e) {
            return Outcome.fail("not reachable: " + e.getMessage(), "start dockerd: " + SETUP);
          }
        });
  }

  /** binfmt_misc runs aarch64 ELF files through qemu (required: arm64 boards and containers). */
  public static DoctorCheck binfmtAarch64(Path binfmtDir) {
    return DoctorCheck.of(
        "binfmt aarch64",
        true,
        () -> {
          Path entry = binfmtDir.resolve("qemu-aarch64");
          if (!Files.isRegularFile(entry)) {
            return Outcome.fail(
                entry + " is missing",
                "mount binfmt_misc and `update-binfmts --enable qemu-aarch64`, or " + SETUP);
          }
          String text = read(entry);
          if (!text.startsWith("enabled")) {
            return Outcome.fail("registered but disabled", "update-binfmts --enable qemu-aarch64");
          }
          String flags =
              text.lines().filter(l -> l.startsWith("flags:")).findFirst().orElse("flags: ?");
          return Outcome.ok("enabled, " + flags);
        });
  }

  /** {@code /dev/kvm} is usable (optional: only the real uhyve needs it; hexo-lite does not). */
  public static DoctorCheck kvm(Path dev) {
    return DoctorCheck.of(
        "/dev/kvm",
        false,
        () ->
            Files.exists(dev) && Files.isReadable(dev) && Files.isWritable(dev)
                ? Outcome.ok("present, read-write")
                : Outcome.fail(
                    dev + " is missing or not read-write",
                    "enable virtualisation (nested KVM on a VM) and `modprobe kvm_intel` or"
                        + " `kvm_amd`; the real HEXO x86 leg needs it"));
  }

  /**
   * The vmm-jni helper loads (optional: without it signals use `kill` and legs report no usage).
   */
  public static DoctorCheck nativeHelper() {
    return DoctorCheck.of(
        "native helper",
        false,
        () ->
            VmmLibrary.isAvailable()
                ? Outcome.ok("loaded from " + VmmLibrary.source().orElse("?"))
                : Outcome.fail(
                    VmmLibrary.unavailabilityCause().orElse("not loaded"),
                    "rebuild with `mvn package` (needs gcc and the JDK headers); hexo-ci falls back"
                        + " to the kill command and reports no per-leg memory or CPU"));
  }

  /**
   * A real KVM guest runs: the probe creates a VM and a vCPU, runs real-mode code that writes to an
   * I/O port and halts (optional: only the real uhyve needs KVM on the x86 leg).
   */
  public static DoctorCheck kvmGuest(Path device) {
    return DoctorCheck.of(
        "KVM guest",
        false,
        () -> {
          KvmProbeResult r = KvmProbe.run(device);
          return r.ok()
              ? Outcome.ok(r.summary())
              : Outcome.fail(
                  r.summary(),
                  "HEXO's uhyve cannot run on this agent: enable (nested) virtualisation and give"
                      + " this user read-write access to "
                      + device);
        });
  }

  /** An executable on the PATH (or an absolute path), from a Debian package. */
  public static DoctorCheck program(
      String name, boolean required, String debianPackage, String searchPath) {
    return DoctorCheck.of(
        name,
        required,
        () -> {
          Path found = which(name, searchPath);
          return found != null
              ? Outcome.ok(found.toString())
              : Outcome.fail(
                  "not found on PATH", "apt-get install " + debianPackage + ", or " + SETUP);
        });
  }

  /** Free space in {@code dir} (or its nearest existing parent). */
  public static DoctorCheck freeDisk(Path dir, long minBytes, long recommendedBytes) {
    return DoctorCheck.of(
        "free disk (cache)",
        true,
        () -> {
          Path p = dir.toAbsolutePath();
          while (p != null && !Files.exists(p)) {
            p = p.getParent();
          }
          try {
            long free = Files.getFileStore(p).getUsableSpace();
            String detail = gib(free) + " free in " + dir;
            if (free < minBytes) {
              return Outcome.fail(
                  detail + ", need " + gib(minBytes),
                  "free space or point --cache-dir at a bigger disk");
            }
            return Outcome.ok(
                free < recommendedBytes
                    ? detail + " (the real LLVM toolchain wants " + gib(recommendedBytes) + ")"
                    : detail);
          } catch (IOException e) {
            return Outcome.fail("cannot stat " + p + ": " + e.getMessage(), "check --cache-dir");
          }
        });
  }

  private static String gib(long bytes) {
    return String.format("%.1f GiB", bytes / (double) (1L << 30));
  }

  private static Path which(String name, String searchPath) {
    if (name.startsWith("/")) {
      return Files.isExecutable(Path.of(name)) ? Path.of(name) : null;
    }
    String path = searchPath + ":/usr/sbin:/sbin";
    for (String d : path.split(":")) {
      if (!d.isEmpty() && Files.isExecutable(Path.of(d, name))) {
        return Path.of(d, name);
      }
    }
    return null;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      return "";
    }
  }
}
