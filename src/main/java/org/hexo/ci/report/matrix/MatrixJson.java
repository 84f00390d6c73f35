package org.hexo.ci.report.matrix;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.hexo.ci.UsageException;
import org.hexo.ci.matrix.CellResult;
import org.hexo.ci.matrix.MatrixResult;

/** Reads and writes {@code matrix.json}, the one result file of a matrix run. */
public final class MatrixJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private MatrixJson() {}

  /**
   * Writes {@code result} atomically (a temporary file renamed over {@code file}), so a reader, or
   * a run killed while writing, never sees half a file: a run rewrites it after every cell.
   */
  public static void write(MatrixResult result, Path file) throws IOException {
    writeAtomically(result, file);
  }

  /** Writes one cell's result, a {@code cells[]} element of matrix.json ({@code matrix cell}). */
  public static void writeCell(CellResult cell, Path file) throws IOException {
    writeAtomically(cell, file);
  }

  /** Reads a {@code cell.json} that {@code matrix cell} wrote. */
  public static CellResult readCell(Path file) throws IOException {
    return MAPPER.readValue(file.toFile(), CellResult.class);
  }

  private static void writeAtomically(Object value, Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
    try {
      MAPPER.writeValue(tmp.toFile(), value);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  public static MatrixResult read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UsageException(
          "matrix result " + file + " does not exist",
          "pass the matrix.json a `hexo-ci matrix run` wrote into its --report directory");
    }
    try {
      return MAPPER.readValue(file.toFile(), MatrixResult.class);
    } catch (IOException e) {
      throw new UsageException(
          "matrix result " + file + " is not a matrix.json: " + e.getMessage(),
          "pass the matrix.json a `hexo-ci matrix run` wrote",
          e);
    }
  }
}
