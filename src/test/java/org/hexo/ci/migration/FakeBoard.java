package org.hexo.ci.migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.hexo.ci.board.Board;
import org.hexo.ci.board.ExecRequest;
import org.hexo.ci.board.ExecResult;
import org.hexo.ci.board.Execution;
import org.hexo.ci.board.Executor;
import org.hexo.ci.board.FileTransfer;
import org.hexo.ci.board.HostPaths;
import org.hexo.ci.board.Protocols;
import org.hexo.ci.board.local.LocalBoard;

/**
 * A scripted in-memory board for fast engine tests. Work directories are host directories under a
 * root (offered as {@link HostPaths}); {@code proxy} runs, instead of a program, a model of a
 * hexo-lite app in a thread: it prints {@code IS}, {@code iteration}, the iterations 1 to {@value
 * #ITERATIONS} and the NPB verification line, and honours the runtime contract the engine relies on
 * ({@code HERMIT_MIGRATE_RESUME}, {@code HERMIT_MIGTEST}, SIGUSR1, the checkpoint files, {@code
 * .status}, the post-copy page server over a {@link FakeNetwork}). A source leg migrates at the top
 * of iteration 6, a relay one iteration after it resumed; each waits there for SIGUSR1 unless a
 * timer trigger is set. A {@link Script} per role makes a leg misbehave.
 */
public final class FakeBoard implements Board {
  static final int ITERATIONS = 8;
  static final String VERIFIED = " Verification    =               SUCCESSFUL";

  /** How the program of one role behaves. */
  public enum Script {
    /** Like hexo-lite. */
    NORMAL,
    /** Ignores its trigger and runs to its end: no checkpoint is ever written. */
    NEVER_CHECKPOINTS,
    /** Dies with a segfault's status at its migration point, before the checkpoint. */
    DIES,
    /** Never ends by itself: only the time limit stops it. */
    HANGS,
    /** Fails at once, before any migration point, as a program whose heap does not fit. */
    FAILS,
    /** A proxy that ignores {@code HERMIT_MIGRATE_RESUME} and starts the program from scratch. */
    RESTARTS,
    /** Resumes (and connects to its page server), then crashes with a segfault's status. */
    CRASHES_AFTER_RESUME,
    /**
     * A program without the runtime: resumes nothing, writes no {@code .status}, never migrates.
     */
    NO_RUNTIME,
    /** A post-copy page server that fails once its client connected, before serving everything. */
    SERVER_DIES,
    /** Takes its board down with it at its first iteration, as a killed container or VM. */
    BOARD_DIES
  }

  private final String name;
  private final String arch;
  private final Path root;
  private final FakeNetwork network;
  private final Map<String, Script> scripts = new ConcurrentHashMap<>();
  private final List<String> ran = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger dirs = new AtomicInteger();
  private final Protocols protocols;
  private volatile Integer forwardedPortShift;
  private volatile boolean silentApp;
  private volatile boolean dead;

  private String dialsHostAs;
  private volatile String killsAt;
  private volatile FakeBoard victim;

  public FakeBoard(String name, String arch, Path root, FakeNetwork network) {
    this.name = name;
    this.arch = arch;
    this.root = root;
    this.network = network;
    this.protocols =
        Protocols.none()
            .with(Executor.class, this::start)
            .with(FileTransfer.class, new LocalBoard(name, root).require(FileTransfer.class))
            .with(HostPaths.class, remote -> Optional.of(Path.of(remote)));
  }

  /**
   * An x86-64 board {@code x86} and an aarch64 board {@code arm} on one {@link FakeNetwork}, and
   * the four program files every leg gets (their content is never run).
   */
  public record Pair(FakeBoard x86, FakeBoard arm, MigrationArtifacts programs) {
    /** Creates the boards' root and the programs under {@code dir}. */
    public static Pair under(Path dir) throws IOException {
      FakeNetwork net = new FakeNetwork();
      Path root = Files.createDirectories(dir.resolve("boards"));
      Path programs = Files.createDirectories(dir.resolve("programs"));
      for (String f :
          List.of(
              MigrationArtifacts.PROG_X86,
              MigrationArtifacts.PROG_ARM,
              "proxy-x86_64",
              "proxy-aarch64")) {
        Files.writeString(programs.resolve(f), "fake\n");
      }
      return new Pair(
          new FakeBoard("x86", "x86_64", root, net),
          new FakeBoard("arm", "aarch64", root, net),
          new MigrationArtifacts(programs, Map.of()));
    }
  }

  /**
   * Makes the modelled app print nothing before its migration point (iteration 6): a leg that
   * starts it from scratch then prints exactly what a resumed one would.
   */
  public FakeBoard silentApp() {
    silentApp = true;
    return this;
  }

  /** Makes the program of {@code role} behave as {@code script}. */
  public FakeBoard script(String role, Script script) {
    scripts.put(role, script);
    return this;
  }

  /**
   * Puts the board off this host's network, like a VM whose page-server port this host reaches
   * through a forward {@code shift} ports higher.
   */
  /** Takes {@code board} down as this board starts {@code role}'s program, as a killed VM. */
  public FakeBoard killsWhenStarting(String role, FakeBoard board) {
    this.killsAt = role;
    this.victim = board;
    return this;
  }

  public FakeBoard offHost(int shift) {
    forwardedPortShift = shift;
    return this;
  }

  /**
   * Makes the board's programs dial this host at {@code address} while servers here bind 127.0.0.1:
   * a board with a wrong network setting.
   */
  public FakeBoard dialsHostAt(String address) {
    dialsHostAs = address;
    return this;
  }

  @Override
  public Optional<HostRoute> hostRoute() {
    return Optional.of(
        dialsHostAs == null ? HostRoute.LOOPBACK : new HostRoute(dialsHostAs, "127.0.0.1"));
  }

  @Override
  public boolean onHostNetwork() {
    return forwardedPortShift == null;
  }

  @Override
  public Exposure exposeServer(int port) {
    return forwardedPortShift == null
        ? Board.super.exposeServer(port)
        : new Exposure("0.0.0.0", "127.0.0.1", port + forwardedPortShift, () -> {});
  }

  /** The roles of the programs started on this board, in order. */
  public List<String> ran() {
    synchronized (ran) {
      return List.copyOf(ran);
    }
  }

  /** The work directories still on this board. */
  public List<Path> workDirs() {
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(p -> p.getFileName().toString().startsWith(name + "-")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String kind() {
    return "fake";
  }

  @Override
  public String arch() {
    return arch;
  }

  @Override
  public <T> Optional<T> protocol(Class<T> type) {
    return protocols.find(type);
  }

  @Override
  public String newWorkDir(String label) {
    Path dir = root.resolve(name + "-" + label + "." + dirs.incrementAndGet());
    try {
      return Files.createDirectories(dir).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {}

  private Execution start(ExecRequest req) {
    if (dead) {
      throw new org.hexo.ci.InfrastructureException("board " + name + " is gone", "start it again");
    }
    String cmd = Path.of(req.argv().get(0)).getFileName().toString();
    if (cmd.equals("proxy")) {
      String dir = Path.of(req.workDir()).getFileName().toString();
      String role = dir.substring(dir.lastIndexOf('-') + 1, dir.lastIndexOf('.'));
      ran.add(role);
      if (role.equals(killsAt)) {
        victim.dead = true;
      }
      Script script = scripts.getOrDefault(role, Script.NORMAL);
      if (script == Script.BOARD_DIES) {
        dead = true;
        return FakeProgram.done(137);
      }
      return new FakeProgram(req, role, script, network, silentApp, arch);
    }
    if (cmd.equals("rm")) {
      deleteTree(Path.of(req.argv().get(2)));
    }
    return FakeProgram.done(
        cmd.equals("chmod") || cmd.equals("rm") || cmd.equals("true") ? 0 : 127);
  }

  private static void deleteTree(Path p) {
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(x);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One run of the modelled program. */
  private static final class FakeProgram implements Execution {
    private final CountDownLatch usr1 = new CountDownLatch(1);
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder err = new StringBuilder();
    private final Instant started = Instant.now();
    private final ExecRequest req;
    private final Thread thread;
    private final boolean silent;
    private final String arch;
    private volatile int exit;

    private FakeProgram(
        ExecRequest req,
        String role,
        Script script,
        FakeNetwork network,
        boolean silent,
        String arch) {
      this.req = req;
      this.silent = silent;
      this.arch = arch;
      this.thread = new Thread(() -> exit = run(role, script, network), "fake-" + role);
      thread.setDaemon(true);
      thread.start();
    }

    static Execution done(int code) {
      return new Execution() {
        @Override
        public void signal(String signalName) {}

        @Override
        public boolean isAlive() {
          return false;
        }

        @Override
        public ExecResult await() {
          return new ExecResult(code, "", "", Duration.ZERO, false, null);
        }

        @Override
        public void close() {}
      };
    }

    private int run(String role, Script script, FakeNetwork network) {
      Map<String, String> env = req.env();
      Path dir = Path.of(req.workDir());
      try {
        if (script == Script.FAILS) {
          err.append("hexo-lite: error: malloc(8589934592) fails: the heap (HERMIT_MEM=1G) is")
              .append(" exhausted\n");
          return 1;
        }
        int first = 1;
        if (script == Script.NO_RUNTIME) {
          for (int i = first; i <= ITERATIONS; i++) {
            print(String.format("%9d", i));
          }
          return 0;
        }
        if ("1".equals(env.get("HERMIT_MIGRATE_RESUME")) && script != Script.RESTARTS) {
          status(dir, "STATUS_RESTORING_CHKPT");
          first = readMdata(dir) + 1;
          boolean postcopy = "0".equals(env.get("HERMIT_FULL_CHKPT_RESTORE"));
          String server = env.get("HERMIT_MIGRATE_SERVER");
          String port = env.get("HERMIT_MIGRATE_PORT");
          if (postcopy && !network.connect(server, port)) {
            err.append("no page server at ").append(server).append('\n');
            return 1;
          }
          if (script == Script.CRASHES_AFTER_RESUME) {
            err.append("Segmentation fault\n");
            return 139;
          }
          if (postcopy) {
            network.pullAll(server, port);
          }
          status(dir, "STATUS_READY_FOR_MIGRATION");
        } else {
          status(dir, "STATUS_READY_FOR_MIGRATION");
          if (!silent) {
            print("IS");
            print("   iteration");
          }
        }
        boolean migrates = role.equals("source") || role.equals("relay");
        int migrateAt = role.equals("source") ? 6 : first + 1;
        for (int i = first; i <= ITERATIONS; i++) {
          if (script == Script.HANGS && i == migrateAt) {
            new CountDownLatch(1).await();
          }
          if (migrates && i == migrateAt && script != Script.NEVER_CHECKPOINTS) {
            // the engine signals as soon as it sees the trigger line; without a signal a program
            // runs on past its migration points, as a real one does
            if ("0".equals(env.get("HERMIT_MIGTEST"))
                && !usr1.await(Math.min(req.timeout().toMillis(), 5000), TimeUnit.MILLISECONDS)) {
              if (!silent || i >= 6) {
                print(String.format("%9d", i));
              }
              continue;
            }
            if (script == Script.DIES) {
              err.append("Segmentation fault\n");
              return 139;
            }
            return checkpoint(dir, i - 1, env, network, script);
          }
          if (!silent || i >= 6) {
            print(String.format("%9d", i));
          }
        }
        print(VERIFIED);
        return 0;
      } catch (InterruptedException e) {
        return -1;
      } catch (IOException e) {
        err.append(e).append('\n');
        return 1;
      }
    }

    /**
     * Writes {@code mdata.bin} as hexo-lite lays out its head (magic, version 1, the source ISA 0
     * x86-64 / 1 aarch64, little endian), then the model's iterations done.
     */
    private void writeMdata(Path dir, int done) throws IOException {
      java.nio.ByteBuffer head =
          java.nio.ByteBuffer.allocate(16).order(java.nio.ByteOrder.LITTLE_ENDIAN);
      head.put("HXMDATA\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      head.putInt(1).putInt(arch.equals("aarch64") ? 1 : 0);
      byte[] tail = (done + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      byte[] all = java.util.Arrays.copyOf(head.array(), 16 + tail.length);
      System.arraycopy(tail, 0, all, 16, tail.length);
      Files.write(dir.resolve("mdata.bin"), all);
    }

    private static int readMdata(Path dir) throws IOException {
      byte[] all = Files.readAllBytes(dir.resolve("mdata.bin"));
      if (all.length <= 16) {
        throw new IOException("mdata.bin: truncated");
      }
      return Integer.parseInt(
          new String(all, 16, all.length - 16, java.nio.charset.StandardCharsets.US_ASCII).strip());
    }

    /** Appends to the leg's own {@code .status}, as the runtime does. */
    private static void status(Path dir, String status) throws IOException {
      Instant now = Instant.now();
      Files.writeString(
          dir.resolve(".status"),
          now.getEpochSecond() + "." + now.getNano() / 1000 + ":" + status + "\n",
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
    }

    private int checkpoint(
        Path dir, int done, Map<String, String> env, FakeNetwork network, Script script)
        throws IOException, InterruptedException {
      status(dir, "STATUS_CHECKPOINTING");
      writeMdata(dir, done);
      Files.writeString(dir.resolve("stack.bin.1"), "stack of " + done);
      Files.write(dir.resolve("heap.bin"), new byte[4096]);
      Files.writeString(dir.resolve("data.bin"), "data");
      if ("0".equals(env.get("HERMIT_FULL_CHKPT_SAVE"))) {
        String port = env.get("HERMIT_MIGRATE_PORT");
        FakeNetwork.Server server = network.serve(env.get("HERMIT_MIGRATE_BIND"), port);
        print("Remote page server listening on port " + port);
        if (!server.connected().await(req.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
          return 4;
        }
        print("Client connected!");
        if (script == Script.SERVER_DIES) {
          err.append("hexo-lite: error: page server: connection reset\n");
          return 4;
        }
        // serves until every page is pulled; a client that dies leaves it waiting, as HEXO's
        server.served().await();
        print("Full remote memory served");
      }
      print("Uhyve: exiting");
      return 0;
    }

    private void print(String line) {
      synchronized (out) {
        out.append(line).append('\n');
      }
      req.onStdoutLine().accept(line);
    }

    @Override
    public void signal(String signalName) {
      if (signalName.equals("USR1")) {
        usr1.countDown();
      }
    }

    @Override
    public boolean isAlive() {
      return thread.isAlive();
    }

    @Override
    public ExecResult await() {
      Duration left = req.timeout().minus(Duration.between(started, Instant.now()));
      boolean timedOut = false;
      try {
        thread.join(Math.max(1, left.toMillis()));
        if (thread.isAlive()) {
          timedOut = true;
          close();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        close();
      }
      synchronized (out) {
        return new ExecResult(
            timedOut ? -1 : exit,
            out.toString(),
            err.toString(),
            Duration.between(started, Instant.now()),
            timedOut,
            null);
      }
    }

    @Override
    public void close() {
      thread.interrupt();
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
