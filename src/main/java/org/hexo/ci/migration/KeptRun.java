package org.hexo.ci.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hexo.ci.UsageException;
import org.hexo.ci.verify.RunEvidence;
import org.hexo.ci.verify.Verdict;

/**
 * What the run directory of a test that did not pass keeps, read back for {@link Replay}: its spec
 * and verdict from {@code result.json}, every leg that ran (with its {@code <role>.stdout} and
 * {@code .stderr}), the checksums of its transfers, the checkpoint copy the destination resumed
 * from and the programs it ran. Immutable.
 *
 * @param runDir the run directory
 * @param spec the test, as {@code result.json} records it
 * @param verdict the run's verdict
 * @param legs the reference and the migrated legs that ran, in order
 * @param transfers the evidence of each transfer
 * @param checkpoint the host copy the destination resumed from ({@code checkpoint-<hops>/})
 * @param programs the directory of the four programs ({@code programs/})
 */
public record KeptRun(
    Path runDir,
    MigrationSpec spec,
    Verdict verdict,
    List<LegResult> legs,
    List<RunEvidence.Transfer> transfers,
    Path checkpoint,
    Path programs) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public KeptRun {
    legs = List.copyOf(legs);
    transfers = List.copyOf(transfers);
  }

  /**
   * Reads the run directory {@code dir}; anything missing for a replay is a usage error naming it.
   */
  public static KeptRun read(Path dir) {
    Path runDir = dir.toAbsolutePath().normalize();
    Path json = runDir.resolve("result.json");
    if (!Files.isRegularFile(json)) {
      throw new UsageException(
          runDir + " holds no result.json",
          "pass the run directory of a test that did not pass (the summary of migrate or matrix"
              + " run names it)");
    }
    JsonNode root;
    try {
      root = JSON.readTree(json.toFile());
    } catch (IOException e) {
      throw new UsageException(
          "cannot read " + json + ": " + e.getMessage(), "pass a run directory");
    }
    Verdict verdict;
    try {
      verdict = Verdict.valueOf(root.path("verdict").asText());
    } catch (IllegalArgumentException e) {
      throw new UsageException(
          json + " has no verdict PASS, FAIL or ERROR", "pass a run directory hexo-ci wrote");
    }
    MigrationSpec spec = spec(root.path("spec"));
    if (verdict == Verdict.PASS) {
      throw new UsageException(
          "run " + runDir.getFileName() + " passed, so its checkpoint was not kept",
          "replay a run whose verdict is FAIL or ERROR");
    }
    if (spec.mode() != Mode.CR) {
      throw new UsageException(
          "run "
              + runDir.getFileName()
              + " is post-copy: its destination pulls memory from a"
              + " source that is gone",
          "replay a cr run (rerun post-copy tests with hexo-ci migrate)");
    }
    int hops = spec.roles().legs().size() - 1;
    Path checkpoint = runDir.resolve(CheckpointFiles.HOST_COPY_PREFIX + hops);
    if (HostCheckpoint.names(requireDir(checkpoint, "the checkpoint copy")).isEmpty()) {
      throw new UsageException(
          checkpoint + " holds no checkpoint file",
          "the run stopped before its last checkpoint was taken; nothing can be replayed");
    }
    Path programs = requireDir(runDir.resolve(RunDirectory.PROGRAMS), "the kept programs");
    List<LegResult> legs = new ArrayList<>();
    for (JsonNode l : root.path("legs")) {
      legs.add(leg(runDir, l));
    }
    List<RunEvidence.Transfer> transfers = new ArrayList<>();
    for (JsonNode t : root.path("transfers")) {
      Map<String, String> before = new TreeMap<>();
      Map<String, String> after = new TreeMap<>();
      for (JsonNode f : t.path("files")) {
        before.put(f.path("name").asText(), f.path("sha256Before").asText());
        after.put(f.path("name").asText(), f.path("sha256After").asText());
      }
      transfers.add(new RunEvidence.Transfer(t.path("label").asText(), before, after));
    }
    return new KeptRun(runDir, spec, verdict, legs, transfers, checkpoint, programs);
  }

  /** The test's unique name: the run directory's. */
  public String testName() {
    return runDir.getFileName().toString();
  }

  /** The destination's role in the plan: the last migrated leg. */
  public BoardRoles.Role destination() {
    List<BoardRoles.Role> roles = spec.roles().legs();
    return roles.get(roles.size() - 1);
  }

  /** The leg {@code role} as it ran, when it did. */
  public java.util.Optional<LegResult> leg(String role) {
    return legs.stream().filter(l -> l.role().equals(role)).findFirst();
  }

  private static MigrationSpec spec(JsonNode s) {
    Direction direction = Direction.parse(s.path("direction").asText());
    String source = s.path("sourceBoard").asText();
    String destination = s.path("destinationBoard").asText();
    boolean x86First = BoardRoles.X86.equals(direction.sourceArch());
    List<String> volatileLines = new ArrayList<>();
    s.path("volatileLines").forEach(v -> volatileLines.add(v.asText()));
    return MigrationSpec.builder(Path.of(s.path("appDir").asText()), s.path("class").asText())
        .toolchain(s.path("toolchain").asText())
        .mode(Mode.parse(s.path("mode").asText()))
        .direction(direction)
        .trigger(Trigger.parse(s.path("trigger").asText()))
        .x86Board(x86First ? source : destination)
        .armBoard(x86First ? destination : source)
        .timeout(Duration.ofSeconds(s.path("timeoutSeconds").asLong(300)))
        .volatileLines(volatileLines)
        .verificationRegex(s.path("verificationRegex").asText())
        .memory(s.path("memory").asText())
        .build();
  }

  private static LegResult leg(Path runDir, JsonNode l) {
    String role = l.path("role").asText();
    return new LegResult(
        role,
        l.path("board").asText(),
        l.path("boardKind").asText(),
        l.path("arch").asText(),
        l.path("workDir").asText(),
        readOrEmpty(runDir.resolve(role + ".stdout")),
        readOrEmpty(runDir.resolve(role + ".stderr")),
        l.path("exitCode").asInt(-1),
        l.path("timedOut").asBoolean(),
        Duration.ofMillis(l.path("elapsedMs").asLong()),
        null);
  }

  private static String readOrEmpty(Path p) {
    try {
      return Files.isRegularFile(p) ? Files.readString(p) : "";
    } catch (IOException e) {
      throw new UsageException("cannot read " + p + ": " + e.getMessage(), "check permissions");
    }
  }

  private static Path requireDir(Path p, String what) {
    if (!Files.isDirectory(p)) {
      throw new UsageException(
          p + " is missing: " + what + " of the run are not there",
          "replay a run directory written by this hexo-ci (FAIL or ERROR runs keep checkpoint-N/"
              + " and programs/)");
    }
    return p;
  }
}
