package org.hexo.ci.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.hexo.ci.UsageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;

  @Test
  void layersWinInOrderFileThenEnvThenFlags() throws IOException {
    Path file = dir.resolve("c.yaml");
    Files.writeString(file, "threads: 3\ncache-dir: /from-file\nleg-timeout: 30\n");
    Map<String, String> env = Map.of("HEXO_CACHE_DIR", "/from-env", "HOME", dir.toString());
    Map<String, String> flags = new HashMap<>();
    flags.put("threads", "7");
    HexoConfig c = new ConfigLoader(env, dir).load(file, flags);
    assertThat(c.threads()).as("flag beats file").isEqualTo(7);
    assertThat(c.cacheDir()).as("env beats file").isEqualTo(Path.of("/from-env"));
    assertThat(c.legTimeout().toSeconds()).as("file beats default").isEqualTo(30);
    assertThat(c.ci()).isFalse();
  }

  @Test
  void unknownKeyInFileNamesFileAndKey() throws IOException {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, "threads: 2\ncahce-dir: /x\n");
    assertThatThrownBy(() -> new ConfigLoader(Map.of(), dir).load(file, Map.of()))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("bad.yaml")
        .hasMessageContaining("cahce-dir");
  }

  @Test
  void nonNumericThreadsIsUsageError() {
    assertThatThrownBy(
            () -> new ConfigLoader(Map.of("HEXO_THREADS", "many"), dir).load(null, Map.of()))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("'many'");
  }

  @Test
  void ciFlagComesFromEnvironment() {
    HexoConfig c = new ConfigLoader(Map.of("CI", "true"), dir).load(null, Map.of());
    assertThat(c.ci()).isTrue();
  }
}
