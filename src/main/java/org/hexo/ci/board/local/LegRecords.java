package org.hexo.ci.board.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A file per running local leg in this host's temporary directory: the leg's pid and start time and
 * those of the hexo-ci process that owns it. Normally a leg dies with its owner (its parent-death
 * signal); where the native helper is missing, or for a leg started by an older hexo-ci, {@link
 * #reap} finds legs whose owner is gone and stops them, their process trees with them. The file
 * goes when the leg exits. Pid and start time together name a process: a reused pid never matches.
 */
final class LegRecords {
  static final Path DIR = Path.of(System.getProperty("java.io.tmpdir"), "hexo-ci-legs");

  private LegRecords() {}

  /** Records a leg just started in {@code workDir}; the record removes itself when it exits. */
  static void track(Process leg, Path workDir) {
    ProcessHandle self = ProcessHandle.current();
    Optional<Instant> started = leg.info().startInstant();
    Optional<Instant> ownerStarted = self.info().startInstant();
    if (started.isEmpty() || ownerStarted.isEmpty()) {
      return; // nothing to match a pid against later; the parent-death signal still applies
    }
    Properties p = new Properties();
    p.setProperty("pid", Long.toString(leg.pid()));
    p.setProperty("start", Long.toString(started.get().toEpochMilli()));
    p.setProperty("owner", Long.toString(self.pid()));
    p.setProperty("ownerStart", Long.toString(ownerStarted.get().toEpochMilli()));
    p.setProperty("workDir", workDir.toString());
    Path file = DIR.resolve(leg.pid() + "-" + started.get().toEpochMilli() + ".leg");
    try {
      Files.createDirectories(DIR);
      try (var out = Files.newBufferedWriter(file)) {
        p.store(out, "hexo-ci local leg");
      }
    } catch (IOException e) {
      return; // best effort: a leg without a record still dies with its owner
    }
    leg.onExit().thenRun(() -> delete(file));
  }

  /**
   * Stops legs whose owning hexo-ci process is gone and drops their records; with {@code dryRun}
   * only lists them.
   *
   * @return one line per leg found: pid, command, owner and work directory
   */
  static List<String> reap(boolean dryRun) {
    List<String> found = new ArrayList<>();
    if (!Files.isDirectory(DIR)) {
      return found;
    }
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path f : files.filter(x -> x.toString().endsWith(".leg")).toList()) {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(f)) {
          p.load(in);
        } catch (IOException | IllegalArgumentException e) {
          continue;
        }
        long owner = number(p, "owner");
        if (running(owner, number(p, "ownerStart")).isPresent()) {
          continue;
        }
        Optional<ProcessHandle> leg = running(number(p, "pid"), number(p, "start"));
        if (leg.isPresent()) {
          found.add(
              "leg pid "
                  + leg.get().pid()
                  + " ("
                  + leg.get().info().command().orElse("?")
                  + ") of hexo-ci pid "
                  + owner
                  + ", gone; work dir "
                  + p.getProperty("workDir"));
          if (!dryRun) {
            List<ProcessHandle> tree = leg.get().descendants().toList();
            leg.get().destroyForcibly();
            tree.forEach(ProcessHandle::destroyForcibly);
          }
        }
        if (!dryRun) {
          delete(f);
        }
      }
    } catch (IOException e) {
      return found;
    }
    return found;
  }

  /** The process with this pid if it is still the one that started at {@code startMillis}. */
  private static Optional<ProcessHandle> running(long pid, long startMillis) {
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(
            h ->
                h.info()
                    .startInstant()
                    .map(i -> Math.abs(i.toEpochMilli() - startMillis) < 1000)
                    .orElse(false));
  }

  private static long number(Properties p, String key) {
    try {
      return Long.parseLong(p.getProperty(key, "-1"));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static void delete(Path f) {
    try {
      Files.deleteIfExists(f);
    } catch (IOException e) {
      // gc removes it later
    }
  }
}
