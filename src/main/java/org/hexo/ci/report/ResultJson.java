package org.hexo.ci.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.hexo.ci.board.ResourceUsage;
import org.hexo.ci.migration.BoardRoles;
import org.hexo.ci.migration.CheckpointFile;
import org.hexo.ci.migration.Direction;
import org.hexo.ci.migration.LegResult;
import org.hexo.ci.migration.MigrationPoint;
import org.hexo.ci.migration.MigrationResult;
import org.hexo.ci.migration.MigrationSpec;
import org.hexo.ci.migration.Mode;
import org.hexo.ci.migration.PhaseTiming;
import org.hexo.ci.migration.TransferResult;
import org.hexo.ci.migration.Trigger;
import org.hexo.ci.verify.CheckResult;
import org.hexo.ci.verify.Normalizer;
import org.hexo.ci.verify.Verdict;

/**
 * The JSON form of a {@link MigrationResult}, schema {@value #SCHEMA} (documented in README.md,
 * "Migration tests"). Field order is fixed so that files diff well.
 */
public final class ResultJson {
  public static final String SCHEMA = "hexo-ci/migration-result/v1";
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ResultJson() {}

  public static String render(MigrationResult r) {
    try {
      return MAPPER.writeValueAsString(tree(r)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render result JSON", e);
    }
  }

  /**
   * Reads a result back from its JSON, for pages made of every result in a report directory. The
   * legs' output stays in their log files (empty here); the checks come back as one composite.
   *
   * @throws IOException when the JSON is unreadable or its spec no longer validates (e.g. its app
   *     directory is gone)
   */
  public static MigrationResult read(String json) throws IOException {
    JsonNode n = MAPPER.readTree(json);
    if (!SCHEMA.equals(n.path("schema").asText())) {
      throw new IOException("not a " + SCHEMA + " document");
    }
    try {
      JsonNode s = n.path("spec");
      Direction d = Direction.parse(s.path("direction").asText());
      boolean x86First = BoardRoles.X86.equals(d.sourceArch());
      String src = s.path("sourceBoard").asText();
      String dst = s.path("destinationBoard").asText();
      List<String> volatileLines = new ArrayList<>();
      s.path("volatileLines").forEach(v -> volatileLines.add(v.asText()));
      MigrationSpec spec =
          MigrationSpec.builder(Path.of(s.path("appDir").asText()), s.path("class").textValue())
              .toolchain(s.path("toolchain").asText())
              .mode(Mode.parse(s.path("mode").asText()))
              .direction(d)
              .trigger(Trigger.parse(s.path("trigger").asText()))
              .x86Board(x86First ? src : dst)
              .armBoard(x86First ? dst : src)
              .timeout(Duration.ofSeconds(s.path("timeoutSeconds").asLong()))
              .volatileLines(volatileLines)
              .verificationRegex(s.path("verificationRegex").asText())
              .memory(s.path("memory").asText())
              .build();
      List<CheckResult> checks = new ArrayList<>();
      n.path("checks")
          .forEach(
              c ->
                  checks.add(
                      new CheckResult(
                          c.path("name").asText(),
                          c.path("passed").asBoolean(),
                          c.path("expected").asText(),
                          c.path("actual").asText(),
                          c.path("hint").asText(),
                          c.path("infrastructure").asBoolean(),
                          List.of())));
      List<PhaseTiming> phases = new ArrayList<>();
      n.path("phasesMs")
          .fields()
          .forEachRemaining(e -> phases.add(new PhaseTiming(e.getKey(), e.getValue().asLong())));
      List<LegResult> legs = new ArrayList<>();
      n.path("legs").forEach(l -> legs.add(leg(l)));
      List<TransferResult> transfers = new ArrayList<>();
      n.path("transfers").forEach(t -> transfers.add(transfer(t)));
      List<MigrationPoint> points = new ArrayList<>();
      n.path("hops")
          .forEach(
              h ->
                  points.add(
                      new MigrationPoint(
                          h.path("label").asText(),
                          h.path("afterOutputLine").asInt(),
                          h.path("lastLine").asText(),
                          h.path("migrationPoint").isNumber()
                              ? OptionalLong.of(h.path("migrationPoint").asLong())
                              : OptionalLong.empty())));
      return new MigrationResult(
          spec,
          n.path("test").asText(),
          Verdict.valueOf(n.path("verdict").asText()),
          n.path("message").asText(),
          n.path("remedy").asText(),
          checks.isEmpty()
              ? Optional.empty()
              : Optional.of(
                  new CheckResult(
                      "migration",
                      checks.stream().allMatch(CheckResult::passed),
                      "",
                      "",
                      "",
                      false,
                      checks)),
          phases,
          legs,
          transfers,
          strings(n.path("manifest")),
          strings(n.path("boards")),
          Path.of(n.path("runDir").asText()),
          Instant.parse(n.path("startedAt").asText()),
          points);
    } catch (RuntimeException e) {
      throw new IOException("cannot read the result back: " + e.getMessage(), e);
    }
  }

  private static Map<String, String> strings(JsonNode n) {
    Map<String, String> out = new TreeMap<>();
    n.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }

  private static LegResult leg(JsonNode l) {
    JsonNode u = l.path("resourceUsage");
    return new LegResult(
        l.path("role").asText(),
        l.path("board").asText(),
        l.path("boardKind").asText(),
        l.path("arch").asText(),
        l.path("workDir").asText(),
        "",
        "",
        l.path("exitCode").asInt(),
        l.path("timedOut").asBoolean(),
        Duration.ofMillis(l.path("elapsedMs").asLong()),
        u.isObject()
            ? new ResourceUsage(
                u.path("maxRssKiB").asLong(),
                u.path("userMillis").asLong(),
                u.path("systemMillis").asLong())
            : ResourceUsage.UNKNOWN);
  }

  private static TransferResult transfer(JsonNode t) {
    List<CheckpointFile> files = new ArrayList<>();
    t.path("files")
        .forEach(
            f ->
                files.add(
                    new CheckpointFile(
                        f.path("name").asText(),
                        f.path("bytes").asLong(),
                        f.path("sha256Before").asText(),
                        f.path("sha256After").asText())));
    return new TransferResult(
        t.path("label").asText(), t.path("from").asText(), t.path("to").asText(), files);
  }

  static ObjectNode tree(MigrationResult r) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schema", SCHEMA);
    root.put("test", r.testName());
    root.put("verdict", r.verdict().name());
    root.put("message", r.message());
    root.put("remedy", r.remedy());
    root.put("startedAt", r.startedAt().toString());
    root.put("runDir", r.runDir().toString());
    root.set("spec", spec(r.spec()));
    root.set("normalisation", normalisation(r));
    ObjectNode manifest = root.putObject("manifest");
    new TreeMap<>(r.manifest()).forEach(manifest::put);
    ObjectNode boards = root.putObject("boards");
    new TreeMap<>(r.boards()).forEach(boards::put);
    ObjectNode phases = root.putObject("phasesMs");
    for (PhaseTiming p : r.phases()) {
      phases.put(p.name(), p.millis());
    }
    ArrayNode checks = root.putArray("checks");
    r.checks().ifPresent(c -> c.flatten().forEach(x -> checks.add(check(x))));
    ArrayNode legs = root.putArray("legs");
    r.legs().forEach(l -> legs.add(leg(l)));
    ArrayNode hops = root.putArray("hops");
    r.points()
        .forEach(
            p -> {
              ObjectNode h = hops.addObject();
              h.put("label", p.label());
              h.put("afterOutputLine", p.afterLine());
              h.put("lastLine", p.lastLine());
              if (p.point().isPresent()) {
                h.put("migrationPoint", p.point().getAsLong());
              } else {
                h.putNull("migrationPoint");
              }
            });
    ArrayNode transfers = root.putArray("transfers");
    r.transfers().forEach(t -> transfers.add(transfer(t)));
    ObjectNode sizes = root.putObject("checkpointBytes");
    if (!r.transfers().isEmpty()) {
      r.transfers().get(0).files().forEach(f -> sizes.put(f.name(), f.bytes()));
    }
    return root;
  }

  private static ObjectNode spec(MigrationSpec s) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("app", s.appName());
    n.put("appDir", s.appDir().toString());
    n.put("class", s.appClass());
    n.put("toolchain", s.toolchain());
    n.put("mode", s.mode().id());
    n.put("direction", s.direction().id());
    n.put("trigger", s.trigger().toString());
    n.put("sourceBoard", s.sourceBoard());
    n.put("destinationBoard", s.destinationBoard());
    n.put("timeoutSeconds", s.timeout().toSeconds());
    n.put("memory", s.memory());
    n.put("verificationRegex", s.verificationRegex());
    ArrayNode v = n.putArray("volatileLines");
    s.volatileLines().forEach(v::add);
    n.set("description", MAPPER.valueToTree(s.app().toMap()));
    ArrayNode args = n.putArray("args");
    s.args().forEach(args::add);
    return n;
  }

  /** Per leg, which lines each volatile-line rule masked: rule to the lines as printed. */
  private static ObjectNode normalisation(MigrationResult r) {
    ObjectNode n = MAPPER.createObjectNode();
    Normalizer norm = r.spec().normalizer();
    for (LegResult l : r.legs()) {
      Map<String, List<String>> masked = norm.masked(l.stdout());
      if (!masked.isEmpty()) {
        n.set(l.role(), MAPPER.valueToTree(masked));
      }
    }
    return n;
  }

  private static ObjectNode check(CheckResult c) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("name", c.name());
    n.put("passed", c.passed());
    n.put("infrastructure", c.infrastructure());
    n.put("expected", c.expected());
    n.put("actual", c.actual());
    n.put("hint", c.hint());
    return n;
  }

  private static ObjectNode leg(LegResult l) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("role", l.role());
    n.put("board", l.board());
    n.put("boardKind", l.boardKind());
    n.put("arch", l.arch());
    n.put("workDir", l.workDir());
    n.put("exitCode", l.exitCode());
    n.put("timedOut", l.timedOut());
    n.put("elapsedMs", l.elapsed().toMillis());
    n.put("stdoutFile", l.role() + ".stdout");
    n.put("stderrFile", l.role() + ".stderr");
    if (l.usage().known()) {
      ObjectNode u = n.putObject("resourceUsage");
      u.put("maxRssKiB", l.usage().maxRssKiB());
      u.put("userMillis", l.usage().userMillis());
      u.put("systemMillis", l.usage().systemMillis());
    } else {
      n.putNull("resourceUsage");
    }
    return n;
  }

  private static ObjectNode transfer(TransferResult t) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("label", t.label());
    n.put("from", t.fromBoard());
    n.put("to", t.toBoard());
    n.put("totalBytes", t.totalBytes());
    ArrayNode files = n.putArray("files");
    for (CheckpointFile f : t.files()) {
      ObjectNode x = files.addObject();
      x.put("name", f.name());
      x.put("bytes", f.bytes());
      x.put("sha256Before", f.sha256Before());
      x.put("sha256After", f.sha256After());
      x.put("intact", f.intact());
    }
    return n;
  }
}
