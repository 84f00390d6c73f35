package org.hexo.ci;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Guards for integration tests that need real infrastructure (Docker, binfmt, QEMU, KVM). On a
 * laptop a missing piece skips the test; under CI ({@code CI=true}) it fails it, so CI never passes
 * by skipping.
 */
public final class Infra {
  private Infra() {}

  public static boolean inCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /** Skips (locally) or fails (in CI) unless {@code available} holds. */
  public static void require(boolean available, String what) {
    if (!available) {
      if (inCi()) {
        fail("required infrastructure missing under CI: " + what);
      }
      assumeTrue(false, "skipped, infrastructure missing: " + what);
    }
  }
}
