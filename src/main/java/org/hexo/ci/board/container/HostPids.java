package org.hexo.ci.board.container;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * The pid on this host of a process inside a container, when the Docker daemon runs on this host
 * (its containers' processes are then this host's, in a pid namespace of their own). Signalling
 * that pid directly takes microseconds where a {@code docker exec kill} takes hundreds of
 * milliseconds on a busy host, long enough for an output-triggered program to pass the migration
 * point the signal was meant for.
 */
final class HostPids {
  private HostPids() {}

  /**
   * @param containerId the container's full id
   * @param initPid the host pid of the container's first process ({@code State.Pid})
   * @param pidInContainer the pid as the container sees it
   * @return empty when the daemon is elsewhere or the process is gone
   */
  static OptionalLong of(String containerId, long initPid, long pidInContainer) {
    Path init = Path.of("/proc", Long.toString(initPid));
    try {
      // a pid from a remote daemon may name an unrelated process here: its cgroup tells
      if (initPid < 1 || !Files.readString(init.resolve("cgroup")).contains(containerId)) {
        return OptionalLong.empty();
      }
      Path namespace = Files.readSymbolicLink(init.resolve("ns/pid"));
      try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
        return procs
            .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
            .filter(p -> inNamespace(p, namespace))
            .filter(p -> innermostPid(p) == pidInContainer)
            .mapToLong(p -> Long.parseLong(p.getFileName().toString()))
            .findFirst();
      }
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    }
  }

  private static boolean inNamespace(Path proc, Path namespace) {
    try {
      return Files.readSymbolicLink(proc.resolve("ns/pid")).equals(namespace);
    } catch (IOException e) {
      return false;
    }
  }

  /** The last field of {@code NSpid:}: the pid in the process's own namespace. */
  private static long innermostPid(Path proc) {
    try {
      for (String line : Files.readAllLines(proc.resolve("status"))) {
        if (line.startsWith("NSpid:")) {
          String[] f = line.substring(6).trim().split("\\s+");
          return Long.parseLong(f[f.length - 1]);
        }
      }
    } catch (IOException | RuntimeException e) {
      // exited while we looked
    }
    return -1;
  }
}
