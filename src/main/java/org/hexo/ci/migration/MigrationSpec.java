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
 * changes it. Invalid values are {@link UsageException}s naming the value and the valid ones. The
 * boards are named by ISA; which one is the source follows from the direction ({@link #roles()}).
 * Build one with {@link #builder(Path, String)}.
 *
 * @param appDir the app's source directory (holds {@code *.c} and {@code npbparams-<class>.h})
 * @param appClass the NPB class, one of S, W, A, B, C
 * @param toolchain the toolchain spec name or file ({@code hexo-lite}, {@code hexo}, a YAML path)
 * @param mode checkpoint/restart or post-copy
 * @param direction which way the program moves
 * @param trigger what makes the source leg migrate
 * @param x86Board the inventory name of the x86-64 board
 * @param armBoard the inventory name of the aarch64 board
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
    String x86Board,
    String armBoard,
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
    BoardRoles roles = new BoardRoles(direction, x86Board, armBoard);
    x86Board = roles.x86Board();
    armBoard = roles.armBoard();
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

  /** A builder for the test of {@code appDir} at {@code appClass}, with every default set. */
  public static MigrationSpecBuilder builder(Path appDir, String appClass) {
    return new MigrationSpecBuilder(appDir, appClass);
  }

  /** A builder holding this spec's values. */
  public MigrationSpecBuilder toBuilder() {
    return builder(appDir, appClass)
        .toolchain(toolchain)
        .mode(mode)
        .direction(direction)
        .trigger(trigger)
        .x86Board(x86Board)
        .armBoard(armBoard)
        .timeout(timeout)
        .volatileLines(volatileLines)
        .verificationRegex(verificationRegex)
        .memory(memory);
  }

  /** Which board plays which role. */
  public BoardRoles roles() {
    return new BoardRoles(direction, x86Board, armBoard);
  }

  /** The inventory name of the board the program starts on. */
  public String sourceBoard() {
    return roles().source();
  }

  /** The inventory name of the board the program first migrates to. */
  public String destinationBoard() {
    return roles().destination();
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

  private static String blankToDefault(String value, String dflt) {
    return value == null || value.isBlank() ? dflt : value;
  }
}
