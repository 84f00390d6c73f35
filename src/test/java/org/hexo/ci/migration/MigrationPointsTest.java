package org.hexo.ci.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.UsageException;
import org.hexo.ci.verify.Normalizer;
import org.junit.jupiter.api.Test;

/** {@code point:} triggers: parsing, resolution against a reference run, the environment. */
class MigrationPointsTest {
  private static final Normalizer NORMALIZER =
      Normalizer.withVolatileLines(Normalizer.DEFAULT_VOLATILE);

  private static LegResult reference(String stdout, String stderr) {
    return new LegResult(
        "reference",
        "local",
        "local",
        "x86_64",
        "/w",
        stdout,
        stderr,
        0,
        false,
        Duration.ZERO,
        null);
  }

  @Test
  void pointsParseAndResolveAgainstTheCount() {
    assertThat(Trigger.parse("point:first").resolve(9).value()).isEqualTo("1");
    assertThat(Trigger.parse("point:middle").resolve(9).value()).isEqualTo("5");
    assertThat(Trigger.parse("point:middle").resolve(10).value()).isEqualTo("5");
    assertThat(Trigger.parse("point:last").resolve(9).value()).isEqualTo("9");
    assertThat(Trigger.parse("point:1/4").resolve(12).value()).isEqualTo("3");
    assertThat(Trigger.parse("point:0/4").resolve(12).value())
        .as("at least the first")
        .isEqualTo("1");
    assertThat(Trigger.parse("point:7").resolve(12).value()).isEqualTo("7");
    assertThat(Trigger.parse("point:7").point()).hasValue(7);
    assertThat(Trigger.parse("point:last").point()).isEmpty();
    assertThat(Trigger.parse("point:middle").forReturnHop()).isEqualTo(Trigger.parse("point:1"));
  }

  @Test
  void aPointThatNamesNoPointIsAUsageErrorNamingIt() {
    for (String bad : new String[] {"point:0", "point:mid", "point:5/4", "point:", "point:-1"}) {
      assertThatThrownBy(() -> Trigger.parse(bad))
          .as(bad)
          .isInstanceOf(UsageException.class)
          .hasMessageContaining(bad.substring(6));
    }
  }

  @Test
  void hexoLitesCountMakesAnAbsolutePointTheRuntimeMigratesAt() {
    LegResult ref = reference("a\nb\n", "x\n[hexo-lite] migration points passed: 11\n");
    Trigger t = MigrationPoints.resolve(Trigger.parse("point:middle"), ref, NORMALIZER);
    assertThat(t).isEqualTo(Trigger.parse("point:6"));
    MigrationSpec spec =
        MigrationSpec.builder(HexoLiteFixture.project().resolve("apps/is"), "S").build();
    Map<String, String> env = LegEnv.of(spec, "x86_64", false, t, 5050, "0", "127.0.0.1");
    assertThat(env)
        .containsEntry("HERMIT_MIGRATE_AT_POINT", "6")
        .containsEntry("HERMIT_MIGTEST", "0");
    assertThat(LegEnv.of(spec, "x86_64", false, null, 5050, "0", "127.0.0.1"))
        .doesNotContainKey("HERMIT_MIGRATE_AT_POINT");
  }

  @Test
  void withoutACountTheOutputLinesAreCountedAndTheChosenLineTriggers() {
    LegResult ref = reference("one\n\ntwo (x)\nUhyve: exiting\nthree\n", "");
    Trigger t = MigrationPoints.resolve(Trigger.parse("point:middle"), ref, NORMALIZER);
    assertThat(t.kind()).isEqualTo(Trigger.Kind.OUTPUT);
    assertThat(t.pattern().matcher("two (x)").find()).isTrue();
    assertThat(t.pattern().matcher("two (x) more").find()).isFalse();
    Trigger last = MigrationPoints.resolve(Trigger.parse("point:last"), ref, NORMALIZER);
    assertThat(last.pattern().matcher("three").find())
        .as("the marker line is not counted")
        .isTrue();
  }

  @Test
  void aPointBeyondTheReferenceRunIsAnErrorSayingHowManyThereWere() {
    LegResult ref = reference("", "[hexo-lite] migration points passed: 3\n");
    assertThatThrownBy(() -> MigrationPoints.resolve(Trigger.parse("point:5"), ref, NORMALIZER))
        .isInstanceOf(InfrastructureException.class)
        .hasMessageContaining("point 5")
        .hasMessageContaining("passed 3 migration points");
  }
}
