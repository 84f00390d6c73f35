package org.hexo.ci.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hexo.ci.UsageException;

/**
 * Resolves {@link HexoConfig} from its layers: built-in defaults, a YAML config file (flat keys),
 * {@code HEXO_*} environment variables and explicit overrides from the command line, each layer
 * winning over the previous one. Unknown keys in the file are errors naming the file and the key.
 */
public final class ConfigLoader {
  /** The keys a config file may set; the environment variable is HEXO_ + upper-cased key. */
  public static final Set<String> KEYS =
      Set.of(
          "project-root",
          "cache-dir",
          "report-dir",
          "boards",
          "threads",
          "leg-timeout",
          "lock-dir",
          "toolchain-registry");

  private final Map<String, String> env;
  private final Path workingDir;

  /**
   * @param env the process environment (passed in so that tests and callers control it)
   * @param workingDir the directory relative paths are resolved against
   */
  public ConfigLoader(Map<String, String> env, Path workingDir) {
    this.env = Map.copyOf(env);
    this.workingDir = workingDir.toAbsolutePath();
  }

  /**
   * Resolves the configuration.
   *
   * @param configFile an explicit config file, or null to use {@code HEXO_CONFIG} or {@code
   *     ~/.config/hexo-ci/config.yaml} when present
   * @param overrides values from the command line, keyed like the file
   */
  public HexoConfig load(Path configFile, Map<String, String> overrides) {
    Map<String, String> values = new LinkedHashMap<>(defaults());
    Path file = configFile;
    if (file == null && env.containsKey("HEXO_CONFIG")) {
      file = Path.of(env.get("HEXO_CONFIG"));
    }
    if (file == null && env.containsKey("HOME")) {
      Path home = Path.of(env.get("HOME"), ".config", "hexo-ci", "config.yaml");
      file = Files.isRegularFile(home) ? home : null;
    }
    if (file != null) {
      values.putAll(readFile(workingDir.resolve(file)));
    }
    for (String key : KEYS) {
      String v = env.get("HEXO_" + key.toUpperCase().replace('-', '_'));
      if (v != null && !v.isBlank()) {
        values.put(key, v);
      }
    }
    overrides.forEach(
        (k, v) -> {
          if (!KEYS.contains(k)) {
            throw new IllegalArgumentException("unknown config key " + k);
          }
          if (v != null) {
            values.put(k, v);
          }
        });
    boolean ci = "true".equalsIgnoreCase(env.getOrDefault("CI", ""));
    String boards = values.get("boards");
    return new HexoConfig(
        path(values.get("project-root")),
        path(values.get("cache-dir")),
        path(values.get("report-dir")),
        boards == null || boards.isBlank() ? Optional.empty() : Optional.of(path(boards)),
        ci,
        positiveInt("threads", values.get("threads")),
        Duration.ofSeconds(positiveInt("leg-timeout", values.get("leg-timeout"))),
        blank(values.get("lock-dir")) ? null : path(values.get("lock-dir")),
        Optional.ofNullable(values.get("toolchain-registry")).filter(r -> !blank(r)));
  }

  private Map<String, String> defaults() {
    Map<String, String> d = new HashMap<>();
    d.put("project-root", detectProjectRoot().toString());
    d.put("cache-dir", env.getOrDefault("XDG_CACHE_HOME", homeOr("/var/cache")) + "/hexo-ci");
    d.put("report-dir", workingDir.resolve("hexo-ci-reports").toString());
    d.put("threads", Integer.toString(Math.max(1, Runtime.getRuntime().availableProcessors())));
    d.put("leg-timeout", "600");
    return d;
  }

  private String homeOr(String fallback) {
    String home = env.get("HOME");
    return home == null || home.isBlank() ? fallback : home + "/.cache";
  }

  /** The nearest directory upwards from the working directory that holds hexo-lite/ and apps/. */
  private Path detectProjectRoot() {
    for (Path p = workingDir; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("hexo-lite")) && Files.isDirectory(p.resolve("apps"))) {
        return p;
      }
    }
    return workingDir;
  }

  private Map<String, String> readFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UsageException(
          "config file " + file + " does not exist",
          "pass an existing file to --config or unset HEXO_CONFIG");
    }
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    } catch (IOException e) {
      throw new UsageException(
          "config file " + file + " is not valid YAML: " + e.getMessage(),
          "fix the YAML syntax",
          e);
    }
    Map<String, String> out = new HashMap<>();
    if (root == null || root.isNull()) {
      return out;
    }
    if (!root.isObject()) {
      throw new UsageException(
          "config file " + file + " must be a mapping of keys to values",
          "write one `key: value` per line; keys: " + String.join(", ", KEYS));
    }
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      if (!KEYS.contains(e.getKey())) {
        throw new UsageException(
            "config file " + file + ": unknown key '" + e.getKey() + "'",
            "valid keys are " + String.join(", ", KEYS.stream().sorted().toList()));
      }
      out.put(e.getKey(), e.getValue().asText());
    }
    return out;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private Path path(String value) {
    return workingDir.resolve(value).normalize();
  }

  private static int positiveInt(String key, String value) {
    try {
      int v = Integer.parseInt(value.trim());
      if (v > 0) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below with the key and value
    }
    throw new UsageException(
        "config '" + key + "' must be a positive integer, got '" + value + "'",
        "set " + key + " to a number such as 4");
  }
}
