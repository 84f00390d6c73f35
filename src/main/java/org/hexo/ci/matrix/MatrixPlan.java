package org.hexo.ci.matrix;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hexo.ci.UsageException;
import org.hexo.ci.app.AppClasses;

/**
 * What a fanned-out matrix runs: its cells with the Lockable Resources label each needs and the
 * programs each runs, the cells no board of the inventory serves ({@code skipped}) and those whose
 * programs did not build ({@code failed}). Written by {@code matrix plan --json}, read by Jenkins
 * and by {@code matrix merge}; schema {@value #SCHEMA}, as docs/jenkins.md section 8 shows.
 */
public record MatrixPlan(
    String schema,
    String matrix,
    String file,
    String toolchain,
    List<String> overrides,
    int repeat,
    long leaseTimeoutSeconds,
    String artifacts,
    Map<String, String> healthCheck,
    List<PlanCell> cells,
    List<Skip> skipped,
    List<Failure> failed) {

  public static final String SCHEMA = "hexo-ci/matrix-plan/v1";

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public MatrixPlan {
    overrides = List.copyOf(overrides == null ? List.of() : overrides);
    healthCheck = healthCheck == null ? Map.of() : new LinkedHashMap<>(healthCheck);
    cells = List.copyOf(cells == null ? List.of() : cells);
    skipped = List.copyOf(skipped == null ? List.of() : skipped);
    failed = List.copyOf(failed == null ? List.of() : failed);
  }

  /** An app and class a cell runs, built under {@code artifacts/<app>-<class>/}. */
  public record Build(String app, @JsonProperty("class") String appClass) {}

  /** A cell to run: where (the label to lock), what (its builds), how often, how long. */
  public record PlanCell(
      String id,
      String slug,
      Map<String, String> axes,
      String target,
      String label,
      List<Build> builds,
      int repeat,
      long leaseTimeoutSeconds) {

    /** The cell these axes name. */
    @JsonIgnore
    public Cell cell() {
      return MatrixPlan.cell(axes);
    }
  }

  /** A cell no board of the inventory serves. */
  public record Skip(String id, Map<String, String> axes, String target, String reason) {}

  /** A cell whose programs do not build: FAIL without running. */
  public record Failure(String id, Map<String, String> axes, String reason) {}

  /**
   * The plan of {@code spec} over {@code boards}.
   *
   * @param buildFailures why an app and class ({@code app-class}) does not build, for those that do
   *     not
   */
  public static MatrixPlan of(
      MatrixSpec spec,
      String file,
      String toolchain,
      List<String> overrides,
      List<MatrixBoard> boards,
      String artifacts,
      Map<String, String> buildFailures) {
    List<PlanCell> cells = new ArrayList<>();
    List<Skip> skipped = new ArrayList<>();
    List<Failure> failed = new ArrayList<>();
    long lease = spec.leaseTimeout().toSeconds();
    for (Cell c : spec.cells()) {
      if (boards.stream().noneMatch(b -> b.serves(c.target()))) {
        skipped.add(new Skip(c.id(), c.axes(), c.target(), "no board matches " + c.target()));
        continue;
      }
      String broken = buildFailures.get(buildKey(c));
      if (broken != null) {
        failed.add(new Failure(c.id(), c.axes(), broken));
        continue;
      }
      cells.add(
          new PlanCell(
              c.id(),
              c.slug(),
              c.axes(),
              c.target(),
              label(c.target()),
              List.of(new Build(c.app(), c.appClass())),
              spec.repeat(),
              lease));
    }
    return new MatrixPlan(
        SCHEMA,
        spec.name(),
        file,
        toolchain,
        overrides,
        spec.repeat(),
        lease,
        artifacts,
        spec.healthCheck().axes(),
        cells,
        skipped,
        failed);
  }

  /** The directory name of a cell's programs under {@code --artifacts}. */
  public static String buildKey(Cell c) {
    return AppClasses.slug(Path.of(c.app()).getFileName().toString(), c.appClass());
  }

  /** The Lockable Resources label of a target: {@code L} for {@code label:L}, else board:NAME. */
  public static String label(String target) {
    return target.startsWith("label:") ? target.substring("label:".length()) : "board:" + target;
  }

  static Cell cell(Map<String, String> axes) {
    Objects.requireNonNull(axes, "axes");
    return new Cell(
        axes.get("app"),
        axes.get("class"),
        axes.get("mode"),
        axes.get("direction"),
        axes.get("trigger"),
        axes.get("target"));
  }

  public String toJson() {
    try {
      return MAPPER.writeValueAsString(this);
    } catch (IOException e) {
      throw new IllegalStateException("plan does not serialise", e);
    }
  }

  /** Reads a plan written by {@code matrix plan --json}; anything else is a usage error. */
  public static MatrixPlan read(Path file) {
    MatrixPlan p;
    try {
      p = MAPPER.readValue(file.toFile(), MatrixPlan.class);
    } catch (IOException | RuntimeException e) {
      throw new UsageException(
          "plan " + file + " is not readable: " + e.getMessage(),
          "pass the file `hexo-ci matrix plan FILE --json` printed");
    }
    if (!SCHEMA.equals(p.schema())) {
      throw new UsageException(
          "plan " + file + " has schema '" + p.schema() + "', expected " + SCHEMA,
          "pass the file `hexo-ci matrix plan FILE --json` printed");
    }
    return p;
  }
}
