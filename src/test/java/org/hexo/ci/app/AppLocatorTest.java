package org.hexo.ci.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jgit.lib.ObjectId;
import org.hexo.ci.UsageException;
import org.hexo.ci.toolchain.ResolvedRepo;
import org.hexo.ci.toolchain.SourceSnapshot;
import org.hexo.ci.toolchain.ToolchainManifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** component:path apps come from the component's repository at its resolved commit. */
class AppLocatorTest {
  @TempDir Path dir;

  @Test
  void anInstallerAppIsTakenFromTheResolvedCommitWithTheProjectsAppsComposedIn() throws Exception {
    Path installer = Files.createDirectories(dir.resolve("lite"));
    Files.writeString(installer.resolve("install_compiler.py"), "print('x')\n");
    Path apps = Files.createDirectories(dir.resolve("project/apps"));
    Path common = Files.createDirectories(apps.resolve("common"));
    Files.writeString(common.resolve("shared.c"), "int shared(void) { return 1; }\n");
    Path is = Files.createDirectories(apps.resolve("npb-is"));
    Files.writeString(is.resolve("is.c"), "int main(void) { return 0; }\n");
    Files.writeString(is.resolve("npbparams-S.h"), "#define N 1\n");
    Files.createSymbolicLink(is.resolve("shared.c"), Path.of("../common/shared.c"));
    Path bare = dir.resolve("installer.git");
    ObjectId commit =
        SourceSnapshot.of(installer, Set.of()).with(apps).commitTo(bare, "hermit-master");
    // the tree changes after the commit: the app must come from the commit, not the checkout
    Files.writeString(is.resolve("is.c"), "changed\n");

    AtomicInteger resolutions = new AtomicInteger();
    AppLocator locator =
        new AppLocator(
            dir,
            dir.resolve("cache"),
            () -> {
              resolutions.incrementAndGet();
              return manifest(bare, commit);
            });
    Path found = locator.locate("installer:apps/npb-is");
    assertThat(Files.readString(found.resolve("is.c"))).isEqualTo("int main(void) { return 0; }\n");
    assertThat(Files.readString(found.resolve("shared.c")))
        .as("a link into the repository's common code still resolves")
        .contains("shared");
    assertThat(AppClasses.of(found)).containsExactly("S");
    assertThat(found.toString()).contains(commit.name());
    assertThat(locator.locate("installer:apps/npb-is")).isEqualTo(found);
    assertThat(resolutions).as("the toolchain is resolved once").hasValue(1);
    assertThat(locator.locate("plain"))
        .as("a directory name is not a component")
        .isEqualTo(dir.resolve("plain"));

    assertThatThrownBy(() -> locator.locate("installer:apps/nope"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("'apps/nope'")
        .hasMessageContaining(commit.name());
    assertThatThrownBy(() -> locator.locate("newlib:apps/x"))
        .isInstanceOf(UsageException.class)
        .satisfies(e -> assertThat(((UsageException) e).remedy()).contains("installer, hermit"));
  }

  private static ToolchainManifest manifest(Path bare, ObjectId commit) {
    String url = bare.toUri().toString();
    return new ToolchainManifest(
        "t",
        new ResolvedRepo("installer", url, "hermit-master", commit.name(), "*"),
        List.of(new ResolvedRepo("hermit", url, "hermit-master", commit.name(), "hermit")),
        List.of("hermit"),
        List.of("python3", "install_compiler.py"),
        "--only-{step}-install",
        Map.of());
  }
}
