package org.hexo.ci.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Board health kept across runs: recorded, read back by a new instance, expiring. */
class BoardHealthTest {
  @TempDir Path dir;

  @Test
  void aQuarantineIsSeenByTheNextRunUntilItExpires() throws Exception {
    new BoardHealth(dir).record("b1", false, "health check failed: exit 255");

    BoardHealth.Record r = new BoardHealth(dir).current("b1").orElseThrow();
    assertThat(r.healthy()).isFalse();
    assertThat(r.expiresAt() - r.checkedAt()).isEqualTo(BoardHealth.TTL.toMillis());
    assertThat(r.describe(r.checkedAt()))
        .startsWith("quarantined until ")
        .endsWith(": health check failed: exit 255");
    assertThat(r.expired(r.expiresAt())).isTrue();
    assertThat(r.describe(r.expiresAt())).isEqualTo("-");
    assertThat(new BoardHealth(dir).current("b2")).isEmpty();
  }

  @Test
  void anExpiredRecordDoesNotCount() throws Exception {
    Files.createDirectories(dir.resolve("health"));
    Files.writeString(
        dir.resolve("health/b1.json"),
        "{\"board\":\"b1\",\"healthy\":false,\"reason\":\"x\",\"checkedAt\":1,\"expiresAt\":2}");
    assertThat(new BoardHealth(dir).last("b1")).isPresent();
    assertThat(new BoardHealth(dir).current("b1")).isEmpty();
  }

  @Test
  void aPassingCheckClearsTheQuarantine() {
    BoardHealth h = new BoardHealth(dir);
    h.record("b1", false, "broken");
    h.record("b1", true, "");
    assertThat(h.current("b1").orElseThrow().healthy()).isTrue();
  }

  @Test
  void aBoardOfTheSameNameInAnotherInventoryDoesNotInheritTheQuarantine() throws Exception {
    Path vm =
        Files.writeString(dir.resolve("vm.yaml"), "boards:\n  - {name: vb, kind: qemu-system}\n");
    Path user =
        Files.writeString(dir.resolve("user.yaml"), "boards:\n  - {name: vb, kind: qemu-user}\n");
    new BoardHealth(dir, BoardInventory.load(vm)).record("vb", false, "health check failed");

    assertThat(new BoardHealth(dir, BoardInventory.load(vm)).current("vb"))
        .as("the same entry, read again")
        .isPresent();
    assertThat(new BoardHealth(dir, BoardInventory.load(user)).current("vb"))
        .as("another board that happens to be named vb")
        .isEmpty();
  }
}
