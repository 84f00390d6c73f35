package org.hexo.ci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.revwalk.RevCommit;
import org.hexo.ci.ShippedCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PR check for real: a fork of hexo-lite's {@code hermit} component (a git repository made with
 * JGit, its change on {@code refs/pull/7/head}) is built through {@code matrix run --override} by
 * the real CLI: the toolchain is rebuilt with the fork's commit, the app compiled with it, and the
 * cell migrates x86-64 -> QEMU user-mode board and passes; the cell's result.json names the fork's
 * commit.
 */
class MatrixOverrideIT {
  @TempDir Path tmp;

  @Test
  void matrixRunBuildsTheToolchainWithTheForksPullRequestRef() throws Exception {
    Path fork = tmp.resolve("HermitCore");
    String prCommit;
    try (Git git = HermitFork.cloneInto(fork)) {
      // harmless but real: the proxy's source changes, so the hermit step and the key change
      Path proxy = fork.resolve("src/proxy.c");
      Files.writeString(proxy, Files.readString(proxy) + "/* fork: pull request 7 */\n");
      git.add().addFilepattern("src/proxy.c").call();
      // a fixed identity and time keep the fork's commit, hence its toolchain image, the same
      // between runs: a second run reuses the image instead of adding one per run
      PersonIdent who =
          new PersonIdent(
              "hexo-ci test",
              "test@hexo-ci.invalid",
              Instant.parse("2024-01-01T00:00:00Z"),
              ZoneOffset.UTC);
      RevCommit c =
          git.commit()
              .setMessage("proxy: PR 7")
              .setAuthor(who)
              .setCommitter(who)
              .setSign(false)
              .call();
      RefUpdate u = git.getRepository().updateRef("refs/pull/7/head");
      u.setNewObjectId(c);
      assertThat(u.update()).isIn(RefUpdate.Result.NEW, RefUpdate.Result.FORCED);
      // the fork's default branch stays at the base: only the PR ref has the change
      git.reset().setMode(org.eclipse.jgit.api.ResetCommand.ResetType.HARD).setRef("HEAD~1").call();
      prCommit = c.name();
    }
    Path matrix =
        Files.writeString(
            tmp.resolve("pr.yaml"),
            """
            name: pr
            toolchain: hexo-lite
            lease-timeout: 600
            axes:
              apps: [is]
              classes: [S]
              modes: [cr]
              directions: [x86-to-arm]
              triggers: ['output:^\\s+2(\\s|$)']
              targets: ['label:qemu-user']
            health-check: {app: is, class: S, mode: cr, direction: x86-to-arm, trigger: 'output:^\\s+1$'}
            """);
    Path report = tmp.resolve("report");

    ShippedCli.Run cli =
        ShippedCli.run(
            tmp.resolve("cli"),
            Map.of(),
            Duration.ofMinutes(20),
            "matrix",
            "run",
            matrix.toString(),
            "--report",
            report.toString(),
            "--override",
            "hermit=file://" + fork + "@refs/pull/7/head");

    assertThat(report.resolve("matrix.json")).as(cli.describe()).exists();
    ObjectMapper json = new ObjectMapper();
    JsonNode result = json.readTree(report.resolve("matrix.json").toFile());
    assertThat(cli.exit()).as("matrix.json: %s", result.toPrettyString()).isZero();
    assertThat(result.path("cells")).hasSize(1);
    assertThat(result.path("cells").get(0).path("verdict").asText()).isEqualTo("PASS");
    List<Path> runs;
    try (Stream<Path> files = Files.walk(report.resolve("cells"))) {
      runs = files.filter(p -> p.getFileName().toString().equals("result.json")).toList();
    }
    assertThat(runs).isNotEmpty();
    for (Path run : runs) {
      JsonNode r = json.readTree(run.toFile());
      assertThat(r.path("verdict").asText()).isEqualTo("PASS");
      assertThat(r.path("manifest").path("hermit").asText())
          .as("%s was built from the fork's pull request commit", run)
          .isEqualTo(prCommit);
    }
  }
}
