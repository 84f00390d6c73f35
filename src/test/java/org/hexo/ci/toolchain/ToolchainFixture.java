package org.hexo.ci.toolchain;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.hexo.ci.config.ConfigLoader;
import org.hexo.ci.config.HexoConfig;

/**
 * The hexo-lite toolchain image shared by integration tests: built (or found) once per JVM with the
 * cache under {@code target/it-cache}, so every IT after the first gets it at once. Other packages'
 * ITs may use it too.
 */
public final class ToolchainFixture {
  private static ToolchainImage hexoLite;

  private ToolchainFixture() {}

  /** The configuration ITs use: this checkout, cache in {@code target/it-cache}. */
  public static HexoConfig config() {
    Path root = Path.of("").toAbsolutePath();
    Map<String, String> overrides = new HashMap<>();
    overrides.put("cache-dir", root.resolve("target/it-cache").toString());
    return new ConfigLoader(Map.of(), root).load(null, overrides);
  }

  /** The hexo-lite toolchain image of this checkout. */
  public static synchronized ToolchainImage hexoLite() {
    if (hexoLite == null) {
      HexoConfig config = config();
      ToolchainSpec spec = ToolchainSpecs.load("hexo-lite", config);
      hexoLite =
          ToolchainBuilder.create(spec, new RefResolver().resolve(spec), config)
              .setListener(System.out::println)
              .call();
    }
    return hexoLite;
  }
}
