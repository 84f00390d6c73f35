package org.hexo.ci.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hexo.ci.UsageException;

/**
 * The problem classes of an app: one per {@code npbparams-<C>.h} in its directory (NPB's layout).
 * An app without such headers has no classes and is built and named without one.
 */
public final class AppClasses {
  private static final Pattern HEADER = Pattern.compile("npbparams-([A-Za-z0-9]+)\\.h");

  private static final List<String> NPB_ORDER = List.of("S", "W", "A", "B", "C", "D", "E", "F");

  private AppClasses() {}

  /** The classes of the app in {@code dir}, sorted; empty when it has none (or no directory). */
  public static List<String> of(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> HEADER.matcher(p.getFileName().toString()))
          .filter(Matcher::matches)
          .map(m -> m.group(1))
          .sorted(Comparator.comparingInt(AppClasses::npbOrder).thenComparing(c -> c))
          .toList();
    } catch (IOException e) {
      throw new UsageException("cannot list app directory " + dir + ": " + e.getMessage(), "", e);
    }
  }

  /**
   * Checks {@code appClass} (null: none given) against the app's classes: an app with classes needs
   * one of them, an app without classes takes none.
   *
   * @return {@code appClass}, or null for an app without classes
   * @throws UsageException naming the value and the classes the app has
   */
  public static String require(Path dir, String appClass) {
    if (!Files.isDirectory(dir)) {
      throw new UsageException(
          "app directory " + dir + " does not exist", "pass --app apps/<name> or COMPONENT:PATH");
    }
    List<String> classes = of(dir);
    String app = dir.getFileName().toString();
    if (classes.isEmpty()) {
      if (appClass != null && !appClass.isEmpty()) {
        throw new UsageException(
            "app "
                + app
                + " has no classes (no npbparams-<C>.h), but class '"
                + appClass
                + "' was given",
            "drop --class (or the matrix's classes) for " + app);
      }
      return null;
    }
    if (appClass == null || appClass.isEmpty()) {
      throw new UsageException(
          "app " + app + " needs a class",
          "pass --class with one of its classes: " + String.join(", ", classes));
    }
    if (!classes.contains(appClass)) {
      throw new UsageException(
          "app " + app + " has no class '" + appClass + "' (npbparams-" + appClass + ".h)",
          "use one of its classes: " + String.join(", ", classes));
    }
    return appClass;
  }

  /** NPB's order of classes, small to large; other names after them. */
  private static int npbOrder(String c) {
    int i = NPB_ORDER.indexOf(c);
    return i < 0 ? NPB_ORDER.size() : i;
  }

  /** {@code app} or {@code app-C}: how builds and artifact directories name an app and class. */
  public static String slug(String app, String appClass) {
    return appClass == null || appClass.isEmpty() ? app : app + "-" + appClass;
  }
}
