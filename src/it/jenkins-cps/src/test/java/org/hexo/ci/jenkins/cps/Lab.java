package org.hexo.ci.jenkins.cps;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A pipeline on the hexo-ci checkout with the stand-in CLI installed and its call log. */
final class Lab {
  final Path home;
  final Path cli;
  final Path log;
  final CpsPipeline p;

  Lab(Path home) throws IOException {
    this.home = home;
    this.cli = Fixture.fakeCli(home.resolve("bin"));
    this.log = home.resolve("fake-hexo-ci.log");
    this.p =
        new CpsPipeline(Fixture.ROOT, home)
            .env("FAKE_LOG", log.toString())
            .env("HEXO_CI_CLI", cli.toString())
            .env("HEXO_CI_HOME", Fixture.ROOT.toString())
            .env("JOB_NAME", "hexo-nightly")
            .credential("hexo-boards", "/secrets/boards.yaml")
            .credential("hexo-board-ssh", "/secrets/id_ed25519");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object o) {
    return (List<Object>) o;
  }

  List<List<String>> calls() throws IOException {
    return Fixture.invocations(log);
  }

  /** "matrix run", "toolchain build", ... of each CLI call, in order. */
  List<String> commands() throws IOException {
    return calls().stream()
        .map(a -> a.size() < 2 ? String.join(" ", a) : a.get(0) + " " + a.get(1))
        .toList();
  }

  /** A directory holding an archived matrix.json, as an earlier build's artifacts. */
  Path artifacts(String name, String matrixJson) throws IOException {
    Path d =
        Files.createDirectories(home.resolve("builds").resolve(name).resolve("reports/nightly"));
    Files.writeString(d.resolve("matrix.json"), matrixJson);
    return home.resolve("builds").resolve(name);
  }
}
