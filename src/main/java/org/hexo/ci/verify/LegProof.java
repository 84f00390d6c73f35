package org.hexo.ci.verify;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a leg's own runtime files say about its migration: the lines of its {@code .status} and the
 * checkpoint it left in its directory. Times are on the board's clock; a leg's {@code .status} is
 * its own (every leg gets a fresh work directory and transfers never carry the file), so its first
 * line is the leg's start and no clock of this host is compared with the board's.
 *
 * @param role the leg's role
 * @param arch the ISA it ran on ({@code x86_64} or {@code aarch64})
 * @param statuses its {@code .status} lines in order; empty when it wrote none or none was fetched
 * @param checkpoint the {@code mdata.bin} in its directory when it stopped, if there was one
 * @param stoppedAfter why hexo-ci stopped the leg when another leg failed first (e.g. {@code the
 *     destination exited 139 first}), so the verdict names that failure, not this leg's exit
 */
public record LegProof(
    String role,
    String arch,
    List<Status> statuses,
    Optional<Checkpoint> checkpoint,
    Optional<String> stoppedAfter) {

  /** One {@code sec.usec:STATUS_...} line. */
  public record Status(Instant at, String name) {}

  /**
   * What {@code mdata.bin} says of who wrote it.
   *
   * @param isa the source ISA recorded in it
   * @param written its modification time, whole seconds on the board's clock
   */
  public record Checkpoint(String isa, Instant written) {}

  public LegProof {
    Objects.requireNonNull(role, "role");
    statuses = List.copyOf(statuses);
    checkpoint = checkpoint == null ? Optional.empty() : checkpoint;
    stoppedAfter = stoppedAfter == null ? Optional.empty() : stoppedAfter;
  }

  /** A leg that ended on its own. */
  public LegProof(String role, String arch, List<Status> statuses, Optional<Checkpoint> cp) {
    this(role, arch, statuses, cp, Optional.empty());
  }

  /** When the leg first entered {@code status} after its start, if it did. */
  public Optional<Instant> first(String status) {
    return statuses.stream().filter(s -> s.name().equals(status)).map(Status::at).findFirst();
  }

  /** Its start on its own clock: its first status line. */
  public Optional<Instant> started() {
    return statuses.stream().map(Status::at).findFirst();
  }

  /**
   * Whether {@code file} can have been written by the checkpoint that began at {@code
   * checkpointing}. File times are whole seconds here and come from the kernel's coarse clock, a
   * tick behind the runtime's status time; a second of slack covers both. (The source ISA tells a
   * round trip's legs apart; this tells a leg from an earlier run in the same directory.)
   */
  public static boolean writtenBy(Checkpoint file, Instant checkpointing) {
    return !file.written().isBefore(checkpointing.truncatedTo(ChronoUnit.SECONDS).minusSeconds(1));
  }

  /** The status names in order, for a message. */
  public String timeline() {
    return statuses.isEmpty()
        ? "no .status"
        : String.join(" -> ", statuses.stream().map(Status::name).toList());
  }
}
