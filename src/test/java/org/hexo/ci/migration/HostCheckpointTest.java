package org.hexo.ci.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hexo.ci.migration.CheckpointMover.Sum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostCheckpointTest {
  @TempDir Path dir;

  @Test
  void selectsTheFilesTheBoardScriptSelectsAndHashesThem() throws Exception {
    for (String n :
        new String[] {
          "mdata.bin", "stack.bin.1", "tls.bin.0", "prog_aarch64", ".hidden.bin", "out"
        }) {
      Files.writeString(dir.resolve(n), "abc");
    }
    Files.createDirectory(dir.resolve("dir.bin"));
    assertThat(HostCheckpoint.names(dir)).containsExactly("mdata.bin", "stack.bin.1", "tls.bin.0");
    assertThat(HostCheckpoint.list(dir))
        .containsEntry(
            "mdata.bin",
            new Sum(3, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"))
        .hasSize(3);
  }
}
