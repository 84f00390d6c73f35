package org.hexo.ci.migration;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Collects a {@link MigrationSpec}'s values; {@link #build()} validates them all at once. Defaults:
 * mode cr, direction x86-to-arm, trigger {@code timer:5}, boards {@code local} and {@code
 * qemu-user}, timeout 300 s, the default toolchain, normalisation rules, verification line and
 * memory.
 */
public final class MigrationSpecBuilder {
  private final Path appDir;
  private final String appClass;
  private String toolchain;
  private Mode mode = Mode.CR;
  private Direction direction = Direction.X86_TO_ARM;
  private Trigger trigger = new Trigger(Trigger.Kind.TIMER, "5");
  private String x86Board = "local";
  private String armBoard = "qemu-user";
  private Duration timeout = Duration.ofSeconds(300);
  private List<String> volatileLines;
  private String verificationRegex;
  private String memory;

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

  public MigrationSpecBuilder timeout(Duration value) {
    this.timeout = value;
    return this;
  }

  /** Regexes of lines that may differ; null keeps the defaults. */
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
    return new MigrationSpec(
        appDir,
        appClass,
        toolchain,
        mode,
        direction,
        trigger,
        x86Board,
        armBoard,
        timeout,
        volatileLines,
        verificationRegex,
        memory);
  }
}
