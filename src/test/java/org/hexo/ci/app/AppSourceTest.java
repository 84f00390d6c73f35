package org.hexo.ci.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's cache key follows what the build sees, through links to shared sources too. */
class AppSourceTest {
  @TempDir Path dir;

  @Test
  void aChangeInASharedSourceReachedThroughALinkChangesTheKey() throws Exception {
    Path common = Files.createDirectories(dir.resolve("common"));
    Files.writeString(common.resolve("npb_random.c"), "double randlc(void) { return 1; }\n");
    Path app = Files.createDirectories(dir.resolve("app"));
    Files.writeString(app.resolve("app.c"), "int main(void) { return 0; }\n");
    Files.writeString(app.resolve("npbparams-S.h"), "#define N 1\n");
    Files.createSymbolicLink(app.resolve("npb_random.c"), Path.of("../common/npb_random.c"));
    Files.createSymbolicLink(app.resolve("Makefile"), Path.of("/opt/template/Makefile"));
    String before = AppSource.of(app, "S").hash();

    Files.writeString(common.resolve("npb_random.c"), "double randlc(void) { return 2; }\n");

    assertThat(AppSource.of(app, "S").hash())
        .as("the build copies the linked file's contents, so they are part of the key")
        .isNotEqualTo(before);
    Path copy = dir.resolve("copy");
    AppSource.of(app, "S").copyTo(copy, "/opt/hermit-popcorn/Makefile");
    assertThat(Files.isSymbolicLink(copy.resolve("npb_random.c"))).isFalse();
    assertThat(Files.readString(copy.resolve("npb_random.c"))).contains("return 2");
    assertThat(Files.readSymbolicLink(copy.resolve("Makefile")))
        .isEqualTo(Path.of("/opt/hermit-popcorn/Makefile"));
  }
}
