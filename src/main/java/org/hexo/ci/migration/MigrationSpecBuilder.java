package org.hexo.ci.migration;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hexo.ci.UsageException;
import org.hexo.ci.app.AppDescription;
import org.hexo.ci.verify.Normalizer;

/**
 * Collects a {@link MigrationSpec}'s values; {@link #build()} reads the app's {@code hexo-app.yaml}
 * (once), puts the values given here on top and validates them all at once. Defaults, where neither
 * names a value: mode cr, direction x86-to-arm, trigger {@code timer:5}, boards {@code local} and
 * {@code qemu-user}, timeout 300 s, the default toolchain, normalisation rules, verification line
 * and memory.
 */
public final class MigrationSpecBuilder {
  private static final Trigger DEFAULT = new Trigger(Trigger.Kind.TIMER, "5");

  private final Path appDir;
  private final String appClass;
  private String toolchain;
  private Mode mode = Mode.CR;
  private Direction direction = Direction.X86_TO_ARM;
  private Trigger trigger;
  private String x86Board = "local";
  private String armBoard = "qemu-user";
  private Duration timeout;
  private Duration fallbackTimeout = Duration.ofSeconds(300);
  private List<String> volatileLines;
  private String verificationRegex;
  private String memory;
  private AppDescription flags = AppDescription.NONE;
  private AppDescription resolved;

  MigrationSpecBuilder(Path appDir, String appClass) {
    this.appDir = appDir;
    this.appClass = appClass;
  }

  public MigrationSpecBuilder toolchain(String value) {
    this.toolchain = value;
    return this;
  }

  public MigrationSpecBuilder mode(Mode value) {
    this.mode = value;
    return this;
  }

  public MigrationSpecBuilder direction(Direction value) {
    this.direction = value;
    return this;
  }

  public MigrationSpecBuilder trigger(Trigger value) {
    this.trigger = value;
    return this;
  }

  public MigrationSpecBuilder x86Board(String value) {
    this.x86Board = value;
    return this;
  }

  public MigrationSpecBuilder armBoard(String value) {
    this.armBoard = value;
    return this;
  }

  /** The per-leg time limit; null leaves it to the app's description or the fallback. */
  public MigrationSpecBuilder timeout(Duration value) {
    this.timeout = value;
    return this;
  }

  /** The time limit when neither {@link #timeout} nor the app's description names one. */
  public MigrationSpecBuilder fallbackTimeout(Duration value) {
    this.fallbackTimeout = value;
    return this;
  }

  /**
   * Values of the app's description given by the caller (flags, a matrix file): they override the
   * app's {@code hexo-app.yaml}, and their normalisation rules are added to its rules.
   */
  public MigrationSpecBuilder description(AppDescription value) {
    this.flags = value == null ? AppDescription.NONE : value;
    return this;
  }

  /** A description already merged with the app's file (a spec's own), used as it is. */
  MigrationSpecBuilder resolvedDescription(AppDescription value) {
    this.resolved = value;
    return this;
  }

  /** Every volatile-line rule, replacing the defaults and the description's; null keeps those. */
  public MigrationSpecBuilder volatileLines(List<String> value) {
    this.volatileLines = value;
    return this;
  }

  public MigrationSpecBuilder verificationRegex(String value) {
    this.verificationRegex = value;
    return this;
  }

  public MigrationSpecBuilder memory(String value) {
    this.memory = value;
    return this;
  }

  public MigrationSpec build() {
    AppDescription app =
        resolved != null ? resolved : AppDescription.read(appDir).overriddenBy(flags);
    List<String> rules = volatileLines;
    if (rules == null) {
      rules = new ArrayList<>(Normalizer.DEFAULT_VOLATILE);
      rules.addAll(app.normalize());
    }
    return new MigrationSpec(
        appDir,
        appClass,
        toolchain,
        mode,
        direction,
        trigger != null ? trigger : app.defaultTrigger().map(this::suggested).orElse(DEFAULT),
        x86Board,
        armBoard,
        timeout != null ? timeout : app.timeout() != null ? app.timeout() : fallbackTimeout,
        rules,
        verificationRegex != null ? verificationRegex : app.verify(),
        memory != null ? memory : app.memory(),
        app);
  }

  private Trigger suggested(String text) {
    try {
      return Trigger.parse(text);
    } catch (UsageException e) {
      throw new UsageException(
          appDir.resolve(AppDescription.FILE) + ": triggers: " + e.getMessage(), e.remedy(), e);
    }
  }
}
