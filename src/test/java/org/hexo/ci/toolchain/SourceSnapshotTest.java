package org.hexo.ci.toolchain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceSnapshotTest {
  @TempDir Path tmp;

  @Test
  void sameTreeGivesSameCommitAndChangesGiveNewOnes() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src/components/hermit"));
    Files.writeString(tmp.resolve("src/install.py"), "print(1)\n");
    Files.writeString(src.resolve("k.c"), "int x;\n");
    Files.writeString(tmp.resolve("src/.gitignore"), "*.o\nsub/*/prog_*\n");
    Files.createDirectories(tmp.resolve("src/sub/a"));
    Files.writeString(tmp.resolve("src/sub/a/a.c"), "int a;\n");
    SourceSnapshot snap = SourceSnapshot.of(tmp.resolve("src"), Set.of("components"));

    ObjectId a = snap.commitTo(tmp.resolve("a.git"), "main");
    ObjectId b = snap.commitTo(tmp.resolve("b.git"), "main");
    assertThat(b).as("deterministic across repositories").isEqualTo(a);

    Files.writeString(src.resolve("k.c"), "int y;\n");
    Files.writeString(tmp.resolve("src/junk.o"), "x");
    Files.writeString(tmp.resolve("src/sub/a/prog_x"), "x");
    assertThat(snap.commitTo(tmp.resolve("a.git"), "main"))
        .as("excluded and ignored files do not count")
        .isEqualTo(a);

    Files.writeString(tmp.resolve("src/install.py"), "print(2)\n");
    assertThat(snap.commitTo(tmp.resolve("a.git"), "main")).isNotEqualTo(a);
  }
}
