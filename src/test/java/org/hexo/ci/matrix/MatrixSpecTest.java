package org.hexo.ci.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.hexo.ci.UsageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MatrixSpecTest {

  @Test
  void axesExpandToTheirProductLessExclusions() {
    MatrixSpec s =
        MatrixFile.parse(
            """
            name: n
            repeat: 3
            lease-timeout: 60
            axes:
              apps: [is, ep, cg]
              classes: [S, W]
              modes: [cr, postcopy]
              directions: [x86-to-arm]
              triggers: ["timer:1", "output:^ +2$"]
              targets: ["label:qemu-user"]
            exclude:
              - {app: cg, mode: postcopy}
              - {class: W, trigger: "timer:1"}
            """,
            "n.yaml");
    assertThat(s.repeat()).isEqualTo(3);
    assertThat(s.leaseTimeout()).isEqualTo(Duration.ofSeconds(60));
    // 3*2*2*1*2*1 = 24; cg+postcopy removes 2*2 = 4; W+timer:1 removes 3*2 = 6, one of them
    // already gone with cg+postcopy: 24 - 4 - 6 + 1
    assertThat(s.cells()).hasSize(15);
    assertThat(s.cells()).noneMatch(c -> c.app().equals("cg") && c.mode().equals("postcopy"));
    assertThat(s.cells().get(0).id()).isEqualTo("is/S/cr/x86-to-arm/timer:1/label:qemu-user");
  }

  @Test
  void thePointsAxisAddsPointTriggersAndABadPointIsAUsageError() {
    MatrixSpec s =
        MatrixFile.parse(
            """
            name: p
            reruns: 1
            axes:
              apps: [is]
              classes: [S]
              modes: [cr]
              directions: [x86-to-arm]
              points: [first, middle, last, 2/3]
              targets: [qemu-user]
            """,
            "p.yaml");
    assertThat(s.reruns()).isEqualTo(1);
    assertThat(s.cells())
        .extracting(Cell::trigger)
        .containsExactly("point:first", "point:middle", "point:last", "point:2/3");
    assertThatThrownBy(
            () ->
                MatrixFile.parse(
                    """
                    axes: {apps: [is], classes: [S], modes: [cr], directions: [x86-to-arm],
                           points: [centre], targets: [qemu-user]}
                    """,
                    "bad.yaml"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("bad.yaml")
        .hasMessageContaining("point:centre");
  }

  @Test
  void unknownKeysAndValuesAreUsageErrorsNamingThem() {
    assertThatThrownBy(() -> MatrixFile.parse("axes: {apps: [is], clases: [S]}", "bad.yaml"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("bad.yaml")
        .hasMessageContaining("'axes.clases'");
    assertThatThrownBy(
            () ->
                MatrixFile.parse(
                    """
                    axes: {apps: [is], classes: [S], modes: [precopy], directions: [x86-to-arm],
                           triggers: ["timer:1"], targets: [b]}
                    """,
                    "m.yaml"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("unknown mode 'precopy'");
  }

  static Stream<Arguments> typos() {
    return Stream.of(
        typo("mode in the axes", "crr", "crr", "x86-to-arm", "timer:1", "S", ""),
        typo("direction in the axes", "x86-to-armm", "cr", "x86-to-armm", "timer:1", "S", ""),
        typo("trigger in the axes", "timr:1", "cr", "x86-to-arm", "timr:1", "S", ""),
        typo("class in the axes", "Q", "cr", "x86-to-arm", "timer:1", "Q", ""),
        typo(
            "mode in an exclusion",
            "post-copy",
            "cr",
            "x86-to-arm",
            "timer:1",
            "S",
            "exclude: [{mode: post-copy}]"),
        typo(
            "trigger of the health check",
            "sig:2",
            "cr",
            "x86-to-arm",
            "timer:1",
            "S",
            "health-check: {trigger: \"sig:2\"}"));
  }

  private static Arguments typo(
      String where,
      String value,
      String mode,
      String direction,
      String trigger,
      String appClass,
      String extra) {
    String yaml =
        String.format(
            "axes: {apps: [is], classes: [%s], modes: [%s], directions: [%s],"
                + " triggers: [\"%s\"], targets: [b]}%n%s%n",
            appClass, mode, direction, trigger, extra);
    return Arguments.of(where, value, yaml);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("typos")
  void aVocabularyTypoIsAUsageErrorNamingFileAndValue(String where, String value, String yaml) {
    assertThatThrownBy(() -> MatrixFile.parse(yaml, "typo.yaml"))
        .as(where)
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("matrix file typo.yaml")
        .hasMessageContaining("'" + value + "'");
  }

  @Test
  void theShippedMatricesParse() {
    Path root = Path.of("").toAbsolutePath();
    MatrixSpec nightly = MatrixFile.read(root.resolve("matrix/nightly.yaml"));
    MatrixSpec smoke = MatrixFile.read(root.resolve("matrix/smoke.yaml"));
    assertThat(nightly.apps()).containsExactly("is", "ep", "cg", "mg", "ft");
    assertThat(nightly.repeat()).isGreaterThanOrEqualTo(3);
    assertThat(nightly.cells()).isNotEmpty();
    assertThat(smoke.cells()).isNotEmpty();
  }
}
