package org.hexo.ci.report;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.migration.MigrationResult;

/**
 * A report directory shared by any number of runs, in this process or others: each finished test
 * gets {@code <run dir>/result.json} and its own {@code TEST-<test>.xml} (as Surefire writes one
 * file per class), and {@value #INDEX} is regenerated from every {@code result.json} found, under
 * an exclusive lock on {@value #LOCK}. Every file is written to a temporary file and renamed, so a
 * reader never sees half of one and concurrent runs never drop each other's results.
 */
public final class ReportDirectory {
  public static final String INDEX = "index.html";
  static final String LOCK = ".hexo-ci-report.lock";

  private static final Map<Path, Object> MONITORS = new ConcurrentHashMap<>();

  private final Path dir;

  public ReportDirectory(Path dir) {
    this.dir = dir.toAbsolutePath().normalize();
  }

  public Path junitFile(String test) {
    return dir.resolve("TEST-" + test + ".xml");
  }

  public Path index() {
    return dir.resolve(INDEX);
  }

  /**
   * Writes the reports of the finished test {@code r}.
   *
   * @throws InfrastructureException naming the file that could not be written
   */
  public void publish(MigrationResult r) {
    write(r.runDir().resolve(JsonReport.FILE), ResultJson.render(r));
    write(junitFile(r.testName()), JunitXml.render("hexo-ci.migration", List.of(r)));
    mkdirs(dir);
    Path lock = dir.resolve(LOCK);
    // a file lock excludes other processes; threads of this one queue on the same monitor first
    synchronized (MONITORS.computeIfAbsent(lock, k -> new Object())) {
      try (FileChannel ch =
              FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock held = ch.lock()) {
        write(index(), HtmlSummary.render("hexo-ci migration tests", results()));
        HtmlSummary.writeStylesheet(dir);
      } catch (IOException e) {
        throw cannotWrite(lock, e);
      }
    }
  }

  /** Every result in the directory, oldest first; one that cannot be read back is left out. */
  private List<MigrationResult> results() {
    List<MigrationResult> out = new ArrayList<>();
    try (DirectoryStream<Path> runs = Files.newDirectoryStream(dir, Files::isDirectory)) {
      for (Path run : runs) {
        Path json = run.resolve(JsonReport.FILE);
        if (Files.isRegularFile(json)) {
          try {
            out.add(ResultJson.read(Files.readString(json)));
          } catch (IOException e) {
            System.err.println(
                "hexo-ci: " + json + " left out of " + INDEX + ": " + e.getMessage());
          }
        }
      }
    } catch (IOException e) {
      throw cannotWrite(index(), e);
    }
    out.sort(
        Comparator.comparing(MigrationResult::startedAt).thenComparing(MigrationResult::testName));
    return out;
  }

  /** Writes {@code content} to a temporary file next to {@code file} and renames it into place. */
  static void write(Path file, String content) {
    mkdirs(file.getParent());
    Path tmp =
        file.resolveSibling(
            "." + file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    try {
      Files.writeString(tmp, content);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // the write already failed; that is what the caller hears about
      }
      throw cannotWrite(file, e);
    }
  }

  private static void mkdirs(Path d) {
    try {
      Files.createDirectories(d);
    } catch (IOException e) {
      throw cannotWrite(d, e);
    }
  }

  private static InfrastructureException cannotWrite(Path file, IOException e) {
    return new InfrastructureException(
        "cannot write the report " + file + ": " + e,
        "make the report directory writable (--report DIR) and check free disk space",
        e);
  }
}
