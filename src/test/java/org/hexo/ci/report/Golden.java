package org.hexo.ci.report;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.hexo.ci.verify.UnifiedDiff;

/**
 * Golden-file comparison: fails with a unified line diff on mismatch. Run with {@code
 * -Dgolden.update=true} to rewrite the files after an intended change.
 */
public final class Golden {
  private static final Path DIR = Path.of("src/test/resources/report");

  private Golden() {}

  public static void assertMatches(String name, String actual) throws IOException {
    Path file = DIR.resolve(name);
    if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
      Files.createDirectories(DIR);
      Files.writeString(file, actual);
      if (!Boolean.getBoolean("golden.update")) {
        fail("golden file " + file + " was missing and has been written; check it and re-run");
      }
      return;
    }
    String expected = Files.readString(file);
    if (!expected.equals(actual)) {
      fail(
          "output differs from golden file "
              + file
              + " (re-run with -Dgolden.update=true if intended):\n"
              + UnifiedDiff.of(
                  name,
                  Arrays.asList(expected.split("\n", -1)),
                  "actual",
                  Arrays.asList(actual.split("\n", -1))));
    }
  }
}
