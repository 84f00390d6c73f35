package org.hexo.ci.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
