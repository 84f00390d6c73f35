package org.hexo.ci.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hexo.ci.UsageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Classes come from npbparams-<C>.h; an app without them takes no class. */
class AppClassesTest {
  @TempDir Path dir;

  @Test
  void classesInNpbOrder() throws Exception {
    for (String c : new String[] {"A", "S", "W", "B"}) {
      Files.writeString(dir.resolve("npbparams-" + c + ".h"), "");
    }
    assertThat(AppClasses.of(dir)).containsExactly("S", "W", "A", "B");
    assertThat(AppClasses.require(dir, "W")).isEqualTo("W");
    assertThatThrownBy(() -> AppClasses.require(dir, "Q"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("'Q'")
        .satisfies(e -> assertThat(((UsageException) e).remedy()).contains("S, W, A, B"));
    assertThatThrownBy(() -> AppClasses.require(dir, null))
        .hasMessageContaining("needs a class")
        .satisfies(e -> assertThat(((UsageException) e).remedy()).contains("S, W, A, B"));
  }

  @Test
  void anAppWithoutClassesTakesNone() throws Exception {
    Path app = Files.createDirectories(dir.resolve("hello"));
    Files.writeString(app.resolve("hello.c"), "int main(void) { return 0; }\n");
    assertThat(AppClasses.require(app, null)).isNull();
    assertThat(AppClasses.require(app, "")).isNull();
    assertThatThrownBy(() -> AppClasses.require(app, "S"))
        .hasMessageContaining("app hello has no classes")
        .hasMessageContaining("'S'");
    assertThat(AppClasses.slug("hello", null)).isEqualTo("hello");
    assertThat(AppClasses.slug("is", "S")).isEqualTo("is-S");
    assertThat(AppSource.of(app, null).name()).as("builds without a header").isEqualTo("hello");
  }
}
