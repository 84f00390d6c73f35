package org.hexo.ci.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The host lock of a board: exclusive while held, free after release, stale owners recovered. */
class BoardLockTest {
  @TempDir Path dir;

  @Test
  void aSecondTakerWaitsUntilTheFirstReleases() throws Exception {
    BoardLock first = BoardLock.acquire(dir, "b1", line -> {});
    assertThat(BoardLock.holder(dir, "b1")).as("the file names this process").isPresent();
    assertThat(BoardLock.holder(dir, "b1").get().pid()).isEqualTo(ProcessHandle.current().pid());
    CountDownLatch waiting = new CountDownLatch(1);
    List<String> heard = new ArrayList<>();
    CompletableFuture<BoardLock> second =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return BoardLock.acquire(
                    dir,
                    "b1",
                    line -> {
                      heard.add(line);
                      waiting.countDown();
                    });
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    assertThat(waiting.await(10, TimeUnit.SECONDS)).as("the second taker says it waits").isTrue();
    assertThat(second).as("held: the second taker waits").isNotDone();
    assertThat(heard.get(0)).contains("waiting for b1").contains("pid " + first.owner().pid());
    first.close();
    try (BoardLock got = second.get(10, TimeUnit.SECONDS)) {
      assertThat(got.owner().since()).isGreaterThanOrEqualTo(first.owner().since());
    }
    assertThat(BoardLock.holder(dir, "b1")).as("released").isEmpty();
    assertThat(dir.resolve("b1.lock")).doesNotExist();
  }

  @Test
  void otherBoardsAreIndependent() throws Exception {
    try (BoardLock a = BoardLock.acquire(dir, "a", line -> {});
        BoardLock b = BoardLock.acquire(dir, "b", line -> {})) {
      assertThat(BoardLock.holder(dir, "a")).isPresent();
      assertThat(BoardLock.holder(dir, "b")).isPresent();
    }
  }

  @Test
  void aLockWhoseOwnerDiedIsTakenOver() throws Exception {
    Process dead = new ProcessBuilder("true").start();
    long start = dead.info().startInstant().map(i -> i.toEpochMilli()).orElse(1L);
    dead.waitFor();
    Files.writeString(
        dir.resolve("b1.lock"), "pid=" + dead.pid() + " start=" + start + " since=1\n");
    assertThat(BoardLock.holder(dir, "b1")).as("a dead owner holds nothing").isEmpty();

    try (BoardLock got = BoardLock.acquire(dir, "b1", line -> {})) {
      assertThat(got.owner().pid()).isEqualTo(ProcessHandle.current().pid());
      assertThat(Files.readString(dir.resolve("b1.lock"))).contains("pid=" + got.owner().pid());
    }
  }

  @Test
  void aRecycledPidIsNotTheOwner() throws Exception {
    long me = ProcessHandle.current().pid();
    // this process's pid, but a start time years before it started: another process, gone
    Files.writeString(dir.resolve("b1.lock"), "pid=" + me + " start=1000 since=1000\n");
    assertThat(BoardLock.holder(dir, "b1")).isEmpty();
    try (BoardLock got = BoardLock.acquire(dir, "b1", line -> {})) {
      assertThat(got.owner().processStart()).isNotEqualTo(1000);
    }
  }

  @Test
  void releasingLeavesAnotherOwnersFileAlone() throws Exception {
    BoardLock mine = BoardLock.acquire(dir, "b1", line -> {});
    long other = ProcessHandle.current().parent().orElseThrow().pid();
    long otherStart =
        ProcessHandle.current()
            .parent()
            .orElseThrow()
            .info()
            .startInstant()
            .orElseThrow()
            .toEpochMilli();
    String theirs = "pid=" + other + " start=" + otherStart + " since=5\n";
    Files.writeString(dir.resolve("b1.lock"), theirs);
    mine.close();
    assertThat(Files.readString(dir.resolve("b1.lock"))).isEqualTo(theirs);
  }
}
