package org.hexo.ci.jenkins;

import groovy.lang.Binding;
import groovy.lang.GroovyShell;
import groovy.lang.Script;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.codehaus.groovy.control.CompilerConfiguration;

/**
 * Runs a Jenkins shared library's {@code vars/} steps and a scripted Jenkinsfile under plain
 * Groovy, with the Jenkins steps they use provided by {@link PipelineScript}. Steps are recorded in
 * order; {@code sh} really runs its script with {@code sh -xe} in the workspace, with the
 * pipeline's environment (as {@code withEnv} and {@code withCredentials} shaped it) on top of this
 * process's. Build results follow Jenkins: they only get worse, and an uncaught {@code error} ends
 * the build as FAILURE.
 */
public final class PipelineHarness {
  /** One step call: its name, arguments and the pipeline environment when it was called. */
  public record Call(String step, Map<String, Object> args, Map<String, String> env) {}

  private static final List<String> ORDER = List.of("SUCCESS", "UNSTABLE", "FAILURE", "ABORTED");

  final Path workspace;
  final Map<String, String> env = new LinkedHashMap<>();
  final Map<String, Object> params = new LinkedHashMap<>();

  /** Credential id to the value a binding exposes (a file path for file and key credentials). */
  final Map<String, String> credentials = new HashMap<>();

  /** Job name to the directory whose files copyArtifacts copies (its last successful build). */
  final Map<String, Path> artifactsOfLastSuccessful = new HashMap<>();

  final java.util.Deque<Path> dirs = new java.util.ArrayDeque<>();
  private final List<Call> calls = new ArrayList<>();
  private final StringBuilder log = new StringBuilder();
  private final Map<String, Script> vars = new HashMap<>();
  private final Binding binding = new Binding();
  private final GroovyShell shell;
  private String result;

  public PipelineHarness(Path libraryRoot, Path workspace) throws IOException {
    this.workspace = workspace.toAbsolutePath();
    env.put("WORKSPACE", this.workspace.toString());
    env.put("JOB_NAME", "hexo-ci");
    env.put("BUILD_NUMBER", "1");
    CompilerConfiguration cc = new CompilerConfiguration();
    cc.setScriptBaseClass(PipelineScript.class.getName());
    cc.addCompilationCustomizers(
        new org.codehaus.groovy.control.customizers.ImportCustomizer()
            .addImport("NonCPS", NonCPS.class.getName()));
    binding.setVariable(PipelineScript.HARNESS, this);
    binding.setVariable("env", env);
    binding.setVariable("params", params);
    binding.setVariable("currentBuild", new CurrentBuild(this));
    binding.setVariable("scm", Map.of("type", "git"));
    shell = new GroovyShell(PipelineHarness.class.getClassLoader(), binding, cc);
    // the library's own directory (libraryPath jenkins/), else a library at the repository root
    Path varsDir =
        Files.isDirectory(libraryRoot.resolve("jenkins/vars"))
            ? libraryRoot.resolve("jenkins/vars")
            : libraryRoot.resolve("vars");
    try (Stream<Path> files = Files.list(varsDir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".groovy")).toList()) {
        String name = f.getFileName().toString().replaceAll("\\.groovy$", "");
        vars.put(name, shell.parse(f.toFile()));
      }
    }
  }

  public PipelineHarness env(String key, String value) {
    env.put(key, value);
    return this;
  }

  public PipelineHarness param(String key, Object value) {
    params.put(key, value);
    return this;
  }

  public PipelineHarness credential(String id, String value) {
    credentials.put(id, value);
    return this;
  }

  public PipelineHarness lastSuccessfulArtifacts(String job, Path dir) {
    artifactsOfLastSuccessful.put(job, dir);
    return this;
  }

  /** Calls a library step like a pipeline would: {@code hexoBuild(args)}. */
  public Object step(String name, Map<String, Object> args) {
    return run(() -> callVar(name, new Object[] {args}));
  }

  /** Runs a Jenkinsfile to its end; returns the build result. */
  public String runJenkinsfile(Path jenkinsfile) throws IOException {
    Script s = shell.parse(jenkinsfile.toFile());
    run(s::run);
    return result();
  }

  private Object run(java.util.function.Supplier<Object> body) {
    try {
      return body.get();
    } catch (PipelineAbort e) {
      setResult("FAILURE");
      log("ERROR: " + e.getMessage());
      return null;
    }
  }

  boolean hasVar(String name) {
    return vars.containsKey(name);
  }

  Object callVar(String name, Object[] args) {
    record(
        "library:" + name, args.length == 1 && args[0] instanceof Map<?, ?> m ? cast(m) : Map.of());
    return vars.get(name).invokeMethod("call", args);
  }

  /** A step's named arguments, with GStrings made Strings as Jenkins does. */
  static Map<String, Object> cast(Map<?, ?> m) {
    Map<String, Object> out = new LinkedHashMap<>();
    m.forEach(
        (k, v) ->
            out.put(String.valueOf(k), v instanceof groovy.lang.GString g ? g.toString() : v));
    return out;
  }

  void record(String step, Map<String, Object> args) {
    calls.add(new Call(step, args, Map.copyOf(env)));
  }

  void log(String line) {
    log.append(line).append('\n');
  }

  void setResult(String r) {
    if (result == null || ORDER.indexOf(r) > ORDER.indexOf(result)) {
      result = r;
    }
  }

  /** The build result: SUCCESS unless a step made it worse. */
  public String result() {
    return result == null ? "SUCCESS" : result;
  }

  public List<Call> calls() {
    return List.copyOf(calls);
  }

  public List<Call> calls(String step) {
    return calls.stream().filter(c -> c.step().equals(step)).toList();
  }

  /** The console log: sh output, echo, errors. */
  public String log() {
    return log.toString();
  }

  /** Jenkins' {@code currentBuild}: its result only gets worse. */
  public static final class CurrentBuild {
    private final PipelineHarness h;

    CurrentBuild(PipelineHarness h) {
      this.h = h;
    }

    public String getResult() {
      return h.result;
    }

    public void setResult(String r) {
      h.record("currentBuild.result", Map.of("value", r));
      h.setResult(r);
    }

    public String getCurrentResult() {
      return h.result();
    }
  }
}
