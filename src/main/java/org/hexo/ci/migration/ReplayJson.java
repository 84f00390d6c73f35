package org.hexo.ci.migration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.verify.CheckResult;

/** {@code replay.json} in a replay's directory, schema {@value #SCHEMA}. */
final class ReplayJson {
  static final String SCHEMA = "hexo-ci/replay-result/v1";
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReplayJson() {}

  static void write(ReplayResult r) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schema", SCHEMA);
    root.put("test", r.kept().testName());
    root.put("runDir", r.kept().runDir().toString());
    root.put("originalVerdict", r.kept().verdict().name());
    root.put("verdict", r.verdict().name());
    root.put("board", r.board());
    root.put("checkpoint", r.kept().checkpoint().getFileName().toString());
    root.put("exitCode", r.leg().exitCode());
    root.put("timedOut", r.leg().timedOut());
    root.put("elapsedMs", r.leg().elapsed().toMillis());
    root.put("workDir", r.leg().workDir());
    if (r.attach() != null) {
      root.put("attach", r.attach());
    }
    ArrayNode checks = root.putArray("checks");
    for (CheckResult c : r.checks().flatten()) {
      ObjectNode n = checks.addObject();
      n.put("name", c.name());
      n.put("passed", c.passed());
      n.put("infrastructure", c.infrastructure());
      n.put("expected", c.expected());
      n.put("actual", c.actual());
      n.put("hint", c.hint());
    }
    try {
      Files.writeString(r.dir().resolve("replay.json"), MAPPER.writeValueAsString(root) + "\n");
    } catch (IOException e) {
      throw new InfrastructureException(
          "cannot write replay.json in " + r.dir() + ": " + e, "free disk space", e);
    }
  }
}
