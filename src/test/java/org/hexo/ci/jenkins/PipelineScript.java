package org.hexo.ci.jenkins;

import groovy.lang.Closure;
import groovy.lang.MissingMethodException;
import groovy.lang.Script;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The base class of every script the {@link PipelineHarness} runs (the Jenkinsfile and each {@code
 * vars/} step): the Jenkins steps they use, recorded in the harness. Library steps are found by
 * name, as Jenkins' global variables are.
 */
public abstract class PipelineScript extends Script {
  static final String HARNESS = "__pipelineHarness";

  private PipelineHarness h() {
    return (PipelineHarness) getBinding().getVariable(HARNESS);
  }

  /** Library steps ({@code hexoBuild(...)}) resolve like Jenkins' global variables. */
  public Object methodMissing(String name, Object args) {
    Object[] a = args instanceof Object[] arr ? arr : new Object[] {args};
    if (h().hasVar(name)) {
      return h().callVar(name, a);
    }
    throw new MissingMethodException(name, getClass(), a);
  }

  private Path cwd() {
    return h().dirs.isEmpty() ? h().workspace : h().dirs.peek();
  }

  // ---- sh, env, results ----

  public Object sh(String script) throws IOException, InterruptedException {
    return sh(Map.of("script", script));
  }

  public Object sh(Map<String, Object> args) throws IOException, InterruptedException {
    PipelineHarness h = h();
    h.record("sh", PipelineHarness.cast(args));
    String script = String.valueOf(args.get("script"));
    Path file = Files.createTempFile("jenkins-sh-", ".sh");
    Files.writeString(file, script);
    ProcessBuilder pb = new ProcessBuilder("sh", "-xe", file.toString());
    pb.directory(cwd().toFile());
    pb.environment().putAll(h.env);
    pb.redirectErrorStream(!Boolean.TRUE.equals(args.get("returnStdout")));
    if (Boolean.TRUE.equals(args.get("returnStdout"))) {
      pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    }
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int rc = p.waitFor();
    Files.deleteIfExists(file);
    h.log(out);
    if (Boolean.TRUE.equals(args.get("returnStatus"))) {
      return rc;
    }
    if (rc != 0) {
      throw new PipelineAbort("script returned exit code " + rc);
    }
    return Boolean.TRUE.equals(args.get("returnStdout")) ? out : null;
  }

  public Object withEnv(List<?> vars, Closure<?> body) {
    h().record("withEnv", Map.of("vars", List.copyOf(vars)));
    Map<String, String> saved = new HashMap<>(h().env);
    try {
      for (Object v : vars) {
        String s = String.valueOf(v);
        int eq = s.indexOf('=');
        h().env.put(s.substring(0, eq), s.substring(eq + 1));
      }
      return body.call();
    } finally {
      h().env.clear();
      h().env.putAll(saved);
    }
  }

  public void echo(Object message) {
    h().record("echo", Map.of("message", String.valueOf(message)));
    h().log(String.valueOf(message));
  }

  public void error(Object message) {
    h().record("error", Map.of("message", String.valueOf(message)));
    throw new PipelineAbort(String.valueOf(message));
  }

  public void unstable(Object message) {
    h().record("unstable", Map.of("message", String.valueOf(message)));
    h().log("WARNING: " + message);
    h().setResult("UNSTABLE");
  }

  public Object catchError(Map<String, Object> args, Closure<?> body) {
    h().record("catchError", PipelineHarness.cast(args));
    try {
      return body.call();
    } catch (PipelineAbort e) {
      h().log("caught: " + e.getMessage());
      h().setResult(String.valueOf(args.getOrDefault("buildResult", "FAILURE")));
      return null;
    }
  }

  // ---- structure ----

  public Object node(String label, Closure<?> body) {
    h().record("node", Map.of("label", label));
    return body.call();
  }

  public Object node(Closure<?> body) {
    return node("", body);
  }

  public Object stage(String name, Closure<?> body) {
    h().record("stage", Map.of("name", name));
    return body.call();
  }

  public Object timeout(Map<String, Object> args, Closure<?> body) {
    h().record("timeout", PipelineHarness.cast(args));
    return body.call();
  }

  public Object dir(String path, Closure<?> body) throws IOException {
    Path d = cwd().resolve(path);
    Files.createDirectories(d);
    h().dirs.push(d);
    try {
      return body.call();
    } finally {
      h().dirs.pop();
    }
  }

  /** Runs the branches one after the other: the harness checks wiring, not concurrency. */
  public Object parallel(Map<String, Closure<?>> branches) {
    h().record("parallel", Map.of("branches", List.copyOf(branches.keySet())));
    Map<String, Object> out = new LinkedHashMap<>();
    branches.forEach((k, v) -> out.put(k, v.call()));
    return out;
  }

  public Object withCredentials(List<Map<String, Object>> bindings, Closure<?> body) {
    h().record("withCredentials", Map.of("bindings", List.copyOf(bindings)));
    Map<String, String> saved = new HashMap<>(h().env);
    try {
      for (Map<String, Object> b : bindings) {
        String value = h().credentials.get(String.valueOf(b.get("credentialsId")));
        if (value == null) {
          throw new PipelineAbort(
              "Could not find credentials entry with ID '" + b.get("credentialsId") + "'");
        }
        for (String k : List.of("variable", "keyFileVariable")) {
          if (b.get(k) != null) {
            h().env.put(String.valueOf(b.get(k)), value);
          }
        }
        if (b.get("usernameVariable") != null) {
          h().env.put(String.valueOf(b.get("usernameVariable")), "jenkins");
        }
      }
      return body.call();
    } finally {
      h().env.clear();
      h().env.putAll(saved);
    }
  }

  public Map<String, Object> file(Map<String, Object> args) {
    return binding("file", args);
  }

  public Map<String, Object> sshUserPrivateKey(Map<String, Object> args) {
    return binding("sshUserPrivateKey", args);
  }

  private static Map<String, Object> binding(String kind, Map<String, Object> args) {
    Map<String, Object> m = new LinkedHashMap<>(args);
    m.put("$class", kind);
    return m;
  }

  // ---- job properties ----

  public void properties(List<?> props) {
    h().record("properties", Map.of("properties", List.copyOf(props)));
  }

  public Map<String, Object> pipelineTriggers(List<?> triggers) {
    return Map.of("pipelineTriggers", List.copyOf(triggers));
  }

  public Map<String, Object> cron(String spec) {
    return Map.of("cron", spec);
  }

  public Map<String, Object> parameters(List<?> ps) {
    return Map.of("parameters", List.copyOf(ps));
  }

  public Map<String, Object> string(Map<String, Object> args) {
    return binding("string", args);
  }

  public Map<String, Object> choice(Map<String, Object> args) {
    return binding("choice", args);
  }

  public Map<String, Object> booleanParam(Map<String, Object> args) {
    return binding("booleanParam", args);
  }

  public Object library(Object id) {
    h().record("library", Map.of("identifier", String.valueOf(id)));
    return null;
  }

  public void checkout(Object scm) {
    h().record("checkout", Map.of("scm", String.valueOf(scm)));
  }

  // ---- files and artifacts ----

  public void deleteDir() throws IOException {
    h().record("deleteDir", Map.of("dir", cwd().toString()));
    if (Files.exists(cwd())) {
      try (Stream<Path> s = Files.walk(cwd())) {
        for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(f);
        }
      }
    }
  }

  public boolean fileExists(String path) {
    return Files.exists(cwd().resolve(path));
  }

  public String readFile(String path) throws IOException {
    return Files.readString(cwd().resolve(path));
  }

  public void writeFile(Map<String, Object> args) throws IOException {
    Path f = cwd().resolve(String.valueOf(args.get("file")));
    Files.createDirectories(f.getParent());
    Files.writeString(f, String.valueOf(args.get("text")));
  }

  public void junit(Map<String, Object> args) {
    h().record("junit", PipelineHarness.cast(args));
  }

  public void archiveArtifacts(Map<String, Object> args) {
    h().record("archiveArtifacts", PipelineHarness.cast(args));
  }

  public void publishHTML(Map<String, Object> args) {
    h().record("publishHTML", PipelineHarness.cast(args));
  }

  public Map<String, Object> lastSuccessful() {
    return Map.of("selector", "lastSuccessful");
  }

  /** Copies the last successful build's artifacts matching {@code filter} under {@code target}. */
  public void copyArtifacts(Map<String, Object> args) throws IOException {
    h().record("copyArtifacts", PipelineHarness.cast(args));
    Path from = h().artifactsOfLastSuccessful.get(String.valueOf(args.get("projectName")));
    if (from == null) {
      if (Boolean.TRUE.equals(args.get("optional"))) {
        return;
      }
      throw new PipelineAbort("Unable to find a build for artifact copy");
    }
    Path target = cwd().resolve(String.valueOf(args.getOrDefault("target", "")));
    String glob = "glob:" + args.getOrDefault("filter", "**");
    var matcher = from.getFileSystem().getPathMatcher(glob);
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path rel = from.relativize(f);
        if (matcher.matches(rel)) {
          Path dst = target.resolve(rel.toString().replace(File.separatorChar, '/'));
          Files.createDirectories(dst.getParent());
          Files.copy(f, dst);
        }
      }
    }
  }
}
