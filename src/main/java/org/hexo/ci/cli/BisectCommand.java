package org.hexo.ci.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.hexo.ci.UsageException;
import org.hexo.ci.bisect.BisectReport;
import org.hexo.ci.bisect.Bisection;
import org.hexo.ci.bisect.CellProbe;
import org.hexo.ci.bisect.FirstParent;
import org.hexo.ci.board.BoardPool;
import org.hexo.ci.config.HexoConfig;
import org.hexo.ci.matrix.Cell;
import org.hexo.ci.matrix.MatrixFile;
import org.hexo.ci.matrix.MatrixSpec;
import org.hexo.ci.migration.BoardSource;
import org.hexo.ci.migration.Direction;
import org.hexo.ci.migration.MigrationRunner;
import org.hexo.ci.migration.MigrationSpec;
import org.hexo.ci.migration.Mode;
import org.hexo.ci.migration.Trigger;
import org.hexo.ci.toolchain.Component;
import org.hexo.ci.toolchain.ToolchainSpecs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hexo-ci bisect --component NAME --good REF --bad REF}: finds the first commit of a
 * toolchain component that makes a migration test fail. Exit 0 when it names one, 1 when skipped
 * commits leave several candidates or the bad ref passes, 2 bad arguments, 3 infrastructure.
 */
@Command(
    name = "bisect",
    mixinStandardHelpOptions = true,
    description =
        "Find the component commit that broke a migration test: first-parent commits between"
            + " --good and --bad, each built with the override and tested; a build failure or an"
            + " ERROR skips the commit.")
public final class BisectCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec CommandSpec cmd;

  @Option(names = "--component", required = true, paramLabel = "NAME", description = "Component.")
  String component;

  @Option(names = "--good", required = true, paramLabel = "REF", description = "A passing ref.")
  String good;

  @Option(names = "--bad", required = true, paramLabel = "REF", description = "A failing ref.")
  String bad;

  @Option(
      names = "--repo",
      paramLabel = "URL",
      description = "The component's repository (default: the toolchain spec's URL).")
  String repo;

  @Option(names = "--toolchain", paramLabel = "SPEC", defaultValue = "hexo-lite")
  String toolchain;

  @Option(names = "--matrix", paramLabel = "FILE", description = "Matrix file holding --cell.")
  Path matrix;

  @Option(names = "--cell", paramLabel = "ID", description = "Cell id (app/class/mode/...).")
  String cellId;

  @Option(names = "--app", paramLabel = "DIR", description = "App directory (without --cell).")
  Path app;

  @Option(names = "--class", paramLabel = "C", defaultValue = "S")
  String appClass;

  @Option(names = "--mode", paramLabel = "M", defaultValue = "cr")
  String mode;

  @Option(names = "--direction", paramLabel = "D", defaultValue = "x86-to-arm")
  String direction;

  @Option(names = "--trigger", paramLabel = "T", defaultValue = "point:middle")
  String trigger;

  @Option(
      names = {"--arm-board", "--board"},
      paramLabel = "NAME",
      description = "The aarch64 board (default: the cell's target, else qemu-user).")
  String armBoard;

  @Option(names = "--x86-board", paramLabel = "NAME", defaultValue = "local")
  String x86Board;

  @Option(names = "--repeat", paramLabel = "N", defaultValue = "1", description = "Runs a step.")
  int repeat;

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "Per-leg time limit.")
  Long timeoutSeconds;

  @Override
  public Integer call() {
    HexoConfig config = common.config();
    if (repeat < 1) {
      throw new UsageException("--repeat must be >= 1, got " + repeat, "pass e.g. --repeat 3");
    }
    String url = repo != null ? repo : componentUrl(config);
    MigrationSpec spec = spec(config);
    PrintWriter out = cmd.commandLine().getOut();
    PrintWriter err = cmd.commandLine().getErr();
    List<FirstParent.Commit> commits = FirstParent.between(url, good, bad);
    out.println(
        "[bisect] " + component + ": " + commits.size() + " first-parent commit(s) after " + good);
    out.flush();
    Bisection.Result r;
    try (BoardPool pool = new BoardPool(CommonOptions.inventory(config), config)) {
      BoardSource boards = BoardSource.of(pool);
      MigrationRunner.check(spec, boards);
      CellProbe probe =
          new CellProbe(
              config,
              spec,
              component,
              url,
              repeat,
              boards,
              line -> {
                synchronized (err) {
                  err.println(line);
                  err.flush();
                }
              });
      r =
          new Bisection(commits, probe)
              .progress(
                  s -> {
                    out.println(
                        "[bisect] "
                            + s.commit().shortId()
                            + " "
                            + s.mark()
                            + " "
                            + s.commit().subject()
                            + " ("
                            + s.reason()
                            + ")");
                    out.flush();
                  })
              .call();
    }
    Path dir = config.reportDir().resolve("bisect");
    BisectReport.write(dir, component, good, bad, r);
    r.skipped()
        .forEach(s -> out.println("skipped " + s.commit().id() + " " + s.commit().subject()));
    if (r.firstBad().isPresent()) {
      FirstParent.Commit c = r.firstBad().get();
      out.println("first bad commit: " + c.id() + " " + c.subject());
      r.steps().stream()
          .filter(s -> s.commit().equals(c))
          .forEach(s -> s.runDirs().forEach(d -> out.println("  evidence: " + d)));
    } else if (r.candidates().isEmpty()) {
      out.println("the bad ref " + bad + " passed: nothing to bisect");
    } else {
      out.println("skipped commits leave " + r.candidates().size() + " candidates:");
      r.candidates().forEach(c -> out.println("  " + c.id() + " " + c.subject()));
    }
    out.println("report: " + dir.resolve("bisect.html"));
    out.flush();
    return r.firstBad().isPresent() ? ExitCode.PASSED.code() : ExitCode.TESTS_FAILED.code();
  }

  private String componentUrl(HexoConfig config) {
    List<Component> all = ToolchainSpecs.load(toolchain, config).components();
    return all.stream()
        .filter(c -> c.name().equals(component))
        .findFirst()
        .map(Component::url)
        .orElseThrow(
            () ->
                new UsageException(
                    "toolchain " + toolchain + " has no component '" + component + "'",
                    "use one of " + all.stream().map(Component::name).toList()));
  }

  /**
   * The test each step runs: a matrix cell as {@code matrix run} runs it (the app found as the
   * matrix finds it, the matrix's description of it, its suggested trigger), or the {@code --app}
   * flags with the app's own {@code hexo-app.yaml}.
   */
  private MigrationSpec spec(HexoConfig config) {
    Path apps = config.projectRoot().resolve("apps");
    if (cellId == null && matrix == null) {
      if (app == null) {
        throw new UsageException(
            "no test to bisect with", "pass --matrix FILE --cell ID, or --app DIR");
      }
      return MigrationSpec.builder(app, appClass)
          .toolchain(toolchain)
          .mode(Mode.parse(mode))
          .direction(Direction.parse(direction))
          .trigger(Trigger.parse(trigger))
          .x86Board(x86Board)
          .armBoard(armBoard != null ? armBoard : "qemu-user")
          .timeout(timeout(config))
          .build();
    }
    if (cellId == null || matrix == null) {
      throw new UsageException("--matrix and --cell go together", "pass both, or --app");
    }
    MatrixSpec m = MatrixFile.read(matrix);
    Cell cell =
        m.cells().stream()
            .filter(c -> c.id().equals(cellId))
            .findFirst()
            .orElseThrow(
                () ->
                    new UsageException(
                        "matrix " + matrix + " has no cell '" + cellId + "'",
                        "pass a cell id as matrix.json lists it"));
    String arm = armBoard;
    if (arm == null) {
      arm = cell.target().startsWith("label:") ? "qemu-user" : cell.target();
    }
    // a component:path app comes from the toolchain as specified, not from the step's commit
    Path appDir = JobOptions.appLocator(config, toolchain, List.of(), apps).locate(cell.app());
    boolean suggested = cell.trigger().equals(MatrixSpec.SUGGESTED_TRIGGER);
    return MigrationSpec.builder(appDir, cell.appClass().isEmpty() ? null : cell.appClass())
        .description(m.descriptions().get(cell.app()))
        .toolchain(toolchain)
        .mode(Mode.parse(cell.mode()))
        .direction(Direction.parse(cell.direction()))
        .trigger(suggested ? null : Trigger.parse(cell.trigger()))
        .x86Board(x86Board)
        .armBoard(arm)
        .timeout(timeout(config))
        .build();
  }

  private Duration timeout(HexoConfig config) {
    return timeoutSeconds == null ? config.legTimeout() : Duration.ofSeconds(timeoutSeconds);
  }
}
