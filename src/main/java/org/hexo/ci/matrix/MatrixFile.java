package org.hexo.ci.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hexo.ci.UsageException;
import org.hexo.ci.app.AppDescription;

/**
 * Reads a matrix file (YAML) into a {@link MatrixSpec}. Unknown keys, and modes, directions,
 * triggers and classes that a migration would not parse, are usage errors naming the file and the
 * key or value, found before any cell runs. Format:
 *
 * <pre>
 * name: nightly
 * toolchain: hexo-lite          # optional, a spec name or file passed to the migration
 * repeat: 3                     # runs per cell; timings compare as medians
 * reruns: 1                     # runs again a cell whose every run FAILed; a pass makes it FLAKY
 * lease-timeout: 900            # seconds one cell run may hold a board
 * axes:
 *   apps: [is, ep, cg, mg, ft]  # app directories, relative to the project's apps/ or absolute,
 *                               # or component:path (the app at the toolchain's resolved commit);
 *                               # an entry may be {app: NAME, args: ..., verify: ...} with the
 *                               # keys of hexo-app.yaml, which override the app's own file
 *   classes: [S]                # optional: none for apps without classes
 *   modes: [cr, postcopy]
 *   directions: [x86-to-arm, arm-to-x86]
 *   triggers: ["output:^ +3$"]  # migration points: timer:N | signal:N | output:REGEX | point:P |
 *                               # suggested (each app's first hexo-app.yaml trigger; the default)
 *   points: [first, middle, last] # or N, n/N: point:P triggers, resolved from the reference run
 *   targets: ["label:qemu-user"] # a board name or label:LABEL
 * exclude:
 *   - {app: cg, mode: postcopy}
 * health-check: {app: is, class: S, mode: cr, direction: x86-to-arm, trigger: "output:^ +1$"}
 * </pre>
 */
public final class MatrixFile {
  private static final Set<String> TOP =
      Set.of(
          "name",
          "toolchain",
          "repeat",
          "reruns",
          "lease-timeout",
          "axes",
          "exclude",
          "health-check");
  private static final Set<String> AXES =
      Set.of("apps", "classes", "modes", "directions", "triggers", "points", "targets");
  private static final Set<String> CELL_KEYS =
      Set.of("app", "class", "mode", "direction", "trigger", "target");

  private MatrixFile() {}

  public static MatrixSpec read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UsageException("matrix file " + file + " does not exist", "pass an existing file");
    }
    try {
      return parse(Files.readString(file), file.toString());
    } catch (IOException e) {
      throw new UsageException("cannot read matrix file " + file + ": " + e, "check the file", e);
    }
  }

  public static MatrixSpec parse(String yaml, String source) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    } catch (IOException e) {
      throw new UsageException(
          "matrix file " + source + " is not valid YAML: " + e.getMessage(), "fix the syntax", e);
    }
    if (root == null || !root.isObject()) {
      throw new UsageException(
          "matrix file " + source + " must be a mapping", "see docs/jenkins.md");
    }
    checkKeys(root, TOP, source, "");
    JsonNode axes = root.path("axes");
    if (!axes.isObject()) {
      throw new UsageException(
          "matrix file " + source + " has no 'axes' mapping",
          "add axes: with " + String.join(", ", AXES.stream().sorted().toList()));
    }
    checkKeys(axes, AXES, source, "axes.");
    List<Map<String, String>> exclude = new ArrayList<>();
    for (JsonNode ex : root.path("exclude")) {
      checkKeys(ex, CELL_KEYS, source, "exclude.");
      exclude.add(strings(ex));
    }
    List<String> targets = list(axes, "targets");
    List<String> apps = new ArrayList<>();
    Map<String, AppDescription> descriptions = new LinkedHashMap<>();
    JsonNode appsNode = axes.path("apps");
    List<JsonNode> entries = new ArrayList<>();
    if (appsNode.isArray()) {
      appsNode.forEach(entries::add);
    } else {
      entries.add(appsNode);
    }
    for (JsonNode a : entries) {
      if (a.isObject()) {
        String app = a.path("app").asText("");
        if (app.isEmpty()) {
          throw new UsageException(
              "matrix file " + source + ": an entry of axes.apps has no 'app'",
              "write {app: NAME, args: ..., ...}");
        }
        apps.add(app);
        descriptions.put(
            app,
            AppDescription.fromNode(a, "matrix file " + source + " app " + app, Set.of("app")));
      } else if (!a.isMissingNode() && !a.isNull()) {
        apps.add(a.asText());
      }
    }
    List<String> classes = list(axes, "classes");
    List<String> triggers = list(axes, "triggers");
    JsonNode hc = root.path("health-check");
    Cell health;
    if (hc.isObject()) {
      checkKeys(hc, CELL_KEYS, source, "health-check.");
      health =
          new Cell(
              hc.path("app").asText("is"),
              hc.path("class").asText("S"),
              hc.path("mode").asText("cr"),
              hc.path("direction").asText("x86-to-arm"),
              hc.path("trigger").asText("output:^ +1$"),
              hc.path("target").asText("any"));
    } else {
      health = new Cell("is", "S", "cr", "x86-to-arm", "output:^ +1$", "any");
    }
    String name = root.path("name").asText(fileStem(source));
    try {
      return new MatrixSpec(
          name,
          Optional.ofNullable(root.path("toolchain").textValue()),
          apps,
          classes.isEmpty() ? List.of(MatrixSpec.NO_CLASS) : classes,
          list(axes, "modes"),
          list(axes, "directions"),
          triggers.isEmpty() && list(axes, "points").isEmpty()
              ? List.of(MatrixSpec.SUGGESTED_TRIGGER)
              : triggers,
          targets,
          exclude,
          root.path("repeat").asInt(1),
          Duration.ofSeconds(root.path("lease-timeout").asLong(900)),
          health,
          descriptions,
          root.path("reruns").asInt(0),
          list(axes, "points"));
    } catch (UsageException e) {
      throw new UsageException("matrix file " + source + ": " + e.getMessage(), e.remedy(), e);
    }
  }

  private static void checkKeys(JsonNode node, Set<String> allowed, String source, String prefix) {
    if (!node.isObject()) {
      throw new UsageException(
          "matrix file " + source + ": '" + prefix + "' entries must be mappings",
          "write {key: value, ...}");
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!allowed.contains(e.getKey())) {
        throw new UsageException(
            "matrix file " + source + ": unknown key '" + prefix + e.getKey() + "'",
            "valid keys are " + String.join(", ", allowed.stream().sorted().toList()));
      }
    }
  }

  private static List<String> list(JsonNode axes, String axis) {
    JsonNode n = axes.path(axis);
    List<String> out = new ArrayList<>();
    if (n.isArray()) {
      n.forEach(v -> out.add(v.asText()));
    } else if (!n.isMissingNode() && !n.isNull()) {
      out.add(n.asText());
    }
    return out;
  }

  private static Map<String, String> strings(JsonNode node) {
    Map<String, String> m = new LinkedHashMap<>();
    node.properties().forEach(e -> m.put(e.getKey(), e.getValue().asText()));
    return m;
  }

  private static String fileStem(String source) {
    String f = Path.of(source).getFileName().toString();
    int dot = f.lastIndexOf('.');
    return dot > 0 ? f.substring(0, dot) : f;
  }
}
