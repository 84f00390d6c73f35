package org.hexo.ci.report.matrix;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hexo.ci.UsageException;
import org.hexo.ci.matrix.MatrixResult;

/** Reads and writes {@code matrix.json}, the one result file of a matrix run. */
public final class MatrixJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private MatrixJson() {}

  public static void write(MatrixResult result, Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    MAPPER.writeValue(file.toFile(), result);
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
