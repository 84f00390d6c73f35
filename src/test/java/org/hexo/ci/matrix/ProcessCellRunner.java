package org.hexo.ci.matrix;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hexo.ci.board.ExecRequest;
import org.hexo.ci.board.ExecResult;
import org.hexo.ci.board.local.LocalBoard;
import org.hexo.ci.verify.Verdict;

/**
 * A real, simple cell runner for scheduler tests: it runs a real program for each cell, on this
 * host through the {@code local} board driver for boards of kind {@code local}, and through {@code
 * ssh} to 127.0.0.1 at the board's {@code port:N} label for boards of kind {@code ssh}. An app
 * called {@code slow} sleeps for 5 s, {@code broken} exits 1; everything else sleeps {@link
 * #CELL_SECONDS}. ssh exit 255 (connection failure) is ERROR, another non-zero exit is FAIL.
 */
final class ProcessCellRunner implements CellRunner {
  static final String CELL_SECONDS = "0.4";

  @Override
  public CellOutcome run(Cell cell, MatrixBoard board, Path logDir) throws Exception {
    String script =
        switch (cell.app()) {
          case "slow" -> "sleep 5";
          case "broken" -> "echo broken app >&2; exit 1";
          default -> "sleep " + CELL_SECONDS + "; echo " + cell.slug();
        };
    List<String> argv = new ArrayList<>();
    if (board.kind().equals("ssh")) {
      String port =
          board.labels().stream()
              .filter(l -> l.startsWith("port:"))
              .findFirst()
              .orElseThrow()
              .substring(5);
      argv.addAll(
          List.of(
              "ssh",
              "-p",
              port,
              "-o",
              "BatchMode=yes",
              "-o",
              "ConnectTimeout=3",
              "-o",
              "StrictHostKeyChecking=no",
              "-o",
              "UserKnownHostsFile=/dev/null",
              "127.0.0.1"));
    }
    argv.addAll(List.of("sh", "-c", script));
    try (LocalBoard host = new LocalBoard(board.name(), logDir)) {
      ExecResult r = host.run(ExecRequest.of(argv, logDir.toString(), Duration.ofSeconds(30)));
      Files.writeString(logDir.resolve("output.log"), r.stdout() + r.stderr());
      Map<String, Long> phases = new LinkedHashMap<>();
      phases.put("run", r.elapsed().toMillis());
      if (r.succeeded()) {
        return new CellOutcome(Verdict.PASS, phases, "");
      }
      Verdict v = board.kind().equals("ssh") && r.exitCode() == 255 ? Verdict.ERROR : Verdict.FAIL;
      return new CellOutcome(v, phases, "exit " + r.exitCode() + ": " + r.stderr().strip());
    }
  }

  /** A 127.0.0.1 port nothing listens on (bound, then released). */
  static int closedPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
