package org.hexo.ci.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hexo.ci.UsageException;
import org.hexo.ci.migration.MigrationArtifacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one {@code --artifacts} layout and the options that exclude each other. */
class BuildCacheTest {
  @TempDir Path dir;

  private static Path programs(Path d) throws IOException {
    Files.createDirectories(d);
    for (String f :
        List.of("prog_x86-64_aligned", "prog_aarch64_aligned", "proxy-x86_64", "proxy-aarch64")) {
      Files.writeString(d.resolve(f), "x");
    }
    return d;
  }

  @Test
  void anAppAndClassDirectoryWinsOverTheDirectoryItself() throws IOException {
    programs(dir);
    Path is = programs(dir.resolve("is-S"));
    assertThat(BuildCache.programsIn(dir, "is", "S").hostDir()).isEqualTo(is);
    assertThat(BuildCache.programsIn(dir, "ep", "S").hostDir())
        .as("one test's programs straight in DIR")
        .isEqualTo(dir);
  }

  @Test
  void prebuiltProgramsAreServedPerAppWithoutBuilding() throws IOException {
    Path is = programs(dir.resolve("is-S"));
    BuildCache cache = BuildCache.create(null, "hexo-lite", List.of(), dir, line -> {});
    assertThat(cache.prebuilt()).isTrue();
    MigrationArtifacts a = cache.artifacts(Path.of("apps/is"), "S");
    assertThat(a.hostDir()).isEqualTo(is);
    assertThat(cache.outcome(Path.of("apps/is"), "S"))
        .as("remembered, the same outcome each time")
        .isSameAs(cache.outcome(Path.of("apps/is"), "S"));
  }

  @Test
  void overridesAndPrebuiltProgramsExcludeEachOther() {
    assertThatThrownBy(
            () ->
                BuildCache.create(
                    null, "hexo-lite", List.of("hermit=file:///x@main"), dir, line -> {}))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("--override and --artifacts");
  }
}
