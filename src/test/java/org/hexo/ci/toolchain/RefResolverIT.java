package org.hexo.ci.toolchain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.transport.Daemon;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.UsageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ls-remote resolution against real bare repositories over file:// and git:// on 127.0.0.1. */
class RefResolverIT {
  @TempDir Path tmp;

  ToolchainSpec spec(String installerUrl, String hermitUrl) {
    return ToolchainSpecs.parse(
        """
        name: t
        installer: {url: "%s", ref: hermit-master}
        install: [python3, install_compiler.py, --install-path, "{prefix}"]
        steps: [hermit, tools]
        components:
          - {name: hermit, url: "%s", ref: hermit-popcorn-master, step: hermit}
        """
            .formatted(installerUrl, hermitUrl),
        "test");
  }

  @Test
  void resolvesOverFileUrlsIncludingAPullRequestRef() throws Exception {
    Map<String, ObjectId> inst =
        GitFixtures.bareWithPullRequest(tmp.resolve("inst.git"), "hermit-master");
    Map<String, ObjectId> hermit =
        GitFixtures.bareWithPullRequest(tmp.resolve("hermit.git"), "hermit-popcorn-master");
    ToolchainSpec s =
        spec(
            tmp.resolve("inst.git").toUri().toString(),
            tmp.resolve("hermit.git").toUri().toString());

    ToolchainManifest m = new RefResolver().resolve(s);
    assertThat(m.installer().commit()).isEqualTo(inst.get("base").name());
    assertThat(m.components().get(0).commit()).isEqualTo(hermit.get("base").name());

    ToolchainManifest pr =
        new RefResolver()
            .resolve(
                s.withOverrides(List.of(ComponentOverride.parse("hermit=@refs/pull/12/head"))));
    assertThat(pr.components().get(0).commit()).isEqualTo(hermit.get("pr").name());
    assertThat(pr.components().get(0).ref()).isEqualTo("refs/pull/12/head");
    assertThat(pr.cacheKey("r")).as("a PR changes the key").isNotEqualTo(m.cacheKey("r"));
  }

  @Test
  void resolvesOverAGitDaemonOnLoopback() throws Exception {
    Map<String, ObjectId> hermit =
        GitFixtures.bareWithPullRequest(tmp.resolve("hermit.git"), "hermit-popcorn-master");
    GitFixtures.bareWithPullRequest(tmp.resolve("inst.git"), "hermit-master");
    Daemon d =
        GitFixtures.daemon(
            Map.of("inst.git", tmp.resolve("inst.git"), "hermit.git", tmp.resolve("hermit.git")));
    try {
      String base = "git://127.0.0.1:" + d.getAddress().getPort() + "/";
      ToolchainSpec s = spec(base + "inst.git", base + "hermit.git");
      ToolchainSpec fork =
          s.withOverrides(
              List.of(ComponentOverride.parse("hermit=" + base + "hermit.git@refs/pull/12/head")));
      assertThat(new RefResolver().resolve(s).components().get(0).commit())
          .isEqualTo(hermit.get("base").name());
      assertThat(new RefResolver().resolve(fork).components().get(0).commit())
          .isEqualTo(hermit.get("pr").name());
      assertThatThrownBy(
              () ->
                  new RefResolver()
                      .resolve(
                          s.withOverrides(
                              List.of(ComponentOverride.parse("hermit=@refs/pull/99/head")))))
          .isInstanceOf(UsageException.class)
          .hasMessageContaining("refs/pull/99/head")
          .hasMessageContaining(base + "hermit.git");
    } finally {
      d.stop();
    }
  }

  @Test
  void unreachableRepositoryIsInfrastructure() {
    ToolchainSpec s = spec(tmp.resolve("missing.git").toUri().toString(), "file:///nope.git");
    assertThatThrownBy(() -> new RefResolver().resolve(s))
        .isInstanceOf(InfrastructureException.class)
        .hasMessageContaining("missing.git");
  }
}
