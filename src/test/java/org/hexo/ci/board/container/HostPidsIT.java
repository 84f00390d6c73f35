package org.hexo.ci.board.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.hexo.ci.board.ExecRequest;
import org.hexo.ci.board.Execution;
import org.hexo.ci.board.Executor;
import org.hexo.ci.board.TestBoards;
import org.hexo.ci.docker.Docker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program in a board container found by its pid on this host (what signals use), and nothing
 * found for a container id that is not the process's.
 */
class HostPidsIT {
  @TempDir Path dir;

  @Test
  void findsTheHostPidOfAProgramInTheContainerAndOnlyThere() throws Exception {
    try (ContainerBoard board =
        ContainerBoard.local("hostpids-it", TestBoards.amd64Image(), dir.resolve("boards"))) {
      Execution sleeper =
          board
              .require(Executor.class)
              .start(ExecRequest.of(List.of("sleep", "600"), null, Duration.ofMinutes(5)));
      try {
        ContainerExecution e = (ContainerExecution) sleeper;
        long inside = e.pidInContainer();
        long init =
            Docker.client().inspectContainerCmd(board.containerId()).exec().getState().getPidLong();
        OptionalLong host = HostPids.of(board.containerId(), init, inside);
        assertThat(host).isPresent();
        assertThat(Files.readString(Path.of("/proc", Long.toString(host.getAsLong()), "cmdline")))
            .as("the host pid is the program's")
            .isEqualTo("sleep" + '\0' + "600" + '\0');
        assertThat(HostPids.of("0000not-this-container", init, inside))
            .as("a container id the process is not in")
            .isEmpty();
      } finally {
        sleeper.close();
      }
    }
  }
}
