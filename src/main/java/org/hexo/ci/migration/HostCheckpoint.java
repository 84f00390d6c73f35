package org.hexo.ci.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.migration.CheckpointMover.Sum;

/**
 * The checkpoint files of a leg directory this host sees directly (a board offering {@code
 * HostPaths}), listed and checksummed here instead of by {@code sha256sum} on the board, which on
 * an emulated board runs under qemu-user. The files {@link CheckpointFiles} names.
 */
final class HostCheckpoint {
  private HostCheckpoint() {}

  static List<String> names(Path dir) {
    List<String> out = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      for (Path p : s) {
        String n = p.getFileName().toString();
        if (CheckpointFiles.isCheckpointFile(n) && Files.isRegularFile(p)) {
          out.add(n);
        }
      }
    } catch (IOException e) {
      throw new InfrastructureException(
          "could not list the checkpoint in " + dir + ": " + e,
          "check that the leg's work directory still exists",
          e);
    }
    out.sort(null);
    return out;
  }

  static Map<String, Sum> list(Path dir) {
    Map<String, Sum> out = new TreeMap<>();
    for (String n : names(dir)) {
      Path p = dir.resolve(n);
      try {
        out.put(n, new Sum(Files.size(p), sha256(p)));
      } catch (IOException e) {
        throw new InfrastructureException(
            "could not checksum " + p + ": " + e, "check that the leg's files are readable", e);
      }
    }
    return out;
  }

  private static String sha256(Path p) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    try (InputStream in = Files.newInputStream(p)) {
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
