package org.hexo.ci.board.qemu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hexo.ci.UsageException;
import org.hexo.ci.board.BoardFactory;
import org.hexo.ci.board.BoardSpec;
import org.hexo.ci.config.HexoConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QemuSystemProviderTest {
  @TempDir Path dir;

  private HexoConfig config() {
    return new HexoConfig(
        dir,
        dir.resolve("cache"),
        dir.resolve("report"),
        Optional.empty(),
        false,
        2,
        Duration.ofMinutes(5));
  }

  private static BoardSpec spec(Map<String, String> options) {
    return new BoardSpec(
        "vboard", "qemu-system", null, 0, null, null, null, null, null, Set.of(), options);
  }

  @Test
  void isRegisteredThroughTheServiceLoader() {
    assertThat(BoardFactory.state(spec(Map.of()), config())).isEqualTo("image built on first boot");
    assertThat(BoardFactory.state(spec(Map.of("image", dir.toString())), config()))
        .startsWith("image missing");
  }

  @Test
  void badOptionsAreUsageErrorsBeforeAnythingIsBuiltOrBooted() {
    assertThatThrownBy(() -> BoardFactory.open(spec(Map.of("boot-timeout", "soon")), config()))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("boot-timeout")
        .hasMessageContaining("'soon'");
    assertThatThrownBy(() -> BoardFactory.open(spec(Map.of("cpus", "0")), config()))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("cpus");
  }
}
