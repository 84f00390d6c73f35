package org.hexo.ci.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import org.hexo.ci.UsageException;
import org.hexo.ci.config.HexoConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoardFactoryTest {
  @TempDir Path dir;

  private HexoConfig config() {
    return new HexoConfig(
        dir,
        dir.resolve("cache"),
        dir.resolve("report"),
        Optional.empty(),
        false,
        1,
        Duration.ofSeconds(60));
  }

  @Test
  void opensLocalBoardsWithWorkDirsUnderTheReportDir() {
    try (BoardPool pool = new BoardPool(BoardInventory.defaults(), config())) {
      Board local = pool.board("local");
      assertThat(pool.board("local")).as("opened once, then reused").isSameAs(local);
      assertThat(local.newWorkDir("leg")).startsWith(dir.resolve("report").toString());
      ExecResult r =
          local
              .require(Executor.class)
              .run(ExecRequest.of(List.of("true"), null, Duration.ofSeconds(10)));
      assertThat(r.succeeded()).isTrue();
    }
  }

  @Test
  void registeredProvidersOpenTheirKind() {
    Board fake = new LocalBoardStub();
    Optional<BoardProvider> previous =
        BoardFactory.register(
            new BoardProvider() {
              @Override
              public String kind() {
                return "qemu-system";
              }

              @Override
              public Board open(BoardSpec spec, HexoConfig config) {
                return fake;
              }

              @Override
              public String state(BoardSpec spec, HexoConfig config) {
                return "stopped";
              }
            });
    BoardSpec vm =
        new BoardSpec(
            "vm", "qemu-system", null, 0, null, null, null, null, "arm64", Set.of(), Map.of());
    try {
      assertThat(BoardFactory.open(vm, config())).isSameAs(fake);
      assertThat(BoardFactory.state(vm, config())).isEqualTo("stopped");
    } finally {
      previous.ifPresentOrElse(
          BoardFactory::register, () -> BoardFactory.unregister("qemu-system"));
    }
  }

  @Test
  void theKindsAreThoseOfTheProvidersTheServiceLoaderFinds() {
    Set<String> discovered = new TreeSet<>();
    ServiceLoader.load(BoardProvider.class).forEach(p -> discovered.add(p.kind()));
    assertThat(discovered)
        .as("every built-in driver is listed in META-INF/services")
        .containsExactlyInAnyOrder("local", "qemu-user", "ssh", "qemu-system");
    assertThat(BoardFactory.kinds()).containsExactlyElementsOf(discovered);
    assertThatThrownBy(() -> BoardSpec.simple("b", "qemu-usr", null, Set.of()))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("qemu-usr")
        .satisfies(e -> assertThat(((UsageException) e).remedy()).contains("local", "qemu-system"));
  }

  @Test
  void gcReapsThroughEveryProviderWithoutKnowingTheirClasses() {
    Set<String> builtIn = BoardFactory.kinds();
    builtIn.forEach(BoardFactory::unregister);
    List<Boolean> dryRuns = new ArrayList<>();
    try {
      BoardFactory.register(new FakeProvider("alpha", List.of("a1", "a2"), dryRuns));
      BoardFactory.register(new FakeProvider("beta", List.of(), dryRuns));
      assertThat(BoardSpec.simple("x", "alpha", null, Set.of()).kind())
          .as("a registered kind is a valid kind")
          .isEqualTo("alpha");
      assertThat(BoardFactory.reap(true))
          .containsExactly(Map.entry("alpha", List.of("a1", "a2")), Map.entry("beta", List.of()));
      assertThat(dryRuns).as("the dry-run flag reaches every provider").containsExactly(true, true);
    } finally {
      BoardFactory.unregister("alpha");
      BoardFactory.unregister("beta");
      ServiceLoader.load(BoardProvider.class).forEach(BoardFactory::register);
      assertThat(BoardFactory.kinds()).isEqualTo(builtIn);
    }
  }

  private record FakeProvider(String kind, List<String> leftovers, List<Boolean> dryRuns)
      implements BoardProvider {
    @Override
    public Board open(BoardSpec spec, HexoConfig config) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<String> reap(boolean dryRun) {
      dryRuns.add(dryRun);
      return leftovers;
    }
  }

  @Test
  void stateOfAnUnreachableSshBoardNamesTheEndpoint() {
    BoardSpec ssh =
        new BoardSpec(
            "gone",
            "ssh",
            "127.0.0.1",
            1,
            "u",
            dir.resolve("k"),
            dir.resolve("kh"),
            null,
            "aarch64",
            Set.of(),
            Map.of());
    assertThat(BoardFactory.state(ssh, config())).contains("unreachable").contains("127.0.0.1:1");
  }

  private static final class LocalBoardStub implements Board {
    @Override
    public String name() {
      return "vm";
    }

    @Override
    public String kind() {
      return "qemu-system";
    }

    @Override
    public String arch() {
      return "aarch64";
    }

    @Override
    public <T> Optional<T> protocol(Class<T> type) {
      return Optional.empty();
    }

    @Override
    public String newWorkDir(String label) {
      return "/tmp/" + label;
    }

    @Override
    public void close() {}
  }
}
