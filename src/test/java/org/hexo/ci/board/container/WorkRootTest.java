package org.hexo.ci.board.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.hexo.ci.docker.SessionLabels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkRootTest {
  @TempDir Path tmp;

  @Test
  void hostPathsOnlyForPathsThatStayInsideTheRoot() throws Exception {
    WorkRoot root = WorkRoot.create(tmp.resolve("boards"), "emu");
    Path leg = root.newLegDir("leg");
    assertThat(root.hostPath(leg + "/a/b.bin")).contains(leg.resolve("a/b.bin"));
    assertThat(root.hostPath(leg + "/../../../etc/passwd")).as("climbs out").isEmpty();
    assertThat(root.hostPath("/etc/passwd")).as("the container's own").isEmpty();
    assertThat(root.hostPath("relative/x")).isEmpty();
    Files.createSymbolicLink(leg.resolve("out"), Path.of("/etc"));
    assertThat(root.hostPath(leg + "/out/passwd"))
        .as("a leg's symlink names another file on the host than in the container")
        .isEmpty();
    assertThat(WorkRoot.delete(root.dir())).isTrue();
    assertThat(root.dir()).doesNotExist();
    assertThat(Path.of("/etc/passwd")).as("delete does not follow links").exists();
  }

  @Test
  void reaperDeletesOnlyWorkRootsNamedForTheirSession() {
    Map<String, String> ok =
        Map.of(
            SessionLabels.SESSION, "12-34", ContainerBoard.WORK_ROOT_LABEL, "/r/boards/emu-12-34");
    assertThat(WorkRoot.ofLabels(ok)).contains(Path.of("/r/boards/emu-12-34"));
    assertThat(
            WorkRoot.ofLabels(
                Map.of(SessionLabels.SESSION, "12-34", ContainerBoard.WORK_ROOT_LABEL, "/home")))
        .isEmpty();
    assertThat(WorkRoot.ofLabels(Map.of(SessionLabels.SESSION, "12-34"))).isEmpty();
  }
}
