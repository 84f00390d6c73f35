package org.hexo.ci.bisect;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.report.Markup;

/** {@code bisect.json} (schema {@value #SCHEMA}) and {@code bisect.html} of a bisection. */
public final class BisectReport {
  public static final String SCHEMA = "hexo-ci/bisect-result/v1";
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private BisectReport() {}

  /** Writes both files into {@code dir}. */
  public static void write(
      Path dir, String component, String good, String bad, Bisection.Result r) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schema", SCHEMA);
    root.put("component", component);
    root.put("good", good);
    root.put("bad", bad);
    if (r.firstBad().isPresent()) {
      root.put("firstBad", r.firstBad().get().id());
      root.put("firstBadSubject", r.firstBad().get().subject());
    } else {
      root.putNull("firstBad");
    }
    ArrayNode candidates = root.putArray("candidates");
    r.candidates().forEach(c -> candidates.add(c.id()));
    ArrayNode steps = root.putArray("steps");
    StringBuilder rows = new StringBuilder();
    for (Bisection.Step s : r.steps()) {
      ObjectNode n = steps.addObject();
      n.put("commit", s.commit().id());
      n.put("subject", s.commit().subject());
      n.put("mark", s.mark().name());
      n.put("reason", s.reason());
      ArrayNode runs = n.putArray("runDirs");
      s.runDirs().forEach(runs::add);
      rows.append("<tr><td><code>")
          .append(Markup.escape(s.commit().shortId()))
          .append("</code></td><td>")
          .append(Markup.escape(s.commit().subject()))
          .append("</td><td>")
          .append(s.mark())
          .append("</td><td>")
          .append(Markup.escape(s.reason()))
          .append("</td><td>")
          .append(Markup.escape(String.join(" ", s.runDirs())))
          .append("</td></tr>\n");
    }
    String verdict =
        r.firstBad()
            .map(c -> "first bad commit: <code>" + c.id() + "</code> " + Markup.escape(c.subject()))
            .orElse(
                r.candidates().isEmpty()
                    ? "the bad ref passed: nothing to bisect"
                    : "skipped commits leave " + r.candidates().size() + " candidates");
    String html =
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>bisect "
            + Markup.escape(component)
            + "</title></head><body><h1>bisect "
            + Markup.escape(component)
            + " "
            + Markup.escape(good)
            + "..."
            + Markup.escape(bad)
            + "</h1><p>"
            + verdict
            + "</p><table border=\"1\"><tr><th>commit</th><th>subject</th><th>mark</th>"
            + "<th>why</th><th>run directories</th></tr>\n"
            + rows
            + "</table></body></html>\n";
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("bisect.json"), MAPPER.writeValueAsString(root) + "\n");
      Files.writeString(dir.resolve("bisect.html"), html);
    } catch (IOException e) {
      throw new InfrastructureException(
          "cannot write the bisect report in " + dir + ": " + e, "free disk space", e);
    }
  }
}
