package org.hexo.ci.jenkins.cps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmokeCpsTest {
  @TempDir Path home;

  @Test
  void nightlyRuns() throws Exception {
    Path cli = Fixture.fakeCli(home.resolve("bin"));
    CpsPipeline p =
        new CpsPipeline(Fixture.ROOT, home)
            .env("FAKE_LOG", home.resolve("fake.log").toString())
            .env("HEXO_CI_CLI", cli.toString())
            .credential("hexo-boards", "/secrets/boards.yaml")
            .credential("hexo-board-ssh", "/secrets/id");
    String r = p.runJenkinsfile();
    System.out.println(p.log());
    p.calls().forEach(System.out::println);
    assertThat(r).isEqualTo("SUCCESS");
  }
}
