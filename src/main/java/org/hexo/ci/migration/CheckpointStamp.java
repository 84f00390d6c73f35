package org.hexo.ci.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.hexo.ci.board.Board;
import org.hexo.ci.board.ExecRequest;
import org.hexo.ci.board.ExecResult;
import org.hexo.ci.board.Executor;
import org.hexo.ci.board.HostPaths;
import org.hexo.ci.verify.LegProof;

/**
 * Reads who wrote the {@code mdata.bin} in a leg's directory: the source ISA of hexo-lite's record
 * (magic {@code HXMDATA\0}, u32 format version, u32 source ISA 0 x86-64 / 1 aarch64, little endian)
 * and the file's modification time on the board. On the host for boards whose files it sees, else
 * with {@code stat} and {@code od} on the board.
 */
final class CheckpointStamp {
  private static final String FILE = "mdata.bin";
  private static final int ISA_OFFSET = 12;
  private static final String SCRIPT =
      "stat -c %Y " + FILE + " && od -An -tu4 -j" + ISA_OFFSET + " -N4 " + FILE;
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private CheckpointStamp() {}

  /** The stamp of {@code dir}'s {@code mdata.bin} on {@code board}; empty when there is none. */
  static Optional<LegProof.Checkpoint> read(Board board, String dir) {
    Optional<Path> host = board.protocol(HostPaths.class).flatMap(h -> h.hostPath(dir));
    if (host.isPresent()) {
      return readHost(host.get().resolve(FILE));
    }
    ExecResult r =
        board
            .require(Executor.class)
            .run(ExecRequest.of(List.of("sh", "-c", SCRIPT), dir, TIMEOUT));
    List<String> words = List.of(r.stdout().trim().split("\\s+"));
    if (r.exitCode() != 0 || words.size() != 2) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new LegProof.Checkpoint(
              isa(Long.parseLong(words.get(1))),
              Instant.ofEpochSecond(Long.parseLong(words.get(0)))));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The stamp of the {@code mdata.bin} at {@code file} on this host. */
  static Optional<LegProof.Checkpoint> readHost(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(ISA_OFFSET + 4);
      if (head.length < ISA_OFFSET + 4) {
        return Optional.of(new LegProof.Checkpoint("unreadable", modified(file)));
      }
      long isa =
          Integer.toUnsignedLong(
              ByteBuffer.wrap(head, ISA_OFFSET, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
      return Optional.of(new LegProof.Checkpoint(isa(isa), modified(file)));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Instant modified(Path file) throws IOException {
    return Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.SECONDS);
  }

  private static String isa(long code) {
    return code == 0 ? BoardRoles.X86 : code == 1 ? BoardRoles.ARM : "unknown (" + code + ")";
  }
}
