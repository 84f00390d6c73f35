package org.hexo.ci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hexo.ci.ShippedCli;
import org.hexo.ci.verify.Normalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every HEXO-style test program under {@code hexo-lite/tests/apps/} (found by listing the
 * directory, so programs added later are picked up), described only by its own {@code
 * hexo-app.yaml}, through the shipped jar: one {@code hexo-ci matrix run} with the boards {@code
 * local} and {@code qemu-user} opened once, each app in C/R x86-to-arm, C/R arm-to-x86, post-copy
 * x86-to-arm and a C/R round trip at the trigger its file suggests. Each cell is proved from its
 * run directory: PASS, every leg on its board and exit 0, the checkpoint intact, the app's own
 * success line in the last leg, the description in the report; and for this helper's programs what
 * each is for (argv and input file, masked timing lines, silence after the migration point).
 */
class HexoStyleAppsIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** mode, direction of the cells each app runs in. */
  private static final List<List<String>> CELLS =
      List.of(
          List.of("cr", "x86-to-arm"),
          List.of("cr", "arm-to-x86"),
          List.of("postcopy", "x86-to-arm"),
          List.of("cr", "round-trip"));

  private static Path report;
  private static ShippedCli.Run run;
  private static List<Path> apps;

  @BeforeAll
  static void runEveryApp() throws Exception {
    Path root = ShippedCli.projectRoot().resolve("hexo-lite/tests/apps");
    try (Stream<Path> s = Files.list(root)) {
      apps = s.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(apps).as("test programs in %s", root).isNotEmpty();
    Path dir = Files.createTempDirectory("hexo-style-apps-it");
    Path matrix =
        Files.writeString(
            dir.resolve("hexo-style.yaml"),
            """
            name: hexo-style
            toolchain: hexo-lite
            axes:
              apps: [%s]
              modes: [cr, postcopy]
              directions: [x86-to-arm, arm-to-x86, round-trip]
              targets: [qemu-user]
            exclude:
              - {mode: postcopy, direction: arm-to-x86}
              - {mode: postcopy, direction: round-trip}
            health-check: {app: '%s', class: '', mode: cr, direction: x86-to-arm, trigger: suggested}
            """
                .formatted(
                    String.join(", ", apps.stream().map(a -> "'" + a + "'").toList()),
                    apps.get(0)));
    report = dir.resolve("report");
    run =
        ShippedCli.run(
            report.resolve("cli"),
            Map.of(),
            Duration.ofMinutes(30),
            "matrix",
            "run",
            matrix.toString(),
            "--x86-board",
            "local",
            // its own source snapshots: concurrent checkouts on one host share the default
            // cache's snapshot branches; images are still shared through Docker's tags
            "--cache-dir",
            ShippedCli.projectRoot().resolve("target/hexo-style-apps-cache").toString(),
            "--report",
            report.toString());
  }

  @TestFactory
  Stream<DynamicTest> everyAppMigratesEveryWayAndProvesIt() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path app : apps) {
      for (List<String> c : CELLS) {
        tests.add(
            DynamicTest.dynamicTest(
                app.getFileName() + " " + c.get(0) + " " + c.get(1),
                () -> assertCell(app, c.get(0), c.get(1))));
      }
    }
    return tests.stream();
  }

  private static void assertCell(Path app, String mode, String direction) throws IOException {
    assertThat(report.resolve("matrix.json")).as(run.describe()).exists();
    JsonNode cell = null;
    for (JsonNode c : JSON.readTree(report.resolve("matrix.json").toFile()).path("cells")) {
      JsonNode k = c.path("cell");
      if (k.path("app").asText().equals(app.toString())
          && k.path("mode").asText().equals(mode)
          && k.path("direction").asText().equals(direction)) {
        cell = c;
      }
    }
    assertThat(cell).as("a cell ran; %s", run.describe()).isNotNull();
    assertThat(cell.path("verdict").asText()).as(cell.toPrettyString()).isEqualTo("PASS");
    JsonNode result = resultOf(report.resolve(cell.path("logDir").asText()));
    Path runDir = Path.of(result.path("runDir").asText());
    String name = app.getFileName().toString();
    assertThat(result.path("test").asText())
        .as("an app without classes has none in its test name")
        .startsWith(name + "." + mode + ".");

    List<String> roles = new ArrayList<>();
    result.path("legs").forEach(l -> roles.add(l.path("role").asText()));
    assertThat(roles)
        .isEqualTo(
            direction.equals("round-trip")
                ? List.of("reference", "source", "relay", "destination")
                : List.of("reference", "source", "destination"));
    String arm = "qemu-user";
    List<String> boards =
        switch (direction) {
          case "x86-to-arm" -> List.of("local", "local", arm);
          case "arm-to-x86" -> List.of(arm, arm, "local");
          default -> List.of("local", "local", arm, "local");
        };
    for (int i = 0; i < roles.size(); i++) {
      JsonNode leg = result.path("legs").get(i);
      assertThat(leg.path("board").asText())
          .as("board of the %s", roles.get(i))
          .isEqualTo(boards.get(i));
      assertThat(leg.path("exitCode").asInt()).as("exit of the %s", roles.get(i)).isZero();
    }
    for (JsonNode t : result.path("transfers")) {
      t.path("files")
          .forEach(f -> assertThat(f.path("intact").asBoolean()).as(f.toString()).isTrue());
    }

    Path yaml = app.resolve("hexo-app.yaml");
    JsonNode description =
        Files.isRegularFile(yaml) ? YAML.readTree(yaml.toFile()) : JSON.createObjectNode();
    JsonNode shown = result.path("spec").path("description");
    description
        .fieldNames()
        .forEachRemaining(
            k -> assertThat(shown.has(k)).as("the report shows %s of %s", k, shown).isTrue());
    String last = Files.readString(runDir.resolve("destination.stdout"));
    if (description.hasNonNull("verify")) {
      assertThat(
              Pattern.compile(description.get("verify").asText(), Pattern.MULTILINE)
                  .matcher(last)
                  .find())
          .as("the app's own success line in the last leg:\n%s", last)
          .isTrue();
    }
    switch (name) {
      case "argsinput" -> {
        assertThat(result.path("spec").path("args").toString())
            .isEqualTo("[\"10\",\"values.txt\"]");
        assertThat(Files.readString(runDir.resolve("reference.stdout")))
            .as("argv and the input file reached the program")
            .contains("read 16 values from values.txt, sum 80");
      }
      case "timing" -> {
        JsonNode masked = result.path("normalisation").path("reference");
        assertThat(masked.has("(?i)\\btime\\s*:")).as(masked.toString()).isTrue();
        assertThat(
                masked.path(
                    Normalizer.TABLE_PREFIX + "\\b(KFLOPS|MFLOPS|GFLOPS|MWIPS|MB/s|Rate)\\b"))
            .as("the KFLOPS table header and its 8 rows: %s", masked)
            .hasSize(9);
        assertThat(masked.toString()).contains("Initialization time").contains("Run date");
      }
      case "silent" -> {
        assertThat(result.path("message").asText()).contains("no output after the migration point");
        assertThat(last.strip()).as("the destination printed nothing of its own").isEmpty();
        if (!direction.equals("round-trip")) {
          long downtime = result.path("phasesMs").path("downtime").asLong(-1);
          long destination = result.path("phasesMs").path("destination").asLong(-1);
          assertThat(downtime)
              .as("downtime ends at the destination's restore, not at its exit")
              .isBetween(0L, destination - 1);
        }
      }
      default -> {
        // another helper's program: the generic evidence above
      }
    }
  }

  private static JsonNode resultOf(Path logDir) throws IOException {
    try (Stream<Path> s = Files.walk(logDir)) {
      List<Path> found = s.filter(p -> p.getFileName().toString().equals("result.json")).toList();
      assertThat(found).as("one result.json under %s", logDir).hasSize(1);
      return JSON.readTree(found.get(0).toFile());
    }
  }
}
