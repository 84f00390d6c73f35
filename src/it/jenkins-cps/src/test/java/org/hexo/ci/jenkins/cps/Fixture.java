package org.hexo.ci.jenkins.cps;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The hexo-ci checkout under test and the stand-in CLI the pipelines call. */
final class Fixture {
  static final Path ROOT =
      Path.of(System.getProperty("hexo.root", "../../..")).toAbsolutePath().normalize();

  private Fixture() {}

  /** Installs {@code src/test/resources/jenkins/fake-hexo-ci} of the checkout, executable. */
  static Path fakeCli(Path dir) throws IOException {
    Path cli = Files.createDirectories(dir).resolve("fake-hexo-ci");
    try (InputStream in =
        Files.newInputStream(ROOT.resolve("src/test/resources/jenkins/fake-hexo-ci"))) {
      Files.write(cli, in.readAllBytes());
    }
    cli.toFile().setExecutable(true);
    return cli;
  }

  /** The argv of each call the fake CLI recorded in {@code log}. */
  static List<List<String>> invocations(Path log) throws IOException {
    List<List<String>> out = new ArrayList<>();
    if (!Files.exists(log)) {
      return out;
    }
    List<String> args = null;
    for (String line : Files.readAllLines(log)) {
      if (line.equals("--- call")) {
        args = new ArrayList<>();
        out.add(args);
      } else if (line.startsWith("arg ") && args != null) {
        args.add(line.substring(4));
      }
    }
    return out;
  }
}
