package org.hexo.ci.migration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.hexo.ci.UsageException;
import org.hexo.ci.verify.Checks;
import org.hexo.ci.verify.Normalizer;

/**
 * One migration test, validated: which app and class, built with which toolchain, migrated how,
 * which way, on what trigger, between which boards, within what time. Immutable; the runner never
 * changes it. Invalid values are {@link UsageException}s naming the value and the valid ones.
 *
 * @param appDir the app's source directory (holds {@code *.c} and {@code npbparams-<class>.h})
 * @param appClass the NPB class, one of S, W, A, B, C
 * @param toolchain the toolchain spec name or file ({@code hexo-lite}, {@code hexo}, a YAML path)
 * @param mode checkpoint/restart or post-copy
 * @param direction which way the program moves
 * @param trigger what makes the source leg migrate
 * @param sourceBoard the inventory name of the board the program starts on
 * @param destinationBoard the inventory name of the board it migrates to
 * @param timeout the time limit of each leg; a leg still running then is killed (verdict ERROR)
 * @param volatileLines regexes of output lines that legitimately differ between runs
 * @param verificationRegex the app's own success line, searched in the last leg's output
 * @param memory {@code HERMIT_MEM} for every leg
 */
public record MigrationSpec(
    Path appDir,
    String appClass,
    String toolchain,
    Mode mode,
    Direction direction,
    Trigger trigger,
    String sourceBoard,
    String destinationBoard,
    Duration timeout,
    List<String> volatileLines,
    String verificationRegex,
    String memory) {

  public static final Set<String> CLASSES = Set.of("S", "W", "A", "B", "C");

  public MigrationSpec {
    Objects.requireNonNull(appDir, "appDir");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(trigger, "trigger");
    appDir = appDir.toAbsolutePath().normalize();
    requireApp(appDir);
    if (appClass == null || !CLASSES.contains(appClass)) {
      throw new UsageException("unknown class '" + appClass + "'", "use one of S, W, A, B, C");
    }
    if (hasClassHeaders(appDir) && !Files.exists(appDir.resolve("npbparams-" + appClass + ".h"))) {
      throw new UsageException(
          "app " + appDir.getFileName() + " has no class '" + appClass + "'",
          "add npbparams-" + appClass + ".h to " + appDir + " or pick another class");
    }
    toolchain = blankToDefault(toolchain, "hexo-lite");
    sourceBoard = requireName(sourceBoard, "source board");
    destinationBoard = requireName(destinationBoard, "destination board");
    if (sourceBoard.equals(destinationBoard)) {
      throw new UsageException(
          "source and destination are both board '" + sourceBoard + "'",
          "migrate between an x86-64 board (e.g. local) and an aarch64 board (e.g. qemu-user)");
    }
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new UsageException(
          "timeout must be positive, got " + timeout.toSeconds() + " s", "pass e.g. --timeout 300");
    }
    volatileLines =
        List.copyOf(volatileLines == null ? Normalizer.DEFAULT_VOLATILE : volatileLines);
    Normalizer.withVolatileLines(volatileLines);
    verificationRegex = blankToDefault(verificationRegex, Checks.NPB_VERIFICATION);
    memory = blankToDefault(memory, "1G");
    if (!memory.matches("[0-9]+[KMG]?")) {
      throw new UsageException(
          "memory '" + memory + "' is not a size", "write e.g. 512M or 1G (HERMIT_MEM)");
    }
  }

  /** A spec with default toolchain, normalisation rules and verification line. */
  public static MigrationSpec of(
      Path appDir,
      String appClass,
      Mode mode,
      Direction direction,
      Trigger trigger,
      String sourceBoard,
      String destinationBoard,
      Duration timeout) {
    return new MigrationSpec(
        appDir,
        appClass,
        null,
        mode,
        direction,
        trigger,
        sourceBoard,
        destinationBoard,
        timeout,
        null,
        null,
        null);
  }

  /** The app's name: its directory's name, e.g. {@code is}. */
  public String appName() {
    return appDir.getFileName().toString();
  }

  /** A stable test name, e.g. {@code is.S.cr.x86-to-arm.output}. */
  public String testName() {
    return String.join(".", appName(), appClass, mode.id(), direction.id(), trigger.kind().id());
  }

  public Normalizer normalizer() {
    return Normalizer.withVolatileLines(volatileLines);
  }

  public MigrationSpec withToolchain(String value) {
    return new MigrationSpec(
        appDir,
        appClass,
        value,
        mode,
        direction,
        trigger,
        sourceBoard,
        destinationBoard,
        timeout,
        volatileLines,
        verificationRegex,
        memory);
  }

  public MigrationSpec withVolatileLines(List<String> value) {
    return new MigrationSpec(
        appDir,
        appClass,
        toolchain,
        mode,
        direction,
        trigger,
        sourceBoard,
        destinationBoard,
        timeout,
        value,
        verificationRegex,
        memory);
  }

  private static void requireApp(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new UsageException(
          "unknown app '" + dir + "': no such directory",
          "pass an app directory holding its *.c files, e.g. apps/is");
    }
    try (Stream<Path> files = Files.list(dir)) {
      if (files.noneMatch(p -> p.toString().endsWith(".c"))) {
        throw new UsageException(
            "unknown app '" + dir + "': it holds no .c file",
            "pass an app directory holding its *.c files, e.g. apps/is");
      }
    } catch (IOException e) {
      throw new UsageException("cannot read app directory " + dir + ": " + e.getMessage(), "", e);
    }
  }

  private static boolean hasClassHeaders(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(p -> p.getFileName().toString().matches("npbparams-.\\.h"));
    } catch (IOException e) {
      return false;
    }
  }

  private static String requireName(String name, String what) {
    if (name == null || name.isBlank()) {
      throw new UsageException(what + " is missing", "name a board from the inventory");
    }
    return name;
  }

  private static String blankToDefault(String value, String dflt) {
    return value == null || value.isBlank() ? dflt : value;
  }
}
