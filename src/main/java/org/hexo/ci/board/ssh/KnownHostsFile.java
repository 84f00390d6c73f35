package org.hexo.ci.board.ssh;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.JSch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.hexo.ci.InfrastructureException;

/** Reading and extending a known_hosts file the way OpenSSH names hosts ({@code [host]:port}). */
final class KnownHostsFile {
  private KnownHostsFile() {}

  static String hostName(String host, int port) {
    return port == 22 ? host : "[" + host + "]:" + port;
  }

  /** True when the file JSch loaded holds no key at all for this host and port. */
  static boolean lacks(JSch jsch, String host, int port) {
    HostKey[] keys = jsch.getHostKeyRepository().getHostKey(hostName(host, port), null);
    return keys == null || keys.length == 0;
  }

  static void create(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, "", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new InfrastructureException(
          "cannot create known_hosts file " + file + ": " + e,
          "check the directory's permissions",
          e);
    }
  }

  /** Records the key a first contact presented, unless JSch already wrote it. */
  static void record(Path file, String host, int port, HostKey key) {
    String line = hostName(host, port) + " " + key.getType() + " " + key.getKey();
    try {
      if (Files.readAllLines(file).stream().anyMatch(l -> l.trim().equals(line))) {
        return;
      }
      Files.writeString(file, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new InfrastructureException(
          "cannot record the host key of " + host + ":" + port + " in " + file + ": " + e,
          "make " + file + " writable or add the key yourself (ssh-keyscan)",
          e);
    }
  }
}
