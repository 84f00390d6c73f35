package org.hexo.ci.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.hexo.ci.board.BoardInventory;
import org.hexo.ci.config.ConfigLoader;
import org.hexo.ci.config.HexoConfig;
import picocli.CommandLine.Option;

/**
 * Options every subcommand shares; resolves them with the environment into a {@link HexoConfig}.
 */
public final class CommonOptions {
  @Option(names = "--config", paramLabel = "FILE", description = "Config file (YAML).")
  Path configFile;

  @Option(names = "--cache-dir", paramLabel = "DIR", description = "Cache directory.")
  String cacheDir;

  @Option(names = "--report", paramLabel = "DIR", description = "Report directory.")
  String reportDir;

  @Option(names = "--boards", paramLabel = "FILE", description = "Board inventory (YAML).")
  String boardsFile;

  @Option(names = "--threads", paramLabel = "N", description = "Build parallelism.")
  String threads;

  private HexoConfig resolved;

  /** The board inventory of {@code config}, its environment references expanded. */
  static BoardInventory inventory(HexoConfig config) {
    return BoardInventory.of(config, System.getenv());
  }

  /** The configuration of this invocation, resolved once. */
  public HexoConfig config() {
    if (resolved == null) {
      Map<String, String> overrides = new HashMap<>();
      overrides.put("cache-dir", cacheDir);
      overrides.put("report-dir", reportDir);
      overrides.put("boards", boardsFile);
      overrides.put("threads", threads);
      resolved =
          new ConfigLoader(System.getenv(), Path.of("").toAbsolutePath())
              .load(configFile, overrides);
    }
    return resolved;
  }
}
