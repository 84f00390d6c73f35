package org.hexo.ci.migration;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hexo.ci.verify.RunEvidence;

/**
 * The checkpoint moved between two legs.
 *
 * @param label {@code source->destination}, or with {@code relay} on a round trip
 * @param fromBoard the sending board
 * @param toBoard the receiving board
 * @param files every file moved, with sizes and checksums
 */
public record TransferResult(
    String label, String fromBoard, String toBoard, List<CheckpointFile> files) {
  public TransferResult {
    files = List.copyOf(files);
  }

  public long totalBytes() {
    return files.stream().mapToLong(CheckpointFile::bytes).sum();
  }

  public RunEvidence.Transfer evidence() {
    Map<String, String> before =
        files.stream()
            .collect(Collectors.toMap(CheckpointFile::name, CheckpointFile::sha256Before));
    Map<String, String> after =
        files.stream()
            .filter(f -> !f.sha256After().isEmpty())
            .collect(Collectors.toMap(CheckpointFile::name, CheckpointFile::sha256After));
    return new RunEvidence.Transfer(label, before, after);
  }
}
