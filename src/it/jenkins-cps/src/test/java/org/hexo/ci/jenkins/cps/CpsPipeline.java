package org.hexo.ci.jenkins.cps;

import com.cloudbees.groovy.cps.NonCPS;
import com.lesfurets.jenkins.unit.MethodSignature;
import com.lesfurets.jenkins.unit.cps.MockPipelineScriptCPS;
import com.lesfurets.jenkins.unit.cps.PipelineTestHelperCPS;
import groovy.lang.Binding;
import groovy.lang.Closure;
import groovy.lang.GString;
import groovy.lang.Script;
import java.io.File;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A scripted pipeline run the way Jenkins runs it, as far as JenkinsPipelineUnit's CPS mode goes:
 * the Jenkinsfile and the library's {@code vars/} are compiled by Groovy 2.4, CPS-transformed, and
 * every closure a step runs is interpreted step by step with its state serialized in between (a
 * local variable that Jenkins could not persist fails the test).
 *
 * <p>The steps behave as the plugins' own: {@code checkout} returns the SCM variables and leaves
 * {@code env} alone (workflow-scm-step); {@code copyArtifacts} picks a build by its selector, and
 * {@code lastSuccessful()} accepts UNSTABLE builds unless {@code stable: true} (copyartifact);
 * {@code lock(label:, quantity:, variable:)} waits for a free resource of the label and holds it
 * exclusively (lockable-resources); {@code parallel} runs its branches on threads of their own;
 * {@code node(label)} runs on an agent of that label, in its workspace, with its environment;
 * {@code withEnv}, {@code withCredentials} and {@code lock}'s variable are visible only inside
 * their block and branch. {@code sh} really runs {@code sh -xe} in the current directory. A build
 * ends FAILURE on an uncaught error and ABORTED on {@link Interrupted}; results only get worse.
 *
 * <p>One instance per test; not reusable.
 */
public final class CpsPipeline {
  /** One recorded step call: name, named arguments (GStrings as Strings), env, agent. */
  public record Call(String step, Map<String, Object> args, Map<String, String> env, String agent) {
    public String arg(String key) {
      Object v = args.get(key);
      return v == null ? null : String.valueOf(v);
    }
  }

  /** An agent: its name, labels, node-level environment and workspace. */
  public record Agent(String name, Set<String> labels, Map<String, String> env, Path workspace) {}

  /** A finished build of this job whose archived artifacts lie under {@code artifacts}. */
  public record PastBuild(int number, String result, Path artifacts) {}

  /** A lockable resource: name and labels (Manage Jenkins, Lockable Resources). */
  public record Resource(String name, Set<String> labels) {}

  /** What {@code error} throws in Jenkins (hudson.AbortException). */
  public static final class AbortException extends RuntimeException {
    public AbortException(String message) {
      super(message);
    }
  }

  /** A user abort or a timeout (FlowInterruptedException): the build ends ABORTED. */
  public static final class Interrupted extends RuntimeException {
    public Interrupted(String message) {
      super(message);
    }
  }

  /** The per-thread (per-branch) pipeline context: environment overlay, directory, agent. */
  private record Context(Map<String, String> env, Path cwd, Agent agent) {}

  private static final List<String> ORDER = List.of("SUCCESS", "UNSTABLE", "FAILURE", "ABORTED");
  private static final InheritableThreadLocal<Context> CONTEXT = new InheritableThreadLocal<>();

  private final Path root;
  private final Path libraryRoot;
  private final Path home;
  private final PipelineTestHelperCPS helper = new PipelineTestHelperCPS();
  private final Binding binding = new Binding();
  private final Map<String, String> globalEnv = new LinkedHashMap<>();
  private final Map<String, Object> params = new LinkedHashMap<>();
  private final Map<String, String> credentials = new HashMap<>();
  private final List<Agent> agents = new ArrayList<>();
  private final List<PastBuild> pastBuilds = new ArrayList<>();
  private final List<Resource> resources = new ArrayList<>();
  private final Set<String> locked = new LinkedHashSet<>();
  private final Map<String, Object> checkoutVars = new LinkedHashMap<>();
  private final Map<String, Path> stashes = new HashMap<>();
  private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
  private final StringBuffer log = new StringBuffer();
  private final ExecutorService branches = Executors.newCachedThreadPool();

  /**
   * Jenkins' CPS VM thread: pipeline Groovy runs one branch at a time, and a branch lets the others
   * run while one of its steps waits (a process, a lock, the branches of a parallel).
   */
  private final java.util.concurrent.locks.ReentrantLock vm =
      new java.util.concurrent.locks.ReentrantLock();

  private final Map<String, Object> scm = new LinkedHashMap<>();
  private Consumer<Call> beforeSh = c -> {};
  private String result;

  /**
   * @param root the hexo-ci checkout whose Jenkinsfile and library run
   * @param home a scratch directory: agents' workspaces, stashes
   */
  public CpsPipeline(Path root, Path home) {
    this.root = root.toAbsolutePath().normalize();
    // the library's root (libraryPath jenkins/), or the repository root of a layout without one
    this.libraryRoot =
        Files.isDirectory(this.root.resolve("jenkins/vars"))
            ? this.root.resolve("jenkins")
            : this.root;
    this.home = home.toAbsolutePath();
    globalEnv.put("JOB_NAME", "hexo-ci");
    globalEnv.put("BUILD_NUMBER", "7");
    scm.put("$class", "GitSCM");
    scm.put(
        "userRemoteConfigs",
        new ArrayList<>(List.of(Map.of("url", "https://git.example/hexo-ci.git"))));
    agent("agent0", Set.of("hexo-ci"), Map.of());
    checkoutVars.put("GIT_URL", "https://git.example/hexo-ci.git");
    checkoutVars.put("GIT_COMMIT", "c0ffee0000000000000000000000000000000000");
    checkoutVars.put("GIT_BRANCH", "origin/main");
    checkoutVars.put("GIT_PREVIOUS_COMMIT", "beef000000000000000000000000000000000000");
    binding.setVariable("env", new Env(this));
    binding.setVariable("params", params);
    binding.setVariable("scm", scm);
    binding.setVariable("currentBuild", new CurrentBuild(this));
    helper.setScriptRoots(new String[] {this.root.toString()});
    helper.setBaseScriptRoot(this.root.toString());
    helper.setScriptExtension("groovy");
    helper.setBaseClassloader(CpsPipeline.class.getClassLoader());
    helper.setImports(Map.of("NonCPS", NonCPS.class.getName()));
    helper.setScriptBaseClass(MockPipelineScriptCPS.class);
    helper.init();
    helper.setCallStack(Collections.synchronizedList(new ArrayList<>()));
    registerSteps();
  }

  // ---- configuration ----

  public CpsPipeline env(String key, String value) {
    globalEnv.put(key, value);
    return this;
  }

  public CpsPipeline param(String key, Object value) {
    params.put(key, value);
    return this;
  }

  public CpsPipeline credential(String id, String value) {
    credentials.put(id, value);
    return this;
  }

  public CpsPipeline withoutCredential(String id) {
    credentials.remove(id);
    return this;
  }

  /** Adds an agent (the first one, {@code agent0} labelled {@code hexo-ci}, always exists). */
  public CpsPipeline agent(String name, Set<String> labels, Map<String, String> env) {
    try {
      agents.add(
          new Agent(
              name,
              Set.copyOf(labels),
              new LinkedHashMap<>(env),
              Files.createDirectories(home.resolve(name))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Sets a node property of an agent: visible only inside {@code node}. */
  public CpsPipeline agentEnv(String agent, String key, String value) {
    agents.stream()
        .filter(a -> a.name().equals(agent))
        .findFirst()
        .orElseThrow()
        .env()
        .put(key, value);
    return this;
  }

  public CpsPipeline withoutEnv(String key) {
    globalEnv.remove(key);
    return this;
  }

  public Path workspace(String agent) {
    return agents.stream()
        .filter(a -> a.name().equals(agent))
        .findFirst()
        .orElseThrow()
        .workspace();
  }

  public CpsPipeline pastBuild(int number, String result, Path artifacts) {
    pastBuilds.add(new PastBuild(number, result, artifacts));
    return this;
  }

  public CpsPipeline resource(String name, String... labels) {
    resources.add(new Resource(name, Set.of(labels)));
    return this;
  }

  /** The job's SCM as the {@code scm} variable shows it: remote URL of a Git SCM. */
  public CpsPipeline scmUrl(String url) {
    scm.put("userRemoteConfigs", new ArrayList<>(List.of(Map.of("url", url))));
    return this;
  }

  /** The variables {@code checkout} returns. */
  public CpsPipeline checkoutVar(String key, String value) {
    checkoutVars.put(key, value);
    return this;
  }

  /** Runs before each {@code sh}, on the branch's thread (a test's rendezvous or abort). */
  public CpsPipeline beforeSh(Consumer<Call> hook) {
    beforeSh = hook;
    return this;
  }

  // ---- running ----

  /** Runs the Jenkinsfile at the checkout's root to its end; returns the build result. */
  public String runJenkinsfile() {
    return run(() -> helper.runScript(helper.loadScript("Jenkinsfile", binding)));
  }

  /** Calls a library step on {@code agent0} like {@code node { name(args) }} would. */
  public Object step(String name, Map<String, Object> args) {
    loadLibrary(libraryRoot);
    Object[] out = new Object[1];
    run(
        () -> {
          Script s = (Script) binding.getVariable(name);
          enter(agents.get(0));
          out[0] = s.invokeMethod("call", new Object[] {args});
          return null;
        });
    return out[0];
  }

  private String run(java.util.function.Supplier<Object> body) {
    CONTEXT.set(new Context(new LinkedHashMap<>(), agents.get(0).workspace(), null));
    vm.lock();
    try {
      body.get();
    } catch (Interrupted e) {
      setResult("ABORTED");
      log("Aborted: " + e.getMessage());
    } catch (Exception e) {
      // also what Groovy throws unchecked: JenkinsPipelineUnit's serialization check, for one
      setResult("FAILURE");
      log("ERROR: " + e.getMessage());
      if (!(e instanceof AbortException)) {
        log(stackTrace(e));
      }
    } finally {
      vm.unlock();
      branches.shutdownNow();
      CONTEXT.remove();
    }
    return result();
  }

  /** Runs a step's waiting part outside the CPS VM, as Jenkins runs a step's execution. */
  private <T> T blocking(java.util.concurrent.Callable<T> wait) {
    int held = vm.getHoldCount();
    for (int i = 0; i < held; i++) {
      vm.unlock();
    }
    try {
      return wait.call();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Interrupted("interrupted while waiting");
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      for (int i = 0; i < held; i++) {
        vm.lock();
      }
    }
  }

  private static String stackTrace(Throwable t) {
    java.io.StringWriter w = new java.io.StringWriter();
    t.printStackTrace(new java.io.PrintWriter(w));
    return w.toString();
  }

  // ---- results ----

  public String result() {
    return result == null ? "SUCCESS" : result;
  }

  void setResult(String r) {
    synchronized (ORDER) {
      if (result == null || ORDER.indexOf(r) > ORDER.indexOf(result)) {
        result = r;
      }
    }
  }

  public List<Call> calls() {
    synchronized (calls) {
      return List.copyOf(calls);
    }
  }

  public List<Call> calls(String step) {
    return calls().stream().filter(c -> c.step().equals(step)).toList();
  }

  public String log() {
    return log.toString();
  }

  void log(String line) {
    log.append(line).append('\n');
  }

  // ---- context ----

  private Context ctx() {
    return CONTEXT.get();
  }

  /** The environment a step sees: globals, then the agent's, then withEnv and bindings. */
  Map<String, String> effectiveEnv() {
    Map<String, String> m = new TreeMap<>(globalEnv);
    Context c = ctx();
    if (c != null && c.agent() != null) {
      m.putAll(c.agent().env());
      m.put("NODE_NAME", c.agent().name());
      m.put("WORKSPACE", c.agent().workspace().toString());
    }
    if (c != null) {
      m.putAll(c.env());
    }
    return m;
  }

  private Path cwd() {
    return ctx().cwd();
  }

  private void enter(Agent a) {
    CONTEXT.set(new Context(ctx().env(), a.workspace(), a));
  }

  private Object within(Context c, Closure<?> body) {
    Context saved = ctx();
    CONTEXT.set(c);
    try {
      return helper.callClosure(body);
    } finally {
      CONTEXT.set(saved);
    }
  }

  private Object withVars(Map<String, String> vars, Closure<?> body) {
    Map<String, String> env = new LinkedHashMap<>(ctx().env());
    env.putAll(vars);
    return within(new Context(env, ctx().cwd(), ctx().agent()), body);
  }

  private Call record(String step, Map<String, Object> args) {
    Context c = ctx();
    Call call =
        new Call(
            step,
            Collections.unmodifiableMap(strings(args)),
            Map.copyOf(effectiveEnv()),
            c == null || c.agent() == null ? "" : c.agent().name());
    calls.add(call);
    return call;
  }

  static Map<String, Object> strings(Map<?, ?> m) {
    Map<String, Object> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(String.valueOf(k), v instanceof GString g ? g.toString() : v));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> named(Object[] a) {
    if (a.length > 0 && a[0] instanceof Map<?, ?> m) {
      return strings(m);
    }
    return new LinkedHashMap<>();
  }

  private static Closure<?> body(Object[] a) {
    return (Closure<?>) a[a.length - 1];
  }

  // ---- steps ----

  /** A step implemented in Java; Groovy calls it with the step's arguments as an array. */
  static final class Step extends Closure<Object> {
    private final transient Function<Object[], Object> f;

    Step(Function<Object[], Object> f) {
      super(null);
      this.f = f;
    }

    public Object doCall(Object... args) {
      return f.apply(args);
    }
  }

  private void allow(String name, Function<Object[], Object> f, Class<?>... args) {
    helper.registerAllowedMethod(MethodSignature.method(name, args), new Step(f));
  }

  private void allowBlock(String name, Function<Object[], Object> f) {
    allow(name, f, Object.class, Closure.class);
  }

  private void allowValue(String name) {
    allow(
        name,
        a -> value(name, a[0] instanceof Map<?, ?> ? named(a) : Map.of("value", a[0])),
        Object.class);
    allow(name, a -> value(name, Map.of()));
  }

  private static Map<String, Object> value(String name, Map<String, Object> args) {
    Map<String, Object> m = new LinkedHashMap<>(args);
    m.put("$symbol", name);
    return m;
  }

  private void registerSteps() {
    allow(
        "sh",
        a -> sh(a[0] instanceof Map<?, ?> m ? strings(m) : Map.of("script", a[0])),
        Object.class);
    allow("echo", a -> echo(a[0]), Object.class);
    allow("error", a -> error(a[0]), Object.class);
    allow("unstable", a -> unstable(a[0]), Object.class);
    allow("isUnix", a -> true);
    allowBlock("node", a -> node(String.valueOf(a[0]), body(a)));
    allow("node", a -> node("", body(a)), Closure.class);
    allowBlock("stage", a -> stage(String.valueOf(a[0]), body(a)));
    allowBlock("withEnv", a -> withEnv((List<?>) a[0], body(a)));
    allowBlock("withCredentials", a -> withCredentials((List<?>) a[0], body(a)));
    allowBlock("timeout", a -> block("timeout", named(a), body(a)));
    allow("timestamps", a -> block("timestamps", Map.of(), body(a)), Closure.class);
    allowBlock("catchError", a -> catchError(named(a), body(a)));
    allowBlock("dir", a -> dir(String.valueOf(a[0]), body(a)));
    allowBlock("lock", a -> lock(named(a), body(a)));
    allow("parallel", a -> parallel(strings((Map<?, ?>) a[0])), Map.class);
    allow("deleteDir", a -> deleteDir());
    allow("fileExists", a -> fileExists(String.valueOf(a[0])), Object.class);
    allow("readFile", a -> readFile(a[0]), Object.class);
    allow("writeFile", a -> writeFile(named(a)), Map.class);
    allow("stash", a -> stash(named(a)), Map.class);
    allow("unstash", a -> unstash(String.valueOf(a[0])), Object.class);
    for (String s : List.of("junit", "publishHTML")) {
      allow(s, a -> record(s, named(a)), Map.class);
    }
    allow("archiveArtifacts", a -> archiveArtifacts(named(a)), Map.class);
    allow("copyArtifacts", a -> copyArtifacts(named(a)), Map.class);
    allow("checkout", a -> checkout(a[0]), Object.class);
    allow("library", a -> library(a[0]), Object.class);
    allow("properties", a -> record("properties", Map.of("properties", a[0])), Object.class);
    for (String v :
        List.of(
            "lastSuccessful",
            "lastCompleted",
            "legacySCM",
            "modernSCM",
            "buildDiscarder",
            "logRotator",
            "disableConcurrentBuilds",
            "pipelineTriggers",
            "cron",
            "parameters",
            "string",
            "choice",
            "booleanParam",
            "file",
            "sshUserPrivateKey")) {
      allowValue(v);
    }
  }

  private Object sh(Map<String, Object> args) {
    Call call = record("sh", args);
    blocking(
        () -> {
          beforeSh.accept(call);
          return null;
        });
    try {
      Path file = Files.createTempFile(home, "sh-", ".sh");
      Files.writeString(file, String.valueOf(args.get("script")));
      ProcessBuilder pb = new ProcessBuilder("sh", "-xe", file.toString());
      Files.createDirectories(cwd());
      pb.directory(cwd().toFile());
      pb.environment().putAll(call.env());
      boolean stdout = Boolean.TRUE.equals(args.get("returnStdout"));
      if (stdout) {
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
      } else {
        pb.redirectErrorStream(true);
      }
      Process p = pb.start();
      String out =
          blocking(() -> new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
      int rc = blocking(p::waitFor);
      Files.deleteIfExists(file);
      log(out);
      if (Boolean.TRUE.equals(args.get("returnStatus"))) {
        return rc;
      }
      if (rc != 0) {
        throw new AbortException("script returned exit code " + rc);
      }
      return stdout ? out : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Object echo(Object message) {
    record("echo", Map.of("message", String.valueOf(message)));
    log(String.valueOf(message));
    return null;
  }

  private Object error(Object message) {
    record("error", Map.of("message", String.valueOf(message)));
    throw new AbortException(String.valueOf(message));
  }

  private Object unstable(Object message) {
    Object m = message instanceof Map<?, ?> map ? map.get("message") : message;
    record("unstable", Map.of("message", String.valueOf(m)));
    log("WARNING: " + m);
    setResult("UNSTABLE");
    return null;
  }

  private Object block(String step, Map<String, Object> args, Closure<?> body) {
    record(step, args);
    return helper.callClosure(body);
  }

  private Object stage(String name, Closure<?> body) {
    record("stage", Map.of("name", name));
    return helper.callClosure(body);
  }

  private Object node(String label, Closure<?> body) {
    Agent a =
        agents.stream()
            .filter(x -> label.isEmpty() || x.labels().contains(label) || x.name().equals(label))
            .findFirst()
            .orElseThrow(() -> new AbortException("no agent has label '" + label + "'"));
    Context c = new Context(ctx().env(), a.workspace(), a);
    CONTEXT.set(c);
    record("node", Map.of("label", label));
    try {
      return within(c, body);
    } finally {
      CONTEXT.set(new Context(ctx().env(), ctx().cwd(), null));
    }
  }

  private Object withEnv(List<?> vars, Closure<?> body) {
    record("withEnv", Map.of("vars", List.copyOf(vars.stream().map(String::valueOf).toList())));
    Map<String, String> m = new LinkedHashMap<>();
    for (Object v : vars) {
      String s = String.valueOf(v);
      int eq = s.indexOf('=');
      m.put(s.substring(0, eq), s.substring(eq + 1));
    }
    return withVars(m, body);
  }

  private Object withCredentials(List<?> bindings, Closure<?> body) {
    List<Object> copy = new ArrayList<>();
    Map<String, String> m = new LinkedHashMap<>();
    for (Object o : bindings) {
      Map<String, Object> b = strings((Map<?, ?>) o);
      copy.add(b);
      String id = String.valueOf(b.get("credentialsId"));
      String value = credentials.get(id);
      if (value == null) {
        record("withCredentials", Map.of("bindings", copy));
        throw new AbortException("Could not find credentials entry with ID '" + id + "'");
      }
      for (String k : List.of("variable", "keyFileVariable")) {
        if (b.get(k) != null) {
          m.put(String.valueOf(b.get(k)), value);
        }
      }
      if (b.get("usernameVariable") != null) {
        m.put(String.valueOf(b.get("usernameVariable")), "jenkins");
      }
    }
    record("withCredentials", Map.of("bindings", copy));
    return withVars(m, body);
  }

  private Object catchError(Map<String, Object> args, Closure<?> body) {
    record("catchError", args);
    try {
      return helper.callClosure(body);
    } catch (AbortException e) {
      log("caught: " + e.getMessage());
      setResult(String.valueOf(args.getOrDefault("buildResult", "FAILURE")));
      return null;
    }
  }

  private Object dir(String path, Closure<?> body) {
    Path d = cwd().resolve(path).normalize();
    return within(new Context(ctx().env(), d, ctx().agent()), body);
  }

  /** lockable-resources: waits for {@code quantity} free resources of the label, holds them. */
  private Object lock(Map<String, Object> args, Closure<?> body) {
    record("lock", args);
    String label = (String) args.get("label");
    String single = (String) args.get("resource");
    int quantity = args.get("quantity") == null ? 0 : ((Number) args.get("quantity")).intValue();
    List<String> taken = new ArrayList<>();
    blocking(() -> acquire(label, single, quantity, taken));
    record("lock.acquired", Map.of("resources", List.copyOf(taken)));
    Map<String, String> vars = new LinkedHashMap<>();
    if (args.get("variable") != null) {
      String v = String.valueOf(args.get("variable"));
      vars.put(v, String.join(",", taken));
      for (int i = 0; i < taken.size(); i++) {
        vars.put(v + i, taken.get(i));
      }
    }
    try {
      return withVars(vars, body);
    } finally {
      synchronized (locked) {
        locked.removeAll(taken);
        record("lock.released", Map.of("resources", List.copyOf(taken)));
        locked.notifyAll();
      }
    }
  }

  private Object acquire(String label, String single, int quantity, List<String> taken)
      throws InterruptedException {
    synchronized (locked) {
      while (true) {
        List<String> free =
            resources.stream()
                .filter(r -> single != null ? r.name().equals(single) : r.labels().contains(label))
                .map(Resource::name)
                .filter(n -> !locked.contains(n))
                .toList();
        long matching =
            resources.stream()
                .filter(r -> single != null ? r.name().equals(single) : r.labels().contains(label))
                .count();
        if (matching == 0) {
          throw new AbortException(
              "no lockable resource matches " + (single != null ? single : "label " + label));
        }
        int need = single != null ? 1 : (quantity == 0 ? (int) matching : quantity);
        if (free.size() >= need) {
          taken.addAll(free.subList(0, need));
          locked.addAll(taken);
          break;
        }
        locked.wait();
      }
    }
    return null;
  }

  /** Runs every branch on a thread of its own and waits for all; rethrows the first failure. */
  private Object parallel(Map<String, Object> branchMap) {
    Map<String, Object> named = new LinkedHashMap<>(branchMap);
    named.remove("failFast");
    record("parallel", Map.of("branches", List.copyOf(named.keySet())));
    Context parent = ctx();
    Map<String, Future<Object>> futures = new LinkedHashMap<>();
    named.forEach(
        (k, v) ->
            futures.put(
                k,
                branches.submit(
                    () -> {
                      CONTEXT.set(
                          new Context(
                              new LinkedHashMap<>(parent.env()), parent.cwd(), parent.agent()));
                      vm.lock();
                      try {
                        return helper.callClosure((Closure<?>) v);
                      } finally {
                        vm.unlock();
                      }
                    })));
    Map<String, Object> out = new LinkedHashMap<>();
    RuntimeException first = null;
    for (Map.Entry<String, Future<Object>> f : futures.entrySet()) {
      try {
        Future<Object> future = f.getValue();
        out.put(f.getKey(), blocking(future::get));
      } catch (IllegalStateException e) {
        Throwable cause = e.getCause() instanceof ExecutionException x ? x.getCause() : e;
        if (first == null) {
          first = cause instanceof RuntimeException r ? r : new RuntimeException(cause);
        }
      } catch (RuntimeException e) {
        if (first == null) {
          first = e;
        }
      }
    }
    if (first != null) {
      throw first;
    }
    return out;
  }

  private Object deleteDir() {
    record("deleteDir", Map.of("dir", cwd().toString()));
    deleteTree(cwd());
    return null;
  }

  static void deleteTree(Path p) {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Object fileExists(String path) {
    return Files.exists(cwd().resolve(path));
  }

  private Object readFile(Object arg) {
    String path = arg instanceof Map<?, ?> m ? String.valueOf(m.get("file")) : String.valueOf(arg);
    try {
      return Files.readString(cwd().resolve(path));
    } catch (IOException e) {
      throw new AbortException("readFile: " + e);
    }
  }

  private Object writeFile(Map<String, Object> args) {
    Path f = cwd().resolve(String.valueOf(args.get("file")));
    try {
      Files.createDirectories(f.getParent());
      Files.writeString(f, String.valueOf(args.get("text")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return null;
  }

  private List<Path> matching(Path base, String patterns, String excludes) {
    List<PathMatcher> in = matchers(patterns);
    List<PathMatcher> out = matchers(excludes);
    if (!Files.isDirectory(base)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(base)) {
      return s.filter(Files::isRegularFile)
          .map(base::relativize)
          .filter(r -> in.stream().anyMatch(m -> m.matches(r)))
          .filter(r -> out.stream().noneMatch(m -> m.matches(r)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<PathMatcher> matchers(String patterns) {
    if (patterns == null || patterns.isBlank()) {
      return List.of();
    }
    List<PathMatcher> out = new ArrayList<>();
    for (String p : patterns.split(",")) {
      String g = p.trim();
      out.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
      if (g.endsWith("/**")) {
        out.add(FileSystems.getDefault().getPathMatcher("glob:" + g.substring(0, g.length() - 3)));
      }
    }
    return out;
  }

  /** Records the files that exist and match when it is called, as the archive would keep them. */
  private Object archiveArtifacts(Map<String, Object> args) {
    List<String> files =
        matching(cwd(), (String) args.get("artifacts"), (String) args.get("excludes")).stream()
            .map(p -> p.toString().replace(File.separatorChar, '/'))
            .toList();
    Map<String, Object> m = new LinkedHashMap<>(args);
    m.put("archived", files);
    record("archiveArtifacts", m);
    if (files.isEmpty() && !Boolean.TRUE.equals(args.get("allowEmptyArchive"))) {
      throw new AbortException("No artifacts found that match the file pattern");
    }
    return null;
  }

  private Object stash(Map<String, Object> args) {
    record("stash", args);
    Path to = home.resolve("stashes").resolve(String.valueOf(args.get("name")));
    deleteTree(to);
    for (Path rel : matching(cwd(), (String) args.get("includes"), (String) args.get("excludes"))) {
      copy(cwd().resolve(rel), to.resolve(rel.toString()));
    }
    stashes.put(String.valueOf(args.get("name")), to);
    return null;
  }

  private Object unstash(String name) {
    record("unstash", Map.of("name", name));
    Path from = stashes.get(name);
    if (from == null) {
      throw new AbortException("No such saved stash ‘" + name + "’");
    }
    for (Path rel : matching(from, "**", null)) {
      copy(from.resolve(rel), cwd().resolve(rel.toString()));
    }
    return null;
  }

  private static void copy(Path from, Path to) {
    try {
      Files.createDirectories(to.getParent());
      Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * copyartifact: {@code lastSuccessful()} is the last build that is SUCCESS or UNSTABLE, {@code
   * lastSuccessful(stable: true)} the last SUCCESS one; {@code optional: true} copies nothing when
   * no build qualifies.
   */
  private Object copyArtifacts(Map<String, Object> args) {
    record("copyArtifacts", args);
    Map<?, ?> selector = (Map<?, ?>) args.get("selector");
    String kind = selector == null ? "lastSuccessful" : String.valueOf(selector.get("$symbol"));
    boolean stable = selector != null && Boolean.TRUE.equals(selector.get("stable"));
    PastBuild pick =
        pastBuilds.stream()
            .filter(
                b ->
                    switch (kind) {
                      case "lastSuccessful" ->
                          stable
                              ? b.result().equals("SUCCESS")
                              : b.result().equals("SUCCESS") || b.result().equals("UNSTABLE");
                      case "lastCompleted" -> true;
                      default -> throw new AbortException("unknown selector " + kind);
                    })
            .max(java.util.Comparator.comparingInt(PastBuild::number))
            .orElse(null);
    if (pick == null) {
      if (Boolean.TRUE.equals(args.get("optional"))) {
        return null;
      }
      throw new AbortException(
          "Unable to find a build for artifact copy from: " + args.get("projectName"));
    }
    Path target = cwd().resolve(String.valueOf(args.getOrDefault("target", "")));
    for (Path rel :
        matching(pick.artifacts(), String.valueOf(args.getOrDefault("filter", "**")), null)) {
      copy(pick.artifacts().resolve(rel), target.resolve(rel.toString()));
    }
    return null;
  }

  /** workflow-scm-step: returns the SCM's variables; does not put them into env. */
  private Object checkout(Object scmArg) {
    record("checkout", Map.of("scm", String.valueOf(scmArg)));
    return new LinkedHashMap<>(checkoutVars);
  }

  private Object callVar(String name, Script var, Object[] args) {
    record(
        "library:" + name,
        args.length == 1 && args[0] instanceof Map<?, ?> m ? strings(m) : Map.of());
    return var.invokeMethod("call", args);
  }

  /**
   * Loads the library: {@code retriever}'s {@code libraryPath} under the checkout, else its root.
   */
  private Object library(Object arg) {
    Map<String, Object> args =
        arg instanceof Map<?, ?> m ? strings(m) : Map.of("identifier", String.valueOf(arg));
    record("library", args);
    Path libRoot = libraryRoot;
    if (args.get("retriever") instanceof Map<?, ?> r && r.get("libraryPath") != null) {
      libRoot = root.resolve(String.valueOf(r.get("libraryPath")));
    }
    loadLibrary(libRoot);
    return null;
  }

  private final Set<Path> loaded = new LinkedHashSet<>();

  private void loadLibrary(Path libRoot) {
    if (!loaded.add(libRoot)) {
      return;
    }
    Path vars = libRoot.resolve("vars");
    if (!Files.isDirectory(vars)) {
      throw new AbortException("library root " + libRoot + " has no vars/");
    }
    try (Stream<Path> files = Files.list(vars)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".groovy")).sorted().toList()) {
        String name = f.getFileName().toString().replaceAll("\\.groovy$", "");
        Script var = helper.loadScript(root.relativize(f).toString(), binding);
        binding.setVariable(name, var);
        allow(name, a -> callVar(name, var, a), Object.class);
        allow(name, a -> callVar(name, var, a));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code env}: the calling branch's environment; assignments go to the branch's overlay. */
  static final class Env extends AbstractMap<String, String> implements Serializable {
    private static final long serialVersionUID = 1L;
    private final transient CpsPipeline p;

    Env(CpsPipeline p) {
      this.p = p;
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
      return p.effectiveEnv().entrySet();
    }

    @Override
    public String get(Object key) {
      return p.effectiveEnv().get(String.valueOf(key));
    }

    @Override
    public String put(String key, String value) {
      return p.ctx().env().put(key, value);
    }

    public Object getProperty(String name) {
      return get(name);
    }

    public void setProperty(String name, Object value) {
      put(name, value == null ? null : String.valueOf(value));
    }
  }

  /** {@code currentBuild}: result only gets worse. */
  public static final class CurrentBuild implements Serializable {
    private static final long serialVersionUID = 1L;
    private final transient CpsPipeline p;

    CurrentBuild(CpsPipeline p) {
      this.p = p;
    }

    public String getResult() {
      return p.result;
    }

    public void setResult(String r) {
      p.record("currentBuild.result", Map.of("value", r));
      p.setResult(r);
    }

    public String getCurrentResult() {
      return p.result();
    }

    public int getNumber() {
      return Integer.parseInt(p.globalEnv.get("BUILD_NUMBER"));
    }
  }
}
