package org.hexo.ci.verify;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the checks judge, collected by the migration runner: the unmigrated reference run,
 * each leg of the migrated run in order, the checkpoint checksums of each transfer, and what each
 * leg's own runtime files say about its migration.
 *
 * @param reference the unmigrated run on the source ISA
 * @param legs the legs of the migrated run in execution order (source first)
 * @param transfers one entry per checkpoint transfer between consecutive legs
 * @param proofs each migrated leg's {@link LegProof}, by role
 */
public record RunEvidence(
    Leg reference, List<Leg> legs, List<Transfer> transfers, Map<String, LegProof> proofs) {

  public RunEvidence {
    Objects.requireNonNull(reference, "reference");
    legs = List.copyOf(legs);
    transfers = List.copyOf(transfers);
    proofs = Map.copyOf(proofs);
  }

  /** Evidence without runtime files (a run that left none). */
  public RunEvidence(Leg reference, List<Leg> legs, List<Transfer> transfers) {
    this(reference, legs, transfers, Map.of());
  }

  /** The proofs as a map, from a list. */
  public static Map<String, LegProof> byRole(List<LegProof> proofs) {
    return proofs.stream().collect(Collectors.toMap(LegProof::role, Function.identity()));
  }

  /**
   * What the checks read of one program run: who ran it where, its output and how it ended. The
   * migration engine's leg record implements it, so a leg is never copied into evidence.
   */
  public interface Leg {
    String role();

    String board();

    String stdout();

    String stderr();

    int exitCode();

    boolean timedOut();
  }

  /**
   * The sha256 of each checkpoint file on the sending board before the transfer and on the
   * receiving board after it, keyed by file name.
   */
  public record Transfer(String label, Map<String, String> before, Map<String, String> after) {
    public Transfer {
      Objects.requireNonNull(label, "label");
      before = Map.copyOf(before);
      after = Map.copyOf(after);
    }
  }

  public Optional<Leg> leg(String role) {
    return legs.stream().filter(l -> l.role().equals(role)).findFirst();
  }
}
