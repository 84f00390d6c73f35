package org.hexo.ci.app;

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
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.hexo.ci.UsageException;

/**
 * How to test one app, beyond its sources: the argv its legs get (HEXO's {@code ARGS}), the input
 * files copied into every leg's work directory, the success line its last leg must print, the
 * normalisation rules added to the defaults, the triggers it suggests (the first is the default),
 * {@code HERMIT_MEM} and the per-leg time limit. Read once from the optional {@code hexo-app.yaml}
 * of the app directory; the same keys come from command-line flags and matrix files, which override
 * the file ({@link #overriddenBy}). Every field may be absent (null, or an empty list).
 *
 * @param args the program's arguments, or null for the file's (none)
 * @param inputs file names relative to the app directory, or null
 * @param verify a regex the last leg's output must match, or null for the default
 * @param normalize regexes of volatile lines, added to the default rules
 * @param triggers suggested triggers ({@code timer:N}, {@code signal:N}, {@code output:REGEX})
 * @param memory {@code HERMIT_MEM}, or null
 * @param timeout the per-leg time limit, or null
 */
public record AppDescription(
    List<String> args,
    List<String> inputs,
    String verify,
    List<String> normalize,
    List<String> triggers,
    String memory,
    Duration timeout) {

  /** The file in an app directory that holds the description. */
  public static final String FILE = "hexo-app.yaml";

  /** The keys of the file (and of a matrix file's app entries). */
  public static final Set<String> KEYS =
      Set.of("args", "inputs", "verify", "normalize", "triggers", "memory", "timeout");

  public static final AppDescription NONE =
      new AppDescription(null, null, null, List.of(), List.of(), null, null);

  public AppDescription {
    args = args == null ? null : List.copyOf(args);
    inputs = inputs == null ? null : List.copyOf(inputs);
    normalize = normalize == null ? List.of() : List.copyOf(normalize);
    triggers = triggers == null ? List.of() : List.copyOf(triggers);
    verify = verify == null || verify.isBlank() ? null : verify;
    memory = memory == null || memory.isBlank() ? null : memory;
    if (inputs != null) {
      inputs.forEach(AppDescription::requireRelative);
    }
    if (verify != null) {
      compile(verify, "verify");
    }
    normalize.forEach(r -> compile(r, "normalize"));
    if (memory != null && !memory.matches("[0-9]+[KMG]?")) {
      throw new UsageException(
          "memory '" + memory + "' is not a size", "write e.g. 512M or 1G (HERMIT_MEM)");
    }
    if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
      throw new UsageException(
          "timeout must be positive, got " + timeout.toSeconds() + " s", "write e.g. 300");
    }
  }

  /**
   * The description in {@code appDir/hexo-app.yaml}, or {@link #NONE} when there is no such file.
   *
   * @throws UsageException naming the file and the key for an unknown key or a bad value
   */
  public static AppDescription read(Path appDir) {
    Path file = appDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return NONE;
    }
    try {
      return parse(Files.readString(file), file.toString());
    } catch (IOException e) {
      throw new UsageException("cannot read " + file + ": " + e.getMessage(), "check the file", e);
    }
  }

  /** Parses the YAML of a description; {@code source} names it in errors. */
  public static AppDescription parse(String yaml, String source) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    } catch (IOException e) {
      throw new UsageException(
          source + " is not valid YAML: " + e.getMessage(), "fix the syntax", e);
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return NONE;
    }
    if (!root.isObject()) {
      throw new UsageException(source + " must be a mapping", "write key: value lines");
    }
    return fromNode(root, source, Set.of());
  }

  /**
   * The description in a YAML mapping whose other keys are {@code ignored} (a matrix file's app
   * entry also holds {@code app}).
   */
  public static AppDescription fromNode(JsonNode node, String source, Set<String> ignored) {
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!KEYS.contains(e.getKey()) && !ignored.contains(e.getKey())) {
        throw new UsageException(
            source + ": unknown key '" + e.getKey() + "'",
            "valid keys are " + String.join(", ", KEYS.stream().sorted().toList()));
      }
    }
    try {
      JsonNode t = node.path("timeout");
      if (!t.isMissingNode() && !t.isNull() && !t.canConvertToLong()) {
        throw new UsageException(
            "timeout '" + t.asText() + "' is not a number of seconds", "write e.g. timeout: 300");
      }
      return new AppDescription(
          node.has("args") ? args(node.get("args")) : null,
          node.has("inputs") ? strings(node.get("inputs"), "inputs") : null,
          text(node.path("verify")),
          strings(node.path("normalize"), "normalize"),
          strings(node.path("triggers"), "triggers"),
          text(node.path("memory")),
          t.isMissingNode() || t.isNull() ? null : Duration.ofSeconds(t.asLong()));
    } catch (UsageException e) {
      throw new UsageException(source + ": " + e.getMessage(), e.remedy(), e);
    }
  }

  /**
   * This description with {@code flags} on top: a value {@code flags} has replaces this one's,
   * except {@code normalize}, whose rules are added.
   */
  public AppDescription overriddenBy(AppDescription flags) {
    List<String> rules = new ArrayList<>(normalize);
    rules.addAll(flags.normalize);
    return new AppDescription(
        flags.args != null ? flags.args : args,
        flags.inputs != null ? flags.inputs : inputs,
        flags.verify != null ? flags.verify : verify,
        rules,
        flags.triggers.isEmpty() ? triggers : flags.triggers,
        flags.memory != null ? flags.memory : memory,
        flags.timeout != null ? flags.timeout : timeout);
  }

  /** The program's arguments (none when not given). */
  public List<String> argv() {
    return args == null ? List.of() : args;
  }

  /** The input files, resolved against {@code appDir}, each checked to exist. */
  public List<Path> inputFiles(Path appDir) {
    List<Path> out = new ArrayList<>();
    for (String name : inputs == null ? List.<String>of() : inputs) {
      Path p = appDir.resolve(name).normalize();
      if (!Files.isRegularFile(p)) {
        throw new UsageException(
            "input file '" + name + "' is not a file in " + appDir,
            "list files of the app directory under inputs (hexo-app.yaml) or --input");
      }
      out.add(p);
    }
    return out;
  }

  /** The first suggested trigger, if any. */
  public Optional<String> defaultTrigger() {
    return triggers.stream().findFirst();
  }

  /** The description as the report shows it: only the keys that are set. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    if (args != null) {
      m.put("args", args);
    }
    if (inputs != null) {
      m.put("inputs", inputs);
    }
    if (verify != null) {
      m.put("verify", verify);
    }
    if (!normalize.isEmpty()) {
      m.put("normalize", normalize);
    }
    if (!triggers.isEmpty()) {
      m.put("triggers", triggers);
    }
    if (memory != null) {
      m.put("memory", memory);
    }
    if (timeout != null) {
      m.put("timeout", timeout.toSeconds());
    }
    return m;
  }

  private static List<String> args(JsonNode n) {
    if (n.isTextual()) {
      // HEXO's ARGS is one shell word list: "2000 -c 2000"
      String s = n.asText().strip();
      return s.isEmpty() ? List.of() : List.of(s.split("\\s+"));
    }
    return strings(n, "args");
  }

  private static List<String> strings(JsonNode n, String key) {
    List<String> out = new ArrayList<>();
    if (n.isMissingNode() || n.isNull()) {
      return out;
    }
    if (n.isArray()) {
      for (JsonNode v : n) {
        if (!v.isValueNode()) {
          throw new UsageException(
              "'" + key + "' must list plain values", "write " + key + ": [a, b]");
        }
        out.add(v.asText());
      }
    } else if (n.isValueNode()) {
      out.add(n.asText());
    } else {
      throw new UsageException("'" + key + "' must be a list", "write " + key + ": [a, b]");
    }
    return out;
  }

  private static String text(JsonNode n) {
    return n.isMissingNode() || n.isNull() ? null : n.asText();
  }

  private static void requireRelative(String name) {
    Path p = Path.of(name).normalize();
    if (name.isBlank() || p.isAbsolute() || p.startsWith("..")) {
      throw new UsageException(
          "input '" + name + "' is not a file name inside the app directory",
          "name input files relative to the app directory, e.g. inputs: [data.txt]");
    }
  }

  private static void compile(String regex, String key) {
    try {
      Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new UsageException(
          key + " '" + regex + "' is not a valid regex: " + e.getDescription(),
          "write a Java regular expression");
    }
  }
}
