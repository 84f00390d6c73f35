package org.hexo.ci.toolchain;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hexo.ci.docker.BaseImage;

/** The specs hexo-ci knows by name: {@code hexo} (the real toolchain) and {@code hexo-lite}. */
final class BuiltinSpecs {
  static final List<String> NAMES = List.of("hexo", "hexo-lite");

  private static final String GH = "https://github.com/ssrg-vt/";
  private static final String HPM = "hermit-popcorn-master";

  /** Packages the real installer needs on Debian 9 (seed README; python is Python 2). */
  static final String STRETCH_PACKAGES =
      "build-essential nasm texinfo zip zlib1g-dev gcc-aarch64-linux-gnu g++-aarch64-linux-gnu"
          + " python python3 flex bison wget bsdmainutils subversion git cmake make ca-certificates";

  private BuiltinSpecs() {}

  /**
   * popcorn-compiler {@code hermit-master} and the six repositories its installer clones, all at
   * {@code hermit-popcorn-master}. Needs GitHub; built on Debian 9 with Python 2 (build args).
   */
  static ToolchainSpec hexo() {
    return new ToolchainSpec(
        "hexo",
        new Repository(GH + "popcorn-compiler.git", "hermit-master"),
        List.of(
            "python2",
            "install_compiler.py",
            "--install-path",
            "{prefix}",
            "--threads",
            "{threads}",
            "--skip-prereq-check"),
        "--only-{step}-install",
        List.of("llvm-clang", "binutils", "newlib", "hermit", "pte", "libraries", "tools", "utils"),
        List.of(
            Component.of("llvm", GH + "llvm.git", HPM, "llvm-clang"),
            Component.of("clang", GH + "clang.git", HPM, "llvm-clang"),
            Component.of("binutils", GH + "binutils.git", HPM, "binutils"),
            Component.of("newlib", GH + "newlib.git", HPM, "newlib"),
            Component.of("hermit", GH + "HermitCore.git", HPM, "hermit"),
            Component.of("pthread-embedded", GH + "pthread-embedded.git", HPM, "pte")),
        Map.of("BASE_IMAGE", "hexo-base:stretch-amd64", "HOST_PACKAGES", STRETCH_PACKAGES));
  }

  /**
   * hexo-lite from this checkout: {@code hexo-lite/} (without its components, with the project's
   * {@code apps/} at {@code apps/}, where popcorn-compiler keeps HEXO's) and {@code
   * hexo-lite/components/hermit/} are snapshotted into bare repositories under {@code
   * <cache>/sources/} and referenced by {@code file://} URLs.
   */
  static ToolchainSpec hexoLite(Path projectRoot, Path cacheDir) {
    Path lite = projectRoot.resolve("hexo-lite");
    Path sources = cacheDir.resolve("sources");
    Path installerGit = sources.resolve("hexo-lite.git");
    Path hermitGit = sources.resolve("hermit.git");
    // refs named after their snapshot's commit: another checkout sharing this cache cannot move
    // them
    String installerRef =
        SourceSnapshot.of(lite, Set.of("components"))
            .with(projectRoot.resolve("apps"))
            .commitPinned(installerGit, "hermit-master");
    String hermitRef =
        SourceSnapshot.of(lite.resolve("components/hermit"), Set.of()).commitPinned(hermitGit, HPM);
    return new ToolchainSpec(
        "hexo-lite",
        new Repository(installerGit.toUri().toString(), installerRef),
        List.of(
            "python3",
            "install_compiler.py",
            "--install-path",
            "{prefix}",
            "--threads",
            "{threads}"),
        "--only-{step}-install",
        List.of("hermit", "libraries", "tools", "utils"),
        List.of(
            new Component(
                "hermit",
                hermitGit.toUri().toString(),
                hermitRef,
                "hermit",
                "https://git.hexo-lite.invalid/hermit.git",
                HPM,
                Optional.of("HEXO_LITE_HERMIT_COMMIT"))),
        Map.of("BASE_IMAGE", BaseImage.tagFor("amd64", "bookworm", List.of())));
  }
}
