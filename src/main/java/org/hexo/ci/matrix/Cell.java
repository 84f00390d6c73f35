package org.hexo.ci.matrix;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One point of a regression matrix: an app at a problem class, migrated in one mode and direction
 * at one trigger, on a board chosen by a target selector ({@code NAME} or {@code label:LABEL}).
 */
public record Cell(
    String app, String appClass, String mode, String direction, String trigger, String target) {

  public Cell {
    Objects.requireNonNull(app, "app");
    Objects.requireNonNull(appClass, "appClass");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(target, "target");
  }

  /**
   * A stable identifier, used to match cells across runs and to name their log directories; an app
   * without classes has none in it.
   */
  @JsonProperty(value = "id", access = JsonProperty.Access.READ_ONLY)
  public String id() {
    return appClass.isEmpty()
        ? String.join("/", app, mode, direction, trigger, target)
        : String.join("/", app, appClass, mode, direction, trigger, target);
  }

  /** A file-system-safe form of {@link #id()}. */
  @JsonIgnore
  public String slug() {
    return id().replaceAll("[^A-Za-z0-9._-]+", "_");
  }

  /** The cell as axis name to value, with the axis names matrix files use. */
  @JsonIgnore
  public Map<String, String> axes() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("app", app);
    m.put("class", appClass);
    m.put("mode", mode);
    m.put("direction", direction);
    m.put("trigger", trigger);
    m.put("target", target);
    return m;
  }

  /** True when every key of the exclusion names this cell's value on that axis. */
  public boolean matches(Map<String, String> exclusion) {
    Map<String, String> mine = axes();
    return exclusion.entrySet().stream().allMatch(e -> e.getValue().equals(mine.get(e.getKey())));
  }
}
