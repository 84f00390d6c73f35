package org.hexo.ci.migration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.hexo.ci.board.Board;
import org.hexo.ci.board.ExecRequest;
import org.hexo.ci.board.Executor;

/**
 * A test board that changes how it runs the leg that should resume a checkpoint (the request with
 * {@code HERMIT_MIGRATE_RESUME=1}); every other request, and everything else, is the wrapped
 * board's. Stands in for a faulty proxy or a crashing program around the real hexo-lite leg.
 */
final class ResumingLegBoard implements Board {
  private final Board inner;
  private final String kind;
  private final UnaryOperator<ExecRequest> change;

  private ResumingLegBoard(Board inner, String kind, UnaryOperator<ExecRequest> change) {
    this.inner = inner;
    this.kind = kind;
    this.change = change;
  }

  /**
   * A proxy that ignores {@code HERMIT_MIGRATE_RESUME}: the leg starts the program from scratch.
   */
  static ResumingLegBoard startingFromScratch(Board inner) {
    return new ResumingLegBoard(
        inner,
        "restarting-proxy",
        r -> {
          Map<String, String> env = new HashMap<>(r.env());
          env.put("HERMIT_MIGRATE_RESUME", "0");
          return r.withEnv(env);
        });
  }

  /**
   * The resumed program dies of SIGSEGV as it starts (exit 139), before it reaches the post-copy
   * page server: the source is left serving a client that never comes, which only hexo-ci's
   * supervision ends before the leg timeout.
   */
  static ResumingLegBoard crashing(Board inner) {
    return new ResumingLegBoard(
        inner,
        "crashing-program",
        r -> {
          List<String> argv =
              new ArrayList<>(List.of("sh", "-c", "\"$@\" & kill -SEGV $!; wait $!"));
          argv.add("sh");
          argv.addAll(r.argv());
          return new ExecRequest(argv, r.workDir(), r.env(), r.timeout(), r.onStdoutLine());
        });
  }

  @Override
  public String name() {
    return inner.name();
  }

  @Override
  public String kind() {
    return kind;
  }

  @Override
  public String arch() {
    return inner.arch();
  }

  @Override
  public <T> Optional<T> protocol(Class<T> type) {
    if (type != Executor.class) {
      return inner.protocol(type);
    }
    Executor e = inner.require(Executor.class);
    Executor changed =
        r -> e.start("1".equals(r.env().get("HERMIT_MIGRATE_RESUME")) ? change.apply(r) : r);
    return Optional.of(type.cast(changed));
  }

  @Override
  public boolean onHostNetwork() {
    return inner.onHostNetwork();
  }

  @Override
  public Optional<HostRoute> hostRoute() {
    return inner.hostRoute();
  }

  @Override
  public Exposure exposeServer(int port) {
    return inner.exposeServer(port);
  }

  @Override
  public String newWorkDir(String label) {
    return inner.newWorkDir(label);
  }

  @Override
  public void close() {
    inner.close();
  }
}
