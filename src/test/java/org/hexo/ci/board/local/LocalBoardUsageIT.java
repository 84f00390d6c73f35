package org.hexo.ci.board.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.hexo.ci.Infra;
import org.hexo.ci.board.ExecRequest;
import org.hexo.ci.board.ExecResult;
import org.hexo.ci.nativeio.VmmLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local driver fills {@link ExecResult#usage()} through the native launcher. */
class LocalBoardUsageIT {

  @Test
  void aLegReportsItsPeakRssAndCpuTime(@TempDir Path root) {
    assertThat(VmmLibrary.isAvailable()).as("%s", VmmLibrary.unavailabilityCause()).isTrue();
    Infra.require(Files.isExecutable(Path.of("/usr/bin/python3")), "/usr/bin/python3");
    try (LocalBoard board = new LocalBoard("local", root)) {
      ExecResult r =
          board.run(
              ExecRequest.of(
                  List.of(
                      "/usr/bin/python3",
                      "-c",
                      "b = bytearray(64 * 1024 * 1024)\nx = sum(range(3000000))\nprint('ok')"),
                  board.newWorkDir("usage"),
                  Duration.ofSeconds(60)));
      assertThat(r.exitCode()).as(r.stderr()).isZero();
      assertThat(r.stdout()).isEqualTo("ok\n");
      assertThat(r.usage().known()).isTrue();
      assertThat(r.usage().maxRssKiB()).isGreaterThanOrEqualTo(64 * 1024);
      assertThat(r.usage().userMillis() + r.usage().systemMillis()).isPositive();
    }
  }
}
