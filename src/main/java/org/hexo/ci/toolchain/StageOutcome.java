package org.hexo.ci.toolchain;

import java.time.Duration;

/**
 * What happened to one stage of a toolchain build.
 *
 * @param index 1-based position ({@code 1} is the host-dependencies stage)
 * @param step {@code deps} or the installer step
 * @param tag the stage image's tag
 * @param built true if a Docker build ran, false if an existing image was reused
 * @param took wall time spent on it
 */
public record StageOutcome(int index, String step, String tag, boolean built, Duration took) {}
