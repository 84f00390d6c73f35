package org.hexo.ci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.hexo.ci.ShippedCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hexo-ci bisect} for real: a JGit repository of hexo-lite's {@code hermit} component with
 * three commits after its base, one that breaks the build, one that repairs it and one that
 * corrupts one restored heap byte (the top byte of a key in the middle of IS's key array, the first
 * quarter of its heap). The shipped CLI builds each step's toolchain with the override, migrates IS
 * class S x86-64 -> qemu-user at the middle migration point, skips the commit that does not build
 * and names the corrupting one. Commits have a fixed identity and time, so their toolchain stages
 * are cached between runs.
 */
class BisectIT {
  private static final Path ROOT = Path.of("").toAbsolutePath();
  @TempDir Path tmp;

  private static RevCommit commit(Git git, String file, String text, String subject)
      throws Exception {
    Files.writeString(git.getRepository().getWorkTree().toPath().resolve(file), text);
    git.add().addFilepattern(file).call();
    PersonIdent who =
        new PersonIdent(
            "hexo-ci test",
            "test@hexo-ci.invalid",
            Instant.parse("2024-02-01T00:00:00Z"),
            ZoneOffset.UTC);
    return git.commit().setMessage(subject).setAuthor(who).setCommitter(who).setSign(false).call();
  }

  /** {@code hexo-ci bisect} of {@code hermit} in {@code fork} from {@code base} to its HEAD. */
  private ShippedCli.Run bisect(Path fork, String base, String logs, String... test)
      throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "bisect",
                "--component",
                "hermit",
                "--repo",
                fork.toUri().toString(),
                "--good",
                base,
                "--bad",
                "HEAD"));
    args.addAll(List.of(test));
    return ShippedCli.run(
        tmp.resolve(logs), Map.of(), Duration.ofMinutes(30), args.toArray(String[]::new));
  }

  @Test
  void namesTheCommitThatCorruptsTheRestoredHeapAndSkipsTheOneThatDoesNotBuild() throws Exception {
    Path fork = tmp.resolve("hermit");
    String base;
    RevCommit broken;
    RevCommit corrupt;
    try (Git git = HermitFork.cloneInto(fork)) {
      base = git.getRepository().resolve("HEAD").name();
      Path proxy = fork.resolve("src/proxy.c");
      String proxySource = Files.readString(proxy);
      broken =
          commit(git, "src/proxy.c", proxySource + "this is not C\n", "proxy: break the build");
      commit(git, "src/proxy.c", proxySource, "proxy: repair the build");
      String restore = Files.readString(fork.resolve("src/restore.c"));
      String read = "read_region(\"heap.bin\", m->heap_start, m->heap_size);";
      assertThat(restore).contains(read);
      corrupt =
          commit(
              git,
              "src/restore.c",
              restore.replace(
                  read,
                  read
                      + "\n\t\t((volatile unsigned char *)(uintptr_t)m->heap_start)"
                      + "[(m->heap_size / 4) | 3] ^= 0x5a;"),
              "restore: flip one heap byte");
    }
    Path report = tmp.resolve("report");

    ShippedCli.Run cli =
        bisect(
            fork,
            base,
            "cli",
            "--app",
            ROOT.resolve("apps/is").toString(),
            "--class",
            "S",
            "--trigger",
            "point:middle",
            "--arm-board",
            "qemu-user",
            "--report",
            report.toString());

    assertThat(cli.exit()).as(cli.describe()).isZero();
    assertThat(cli.stdout())
        .contains("first bad commit: " + corrupt.name() + " restore: flip one heap byte")
        .contains("skipped " + broken.name() + " proxy: break the build")
        .contains("  evidence: " + report.resolve("bisect"));
    JsonNode json = new ObjectMapper().readTree(report.resolve("bisect/bisect.json").toFile());
    assertThat(json.path("firstBad").asText()).isEqualTo(corrupt.name());
    JsonNode steps = json.path("steps");
    assertThat(steps).hasSize(3);
    assertThat(steps.get(0).path("mark").asText()).isEqualTo("SKIP");
    assertThat(steps.get(0).path("reason").asText()).contains("build failed");
    assertThat(steps.get(1).path("mark").asText()).as("the repair").isEqualTo("GOOD");
    assertThat(steps.get(2).path("mark").asText()).isEqualTo("BAD");
    Path evidence = Path.of(steps.get(2).path("runDirs").get(0).asText());
    assertThat(
            new ObjectMapper()
                .readTree(evidence.resolve("result.json").toFile())
                .path("verdict")
                .asText())
        .isEqualTo("FAIL");
    assertThat(Files.readString(report.resolve("bisect/bisect.html")))
        .contains(corrupt.name())
        .contains("SKIP");

    // the same bisection by a matrix cell, as the nightly would name it: the cell runs as the
    // matrix runs it, with the matrix's own description of the app (every step's toolchain is
    // cached by now: same commits, same identity and time)
    String verify = "^\\s*Verification\\s*=\\s*SUCCESSFUL\\s*$ *";
    Path matrix =
        Files.writeString(
            tmp.resolve("nightly.yaml"),
            """
            name: nightly
            axes:
              apps: [{app: is, verify: '%s'}]
              classes: [S]
              modes: [cr]
              directions: [x86-to-arm]
              points: [middle]
              targets: [qemu-user]
            """
                .formatted(verify));
    Path byCell = tmp.resolve("report-cell");
    ShippedCli.Run cell =
        bisect(
            fork,
            base,
            "cli-cell",
            "--matrix",
            matrix.toString(),
            "--cell",
            "is/S/cr/x86-to-arm/point:middle/qemu-user",
            "--report",
            byCell.toString());
    assertThat(cell.exit()).as(cell.describe()).isZero();
    assertThat(cell.stdout())
        .contains("first bad commit: " + corrupt.name())
        .contains("skipped " + broken.name());
    JsonNode bad =
        new ObjectMapper()
            .readTree(
                Path.of(
                        new ObjectMapper()
                            .readTree(byCell.resolve("bisect/bisect.json").toFile())
                            .path("steps")
                            .get(2)
                            .path("runDirs")
                            .get(0)
                            .asText())
                    .resolve("result.json")
                    .toFile());
    assertThat(bad.path("spec").path("verificationRegex").asText())
        .as("the matrix's description of the app")
        .isEqualTo(verify);
    assertThat(bad.path("spec").path("destinationBoard").asText()).isEqualTo("qemu-user");
  }
}
