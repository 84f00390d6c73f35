package org.hexo.ci.app;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.hexo.ci.toolchain.ResolvedRepo;
import org.hexo.ci.toolchain.ToolchainManifest;

/**
 * An application cross-compiled by a toolchain image, as returned by {@link AppBuilder#call()}.
 * This record is the contract with the migration code: its fields and the file names in {@link
 * #outputDir()} are stable.
 *
 * <p>{@link #outputDir()} is a host directory under the cache that nobody else writes to and that
 * holds exactly what a migration leg needs: {@value #PROG_X86}, {@value #PROG_ARM}, and the
 * toolchain's proxies copied out of the image as {@value #PROXY_X86} and {@value #PROXY_ARM}; also
 * {@code build.log} and {@code check.log}. Treat it as read-only (copy the files into a leg's
 * working directory; checkpoints must not land here).
 *
 * @param app the application's name (its directory name, e.g. {@code is})
 * @param appClass the NPB class ({@code S}, {@code W}, {@code A}, {@code B}); null for an app
 *     without classes
 * @param outputDir the directory holding the four files above
 * @param aligned the verdict of {@code make check} (exit status 0)
 * @param checkOutput what {@code make check} printed
 * @param toolchainKey the cache key of the toolchain image used
 * @param manifest what that toolchain was built from
 * @param cached true when an earlier identical build was reused
 */
public record AppBuild(
    String app,
    String appClass,
    Path outputDir,
    boolean aligned,
    String checkOutput,
    String toolchainKey,
    ToolchainManifest manifest,
    boolean cached) {

  public static final String PROG_X86 = "prog_x86-64_aligned";
  public static final String PROG_ARM = "prog_aarch64_aligned";
  public static final String PROXY_X86 = "proxy-x86_64";
  public static final String PROXY_ARM = "proxy-aarch64";

  public AppBuild {
    Objects.requireNonNull(app, "app");
    outputDir = outputDir.toAbsolutePath().normalize();
    checkOutput = checkOutput == null ? "" : checkOutput;
    Objects.requireNonNull(toolchainKey, "toolchainKey");
    Objects.requireNonNull(manifest, "manifest");
  }

  public Path x86Program() {
    return outputDir.resolve(PROG_X86);
  }

  public Path armProgram() {
    return outputDir.resolve(PROG_ARM);
  }

  public Path x86Proxy() {
    return outputDir.resolve(PROXY_X86);
  }

  public Path armProxy() {
    return outputDir.resolve(PROXY_ARM);
  }

  /** Component name to commit id, installer included, in manifest order (for reports). */
  public Map<String, String> componentCommits() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(manifest.installer().name(), manifest.installer().commit());
    for (ResolvedRepo r : manifest.components()) {
      m.put(r.name(), r.commit());
    }
    return m;
  }
}
