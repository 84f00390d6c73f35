package org.hexo.ci.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hexo.ci.UsageException;

/**
 * An application directory in the template-Makefile layout: C sources, {@code npbparams-<C>.h} per
 * class when it has classes, and a {@code Makefile} (normally a symlink to the toolchain's
 * template). Validates it, hashes its sources and copies them; it never writes into the directory.
 */
final class AppSource {
  /** Build products and runtime files of the template Makefile; not part of the source hash. */
  private static final Pattern GENERATED =
      Pattern.compile(
          "prog_.*|.*\\.o|.*\\.bc|.*\\.bin|stack\\.bin\\..*|tls\\.bin\\..*|map.*|aligned.*"
              + "|\\.status|\\.lock|\\.memory|npbparams\\.h|stack-transform\\.log|.*\\.log");

  private final Path dir;

  private AppSource(Path dir) {
    this.dir = dir;
  }

  /**
   * The app at {@code dir}, checked to have C sources and the header of {@code appClass} (null for
   * an app without classes).
   */
  static AppSource of(Path dir, String appClass) {
    Path d = dir.toAbsolutePath().normalize();
    if (!Files.isDirectory(d)) {
      throw new UsageException("app directory " + d + " does not exist", "pass --app apps/<name>");
    }
    List<Path> files = list(d);
    if (files.stream().noneMatch(p -> p.getFileName().toString().endsWith(".c"))) {
      throw new UsageException(
          "app directory " + d + " has no C sources (*.c)",
          "point --app at a directory in the template-Makefile layout, e.g. apps/is");
    }
    AppClasses.require(d, appClass);
    return new AppSource(d);
  }

  String name() {
    return dir.getFileName().toString();
  }

  /**
   * sha256 over the sources' names and the contents the build will see (build products excluded).
   */
  String hash() {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Path p : sources()) {
        md.update(p.getFileName().toString().getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        // a Makefile link is replaced by the template, so its target is what counts; any other
        // link is copied as the file it points at (apps/common), so its contents count
        md.update(
            isMakefileLink(p)
                ? ("link:" + Files.readSymbolicLink(p)).getBytes(StandardCharsets.UTF_8)
                : Files.readAllBytes(p));
        md.update((byte) 0);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException | NoSuchAlgorithmException e) {
      throw new UsageException("cannot read app sources in " + dir + ": " + e.getMessage(), "", e);
    }
  }

  /**
   * Copies the sources into {@code target}; a {@code Makefile} symlink (or none) becomes a symlink
   * to {@code templateMakefile}, the template of the toolchain under test.
   */
  void copyTo(Path target, String templateMakefile) throws IOException {
    Files.createDirectories(target);
    for (Path p : sources()) {
      String n = p.getFileName().toString();
      if (isMakefileLink(p)) {
        continue;
      }
      Files.copy(p, target.resolve(n), StandardCopyOption.COPY_ATTRIBUTES);
    }
    if (!Files.exists(target.resolve("Makefile"), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      Files.createSymbolicLink(target.resolve("Makefile"), Path.of(templateMakefile));
    }
  }

  private static boolean isMakefileLink(Path p) {
    return p.getFileName().toString().equals("Makefile") && Files.isSymbolicLink(p);
  }

  private List<Path> sources() {
    return list(dir).stream()
        .filter(p -> !GENERATED.matcher(p.getFileName().toString()).matches())
        .filter(p -> Files.isRegularFile(p) || Files.isSymbolicLink(p))
        .toList();
  }

  private static List<Path> list(Path d) {
    try (Stream<Path> s = Files.list(d)) {
      return s.sorted().toList();
    } catch (IOException e) {
      throw new UsageException("cannot list app directory " + d + ": " + e.getMessage(), "", e);
    }
  }
}
