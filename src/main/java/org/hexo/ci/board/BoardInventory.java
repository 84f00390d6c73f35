package org.hexo.ci.board;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hexo.ci.UsageException;
import org.hexo.ci.config.HexoConfig;

/**
 * The boards hexo-ci may use, by name: read from a YAML file ({@code boards:} followed by a list of
 * entries, see README "Boards") or, when none is configured, the default inventory of a {@code
 * local} x86-64 board and a {@code qemu-user} aarch64 board. Unknown fields, kinds or duplicate
 * names are errors naming the file, the board and the value. Relative key and known_hosts paths are
 * resolved against the file's directory; {@code ~/} against the user's home.
 *
 * <p>Values may reference environment variables as {@code ${NAME}} (e.g. {@code key:
 * ${HEXO_SSH_KEY}}, a Jenkins credential bound by {@code withCredentials}). They are expanded from
 * the environment map the caller passes in (the CLI passes the process environment; nothing here
 * reads it); a reference to a variable that is not set is a usage error naming it.
 */
public record BoardInventory(Optional<Path> source, List<BoardSpec> boards) {
  public static final Set<String> FIELDS =
      Set.of(
          "name",
          "kind",
          "address",
          "port",
          "user",
          "key",
          "known_hosts",
          "home",
          "arch",
          "labels",
          "options");

  public BoardInventory {
    boards = List.copyOf(boards);
    Set<String> seen = new LinkedHashSet<>();
    for (BoardSpec b : boards) {
      if (!seen.add(b.name())) {
        throw new UsageException(
            where(source) + "board name '" + b.name() + "' appears twice",
            "give each board its own name");
      }
    }
  }

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

  /**
   * The inventory of the configuration without environment references: see {@link #of(HexoConfig,
   * Map)}.
   */
  public static BoardInventory of(HexoConfig config) {
    return of(config, Map.of());
  }

  /**
   * The inventory of the configuration: its boards file, or the default one.
   *
   * @param env the variables {@code ${NAME}} references in the file expand to
   */
  public static BoardInventory of(HexoConfig config, Map<String, String> env) {
    return config.boardsFile().map(f -> load(f, env)).orElseGet(BoardInventory::defaults);
  }

  /** {@code local} (this host's ISA) and {@code qemu-user} (aarch64). */
  public static BoardInventory defaults() {
    return new BoardInventory(
        Optional.empty(),
        List.of(
            BoardSpec.simple("local", "local", Archs.host(), Set.of()),
            BoardSpec.simple("qemu-user", "qemu-user", "aarch64", Set.of())));
  }

  /** A boards file without environment references. */
  public static BoardInventory load(Path file) {
    return load(file, Map.of());
  }

  /** A boards file whose {@code ${NAME}} references are expanded from {@code env}. */
  public static BoardInventory load(Path file, Map<String, String> env) {
    if (!Files.isRegularFile(file)) {
      throw new UsageException(
          "board inventory " + file + " does not exist", "pass an existing file to --boards");
    }
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    } catch (IOException e) {
      throw new UsageException(
          "board inventory " + file + " is not valid YAML: " + e.getMessage(), "fix the syntax", e);
    }
    JsonNode list = root == null ? null : root.get("boards");
    if (list == null || !list.isArray() || root.size() != 1) {
      throw new UsageException(
          "board inventory " + file + " must have one top-level key `boards:` holding a list",
          "see README.md, section Boards, for the format");
    }
    List<BoardSpec> boards = new ArrayList<>();
    for (JsonNode entry : list) {
      boards.add(
          parse(
              file, expand(file + ": board '" + entry.path("name").asText("?") + "'", entry, env)));
    }
    return new BoardInventory(Optional.of(file), boards);
  }

  private static BoardSpec parse(Path file, JsonNode e) {
    String name = e.path("name").asText(null);
    if (!e.isObject() || name == null) {
      throw new UsageException(
          file + ": every board entry needs a `name:`", "add a name to each entry under boards:");
    }
    for (Map.Entry<String, JsonNode> f : e.properties()) {
      if (!FIELDS.contains(f.getKey())) {
        throw new UsageException(
            file + ": board '" + name + "': unknown field '" + f.getKey() + "'",
            "valid fields are " + String.join(", ", FIELDS.stream().sorted().toList()));
      }
    }
    Path base = file.toAbsolutePath().getParent();
    Set<String> labels = new LinkedHashSet<>();
    e.path("labels").forEach(l -> labels.add(l.asText()));
    Map<String, String> options = new LinkedHashMap<>();
    e.path("options").properties().forEach(o -> options.put(o.getKey(), o.getValue().asText()));
    try {
      return new BoardSpec(
          name,
          e.path("kind").asText(null),
          e.path("address").asText(null),
          e.path("port").asInt(0),
          e.path("user").asText(null),
          path(base, e.path("key").asText(null)),
          path(base, e.path("known_hosts").asText(null)),
          e.path("home").asText(null),
          e.path("arch").asText(null),
          labels,
          options);
    } catch (UsageException ex) {
      throw new UsageException(file + ": " + ex.getMessage(), ex.remedy(), ex);
    }
  }

  /** A copy of a board entry with every {@code ${NAME}} in its string values replaced. */
  private static JsonNode expand(String where, JsonNode entry, Map<String, String> env) {
    if (entry.isTextual()) {
      Matcher m = VARIABLE.matcher(entry.textValue());
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        String value = env.get(m.group(1));
        if (value == null) {
          throw new UsageException(
              where
                  + ": '"
                  + entry.textValue()
                  + "' references environment variable "
                  + m.group(1)
                  + ", which is not set",
              "set "
                  + m.group(1)
                  + " (in Jenkins: bind the credential with withCredentials)"
                  + " or write the value into the inventory");
        }
        m.appendReplacement(out, Matcher.quoteReplacement(value));
      }
      m.appendTail(out);
      return TextNode.valueOf(out.toString());
    }
    if (entry.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      entry.properties().forEach(f -> copy.set(f.getKey(), expand(where, f.getValue(), env)));
      return copy;
    }
    if (entry.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      entry.forEach(v -> copy.add(expand(where, v, env)));
      return copy;
    }
    return entry;
  }

  private static Path path(Path base, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.startsWith("~/")) {
      return Path.of(System.getProperty("user.home")).resolve(value.substring(2));
    }
    return base.resolve(value).normalize();
  }

  private static String where(Optional<Path> source) {
    return source.map(p -> p + ": ").orElse("");
  }

  /** The board called {@code name}. */
  public BoardSpec get(String name) {
    return boards.stream()
        .filter(b -> b.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new UsageException(
                    where(source) + "no board named '" + name + "'",
                    "known boards: "
                        + String.join(", ", boards.stream().map(BoardSpec::name).toList())));
  }
}
