package org.hexo.ci.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.TreeMap;
import org.hexo.ci.migration.CheckpointFile;
import org.hexo.ci.migration.LegResult;
import org.hexo.ci.migration.MigrationResult;
import org.hexo.ci.migration.MigrationSpec;
import org.hexo.ci.migration.PhaseTiming;
import org.hexo.ci.migration.TransferResult;
import org.hexo.ci.verify.CheckResult;

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
