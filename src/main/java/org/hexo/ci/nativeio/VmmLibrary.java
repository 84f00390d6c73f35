package org.hexo.ci.nativeio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import org.hexo.ci.InfrastructureException;

/**
 * Loads {@code libhexo-vmm} once per JVM and says whether it is usable. Load order: nothing when
 * {@code -Dhexo.vmm.disable=true}; the file named by {@code -Dhexo.vmm.lib} when set (development);
 * otherwise the versioned {@code .so} packaged under {@code META-INF/native/linux-<arch>/}, copied
 * to a temporary file, loaded, and deleted (the mapping outlives the file). Nothing here throws at
 * load time: callers ask {@link #isAvailable()} and fall back to commands or less detail.
 */
public final class VmmLibrary {
  /** System property that forces the library unavailable when "true". */
  public static final String DISABLE_PROPERTY = "hexo.vmm.disable";

  /** System property naming a {@code .so} to load instead of the packaged one. */
  public static final String PATH_PROPERTY = "hexo.vmm.lib";

  private static final String VERSION_FILE = "libhexo-vmm.version";
  private static final Status STATUS = load();

  private record Status(String cause, String source) {}

  private VmmLibrary() {}

  /** True when the native helper is loaded and matches this build. */
  public static boolean isAvailable() {
    return STATUS.cause == null;
  }

  /** Why the native helper is not available; empty when it is. */
  public static Optional<String> unavailabilityCause() {
    return Optional.ofNullable(STATUS.cause);
  }

  /** Where the loaded library came from, e.g. "libhexo-vmm 0.1.0 from the jar"; empty if none. */
  public static Optional<String> source() {
    return Optional.ofNullable(STATUS.source);
  }

  /** Throws unless the library is available; for functions that have no fallback. */
  static void require(String forWhat) {
    if (!isAvailable()) {
      throw new InfrastructureException(
          forWhat + " needs the native helper libhexo-vmm, which is unavailable: " + STATUS.cause,
          "run hexo-ci from its jar on Linux x86-64 or aarch64, or unset -D" + DISABLE_PROPERTY);
    }
  }

  private static Status load() {
    if (Boolean.getBoolean(DISABLE_PROPERTY)) {
      return new Status("disabled by -D" + DISABLE_PROPERTY + "=true", null);
    }
    try {
      String override = System.getProperty(PATH_PROPERTY);
      if (override != null && !override.isBlank()) {
        return loadFile(Path.of(override).toAbsolutePath(), null);
      }
      return loadPackaged();
    } catch (IOException | LinkageError | SecurityException e) {
      return new Status("could not load libhexo-vmm: " + e, null);
    }
  }

  private static Status loadPackaged() throws IOException {
    if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")) {
      return new Status("only built for Linux, this is " + System.getProperty("os.name"), null);
    }
    String dir = "/META-INF/native/linux-" + arch() + "/";
    String version;
    try (InputStream in = VmmLibrary.class.getResourceAsStream(dir + VERSION_FILE)) {
      if (in == null) {
        return new Status(
            "no native library for linux-" + arch() + " on the class path (" + dir + ")", null);
      }
      version = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    }
    String name = "libhexo-vmm-" + version + ".so";
    Path temp = Files.createTempFile("libhexo-vmm-" + version + "-", ".so");
    try (InputStream so = VmmLibrary.class.getResourceAsStream(dir + name)) {
      if (so == null) {
        return new Status(dir + name + " is missing from the class path", null);
      }
      Files.copy(so, temp, StandardCopyOption.REPLACE_EXISTING);
      return loadFile(temp, version);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static Status loadFile(Path file, String expectedVersion) {
    if (!Files.isRegularFile(file)) {
      return new Status(PATH_PROPERTY + " names " + file + ", which is not a file", null);
    }
    System.load(file.toString());
    String actual = VmmNative.version();
    if (expectedVersion != null && !expectedVersion.equals(actual)) {
      return new Status(
          "libhexo-vmm reports version " + actual + ", expected " + expectedVersion, null);
    }
    return new Status(
        null,
        "libhexo-vmm "
            + actual
            + (expectedVersion == null ? " from " + file : " from the class path"));
  }

  private static String arch() {
    String arch = System.getProperty("os.arch", "");
    return switch (arch) {
      case "amd64", "x86_64" -> "x86_64";
      case "aarch64", "arm64" -> "aarch64";
      default -> arch;
    };
  }
}
