package org.hexo.ci.migration;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.hexo.ci.UsageException;

/** Which way the program moves. Round trip goes x86-64 to aarch64 and back. */
public enum Direction {
  X86_TO_ARM("x86-to-arm", "x86_64", "aarch64"),
  ARM_TO_X86("arm-to-x86", "aarch64", "x86_64"),
  ROUND_TRIP("round-trip", "x86_64", "aarch64");

  private final String id;
  private final String sourceArch;
  private final String destinationArch;

  Direction(String id, String sourceArch, String destinationArch) {
    this.id = id;
    this.sourceArch = sourceArch;
    this.destinationArch = destinationArch;
  }

  public String id() {
    return id;
  }

  /** The ISA the program starts on ({@code uname -m} spelling). */
  public String sourceArch() {
    return sourceArch;
  }

  /** The ISA of the first migration's destination. */
  public String destinationArch() {
    return destinationArch;
  }

  /** Parses {@code x86-to-arm}, {@code arm-to-x86} or {@code round-trip}. */
  public static Direction parse(String value) {
    for (Direction d : values()) {
      if (d.id.equals(value)) {
        return d;
      }
    }
    throw new UsageException(
        "unknown direction '" + value + "'",
        "use one of "
            + Arrays.stream(values()).map(Direction::id).collect(Collectors.joining(", ")));
  }
}
