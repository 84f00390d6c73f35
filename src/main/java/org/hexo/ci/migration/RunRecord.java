package org.hexo.ci.migration;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.hexo.ci.HexoCiException;
import org.hexo.ci.verify.LegProof;

/**
 * What one run of the engine produced, however far it got: the reference leg when it finished, the
 * migrated run's legs in execution order, each transfer, the phase timings, the kind of each board
 * it opened, and the error that stopped it early.
 *
 * @param reference the unmigrated run, when it finished
 * @param legs the migrated run's legs that finished, in execution order
 * @param transfers every checkpoint transfer
 * @param phases phase timings in the order they finished
 * @param boardKinds board inventory name to driver kind
 * @param proofs what each migrated leg's own runtime files say
 * @param points where each hop happened
 * @param failure the usage or infrastructure error that stopped the run, if one did
 */
record RunRecord(
    Optional<LegResult> reference,
    List<LegResult> legs,
    List<TransferResult> transfers,
    List<PhaseTiming> phases,
    Map<String, String> boardKinds,
    List<LegProof> proofs,
    List<MigrationPoint> points,
    Optional<HexoCiException> failure) {

  public RunRecord {
    legs = List.copyOf(legs);
    transfers = List.copyOf(transfers);
    phases = List.copyOf(phases);
    boardKinds = Map.copyOf(boardKinds);
    proofs = List.copyOf(proofs);
    points = List.copyOf(points);
  }

  /** The reference first, then the migrated legs. */
  public List<LegResult> allLegs() {
    return reference.map(r -> Stream.concat(Stream.of(r), legs.stream()).toList()).orElse(legs);
  }
}
