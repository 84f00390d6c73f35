package org.hexo.ci.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hexo.ci.Infra;
import org.hexo.ci.UsageException;
import org.hexo.ci.config.HexoConfig;
import org.hexo.ci.docker.Docker;
import org.hexo.ci.toolchain.ToolchainFixture;
import org.hexo.ci.toolchain.ToolchainImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** apps/is class S cross-compiled in the hexo-lite toolchain image. */
class AppBuildIT {
  @TempDir Path tmp;

  @BeforeAll
  static void docker() {
    boolean up;
    try {
      Docker.client().pingCmd().exec();
      up = true;
    } catch (RuntimeException e) {
      up = false;
    }
    Infra.require(up, "a running Docker daemon");
  }

  @Test
  void buildsIsClassSForBothIsasAndItPassesMakeCheck() throws Exception {
    ToolchainImage tc = ToolchainFixture.hexoLite();
    HexoConfig config = ToolchainFixture.config();
    Path is = config.projectRoot().resolve("apps/is");
    var before = listing(is);
    AppBuild b = AppBuilder.create(tc, is, "S", config).call();

    assertThat(b.app()).isEqualTo("is");
    assertThat(eMachine(b.x86Program())).as("EM_X86_64").isEqualTo(62);
    assertThat(eMachine(b.armProgram())).as("EM_AARCH64").isEqualTo(183);
    assertThat(eMachine(b.x86Proxy())).isEqualTo(62);
    assertThat(eMachine(b.armProxy())).isEqualTo(183);
    assertThat(b.aligned()).as(b.checkOutput()).isTrue();
    assertThat(b.toolchainKey()).isEqualTo(tc.key());
    assertThat(b.componentCommits()).containsKeys("installer", "hermit");
    assertThat(listing(is)).as("the source tree is never written").isEqualTo(before);

    long t0 = System.nanoTime();
    AppBuild again = AppBuilder.create(tc, is, "S", config).call();
    assertThat(again.cached()).isTrue();
    assertThat(again.outputDir()).isEqualTo(b.outputDir());
    assertThat((System.nanoTime() - t0) / 1_000_000).as("ms for a cached build").isLessThan(2000);
  }

  @Test
  void rejectsAnAppWithoutSourcesAndAMissingClass() throws Exception {
    ToolchainImage tc = ToolchainFixture.hexoLite();
    HexoConfig config = ToolchainFixture.config();
    assertThatThrownBy(
            () ->
                AppBuilder.create(tc, Files.createDirectories(tmp.resolve("empty")), "S", config)
                    .call())
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("no C sources");
    assertThatThrownBy(
            () ->
                AppBuilder.create(tc, config.projectRoot().resolve("apps/is"), "Q", config).call())
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("npbparams-Q.h")
        .satisfies(e -> assertThat(((UsageException) e).remedy()).contains("S"));
  }

  @Test
  void aCompileErrorCarriesTheCompilersLastLines() throws Exception {
    ToolchainImage tc = ToolchainFixture.hexoLite();
    HexoConfig config = ToolchainFixture.config();
    Path app = Files.createDirectories(tmp.resolve("broken"));
    Files.writeString(app.resolve("main.c"), "int main(void) { return undeclared_thing; }\n");
    Files.writeString(app.resolve("npbparams-S.h"), "#define CLASS 'S'\n");
    assertThatThrownBy(() -> AppBuilder.create(tc, app, "S", config).call())
        .isInstanceOf(AppBuildException.class)
        .hasMessageContaining("undeclared_thing");
  }

  private static java.util.Map<String, java.nio.file.attribute.FileTime> listing(Path dir)
      throws Exception {
    java.util.Map<String, java.nio.file.attribute.FileTime> m = new java.util.TreeMap<>();
    try (var s = Files.list(dir)) {
      for (Path p : s.toList()) {
        m.put(
            p.getFileName().toString(),
            Files.getLastModifiedTime(p, java.nio.file.LinkOption.NOFOLLOW_LINKS));
      }
    }
    return m;
  }

  private static int eMachine(Path elf) throws Exception {
    try (RandomAccessFile f = new RandomAccessFile(elf.toFile(), "r")) {
      byte[] magic = new byte[4];
      f.readFully(magic);
      assertThat(new String(magic, 1, 3, "US-ASCII")).isEqualTo("ELF");
      f.seek(18);
      return f.read() | (f.read() << 8);
    }
  }
}
