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
import org.hexo.ci.app.AppClasses;
import org.hexo.ci.app.AppDescription;
import org.hexo.ci.verify.Checks;
import org.hexo.ci.verify.Normalizer;

/**
 * One migration test, validated: which app and class, built with which toolchain, migrated how,
 * which way, on what trigger, between which boards, within what time. Immutable; the runner never
 * changes it. Invalid values are {@link UsageException}s naming the value and the valid ones. The
 * boards are named by ISA; which one is the source follows from the direction ({@link #roles()}).
 * Build one with {@link #builder(Path, String)}.
 *
 * @param appDir the app's source directory (holds {@code *.c}, and {@code npbparams-<class>.h} when
 *     the app has classes)
 * @param appClass the NPB class, one of the app's; null for an app without classes
 * @param toolchain the toolchain spec name or file ({@code hexo-lite}, {@code hexo}, a YAML path)
 * @param mode checkpoint/restart or post-copy
 * @param direction which way the program moves
 * @param trigger what makes the source leg migrate
 * @param x86Board the inventory name of the x86-64 board
 * @param armBoard the inventory name of the aarch64 board
 * @param timeout the time limit of each leg; a leg still running then is killed (verdict ERROR)
 * @param volatileLines regexes of output lines that legitimately differ between runs
 * @param verificationRegex the app's own success line, searched in the last leg's output; null when
 *     the app names none and has no NPB classes (no success line is required then)
 * @param memory {@code HERMIT_MEM} for every leg
 * @param app the app's description as used ({@code hexo-app.yaml} with the flags on top): the argv
 *     and input files of every leg, and what the report shows
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
    String memory,
    AppDescription app) {

  public static final Set<String> CLASSES = Set.of("S", "W", "A", "B", "C");

  public MigrationSpec {
    Objects.requireNonNull(appDir, "appDir");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(trigger, "trigger");
    appDir = appDir.toAbsolutePath().normalize();
    requireApp(appDir);
    appClass = AppClasses.require(appDir, appClass);
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
    app = app == null ? AppDescription.NONE : app;
    app.inputFiles(appDir);
    if (verificationRegex == null || verificationRegex.isBlank()) {
      verificationRegex = appClass != null ? Checks.NPB_VERIFICATION : null;
    }
    memory = blankToDefault(memory, "1G");
    if (!memory.matches("[0-9]+[KMG]?")) {
      throw new UsageException(
          "memory '" + memory + "' is not a size", "write e.g. 512M or 1G (HERMIT_MEM)");
    }
  }

  /**
   * A builder for the test of {@code appDir} at {@code appClass} (null for an app without classes),
   * with every default set; {@code build()} reads the app's {@code hexo-app.yaml}.
   */
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
        .memory(memory)
        .resolvedDescription(app);
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

  /**
   * A stable test name, e.g. {@code is.S.cr.x86-to-arm.output}; without the class for an app that
   * has none ({@code hello.cr.x86-to-arm.output}).
   */
  public String testName() {
    String name = appClass == null ? appName() : appName() + "." + appClass;
    return String.join(".", name, mode.id(), direction.id(), trigger.kind().id());
  }

  /** The program's arguments (HEXO's {@code ARGS}), the same for every leg. */
  public List<String> args() {
    return app.argv();
  }

  /** The host files copied into every leg's work directory. */
  public List<Path> inputs() {
    return app.inputFiles(appDir);
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

  private static String blankToDefault(String value, String dflt) {
    return value == null || value.isBlank() ? dflt : value;
  }
}
