package org.hexo.ci.toolchain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
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

  @Test
  void pinnedBranchesOfTwoCheckoutsSharingOneRepositoryNeverMove() throws Exception {
    Path one = Files.createDirectories(tmp.resolve("one"));
    Path two = Files.createDirectories(tmp.resolve("two"));
    Files.writeString(one.resolve("install.py"), "print(1)\n");
    Files.writeString(two.resolve("install.py"), "print(2)\n");
    Path bare = tmp.resolve("shared.git");

    String first = SourceSnapshot.of(one, Set.of()).commitPinned(bare, "hermit-master");
    String second = SourceSnapshot.of(two, Set.of()).commitPinned(bare, "hermit-master");

    assertThat(second).isNotEqualTo(first);
    try (Repository repo = new FileRepositoryBuilder().setGitDir(bare.toFile()).build()) {
      ObjectId latest = repo.resolve("refs/heads/hermit-master");
      assertThat(repo.resolve("refs/heads/" + second)).isEqualTo(latest);
      assertThat(repo.resolve("refs/heads/" + first))
          .as("the first checkout's ref still names its own tree")
          .isNotNull()
          .isNotEqualTo(latest);
      assertThat(first).endsWith(repo.resolve("refs/heads/" + first).name());
    }
  }
}
