package org.hexo.ci.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A resumed leg is back when its restore is done, by its own .status. */
class StatusFileTest {
  @TempDir Path dir;

  @Test
  void restoreEndsAtTheStateAfterRestoring() throws Exception {
    Path cr =
        Files.writeString(
            dir.resolve("cr"),
            "100.000001:STATUS_READY_FOR_MIGRATION\n100.250000:STATUS_RESTORING_CHKPT\n"
                + "100.750000:STATUS_READY_FOR_MIGRATION\n109.000000:STATUS_NOT_RUNNING\n---\n");
    assertThat(StatusFile.restoredAt(cr)).contains(Instant.ofEpochSecond(100, 750_000_000));
    Path pc =
        Files.writeString(
            dir.resolve("pc"), "5.000000:STATUS_RESTORING_CHKPT\n5.000300:STATUS_PULLING_PAGES\n");
    assertThat(StatusFile.restoredAt(pc)).contains(Instant.ofEpochSecond(5, 300_000));
  }

  @Test
  void noRestoreRecordedIsUnknown() throws Exception {
    Path died =
        Files.writeString(
            dir.resolve("died"), "1.0:STATUS_RESTORING_CHKPT\n2.0:STATUS_NOT_RUNNING\n---\n");
    assertThat(StatusFile.restoredAt(died)).as("it never came back").isEmpty();
    assertThat(StatusFile.restoredAt(dir.resolve("missing"))).isEmpty();
    Path source = Files.writeString(dir.resolve("src"), "1.0:STATUS_READY_FOR_MIGRATION\n");
    assertThat(StatusFile.restoredAt(source)).as("never resumed").isEmpty();
  }
}
