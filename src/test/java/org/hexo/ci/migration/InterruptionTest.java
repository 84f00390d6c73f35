package org.hexo.ci.migration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Who a stop request interrupts, and that cleanup is out of its reach. */
class InterruptionTest {

  @AfterEach
  void clearFlag() {
    Thread.interrupted();
  }

  @Test
  void aRequestInterruptsAGuardedSectionAndEndsWithIt() {
    try (Interruption.Guard g = Interruption.guard()) {
      assertThat(Interruption.active()).isTrue();
      Interruption.request();
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
      assertThat(Interruption.requested()).isTrue();
    }
    assertThat(Thread.currentThread().isInterrupted())
        .as("consumed at the section's end")
        .isFalse();
    assertThat(Interruption.requested()).as("ends with the last section").isFalse();
    assertThat(Interruption.active()).isFalse();
  }

  @Test
  void aThreadCleaningUpIsNotInterruptedByALateRequest() {
    try (Interruption.Guard g = Interruption.guard()) {
      Interruption.request();
      Interruption.cleaningUp();
      assertThat(Thread.currentThread().isInterrupted())
          .as("the first interrupt consumed")
          .isFalse();
      // a second signal, or the first one's interrupt landing after the run saw the request
      Interruption.request();
      assertThat(Thread.currentThread().isInterrupted()).isFalse();
      assertThat(Interruption.requested()).isTrue();
    }
  }

  @Test
  void aRequestReachesOtherSectionsStillRunningWhileOneCleansUp() throws Exception {
    var entered = new java.util.concurrent.CountDownLatch(1);
    var requested = new java.util.concurrent.CountDownLatch(1);
    boolean[] otherInterrupted = new boolean[1];
    Thread other =
        new Thread(
            () -> {
              try (Interruption.Guard g = Interruption.guard()) {
                entered.countDown();
                requested.await();
              } catch (InterruptedException e) {
                otherInterrupted[0] = true;
              }
            });
    other.start();
    entered.await();
    try (Interruption.Guard g = Interruption.guard()) {
      Interruption.cleaningUp();
      Interruption.request();
      assertThat(Thread.currentThread().isInterrupted()).isFalse();
      other.join();
      assertThat(otherInterrupted[0]).isTrue();
    }
  }
}
