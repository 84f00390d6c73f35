package org.hexo.ci.migration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hexo.ci.UsageException;

/**
 * The built programs a migration test runs, in one host directory: {@code prog_x86-64_aligned},
 * {@code prog_aarch64_aligned}, {@code proxy-x86_64} and {@code proxy-aarch64}, plus the toolchain
 * manifest (component name to commit id) they were built from, for the report.
 *
 * @param hostDir the directory holding the four files
 * @param manifest component name to commit id; may be empty
 */
public record MigrationArtifacts(Path hostDir, Map<String, String> manifest) {
  public static final String PROG_X86 = "prog_x86-64_aligned";
  public static final String PROG_ARM = "prog_aarch64_aligned";

  public MigrationArtifacts {
    Objects.requireNonNull(hostDir, "hostDir");
    hostDir = hostDir.toAbsolutePath().normalize();
    manifest = Map.copyOf(manifest == null ? Map.of() : manifest);
    List<String> missing = new ArrayList<>();
    for (String f : List.of(PROG_X86, PROG_ARM, proxyName("x86_64"), proxyName("aarch64"))) {
      if (!Files.isRegularFile(hostDir.resolve(f))) {
        missing.add(f);
      }
    }
    if (!missing.isEmpty()) {
      throw new UsageException(
          "build directory " + hostDir + " lacks " + String.join(", ", missing),
          "build the app first (hexo-ci app build) and pass its output directory");
    }
  }

  /** The program binaries every leg needs in its working directory. */
  public List<Path> programs() {
    return List.of(hostDir.resolve(PROG_X86), hostDir.resolve(PROG_ARM));
  }

  /** All four files, in the layout {@code --artifacts} reads. */
  public List<Path> files() {
    return List.of(
        hostDir.resolve(PROG_X86),
        hostDir.resolve(PROG_ARM),
        hostDir.resolve(proxyName("x86_64")),
        hostDir.resolve(proxyName("aarch64")));
  }

  /** The proxy (uhyve, or hexo-lite's stand-in) for programs of ISA {@code arch}. */
  public Path proxy(String arch) {
    return hostDir.resolve(proxyName(arch));
  }

  /** The program to run on ISA {@code arch}. */
  public static String programFor(String arch) {
    return "aarch64".equals(arch) ? PROG_ARM : PROG_X86;
  }

  private static String proxyName(String arch) {
    return "proxy-" + arch;
  }
}
