package org.hexo.ci.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.migration.MigrationResult;
import org.hexo.ci.migration.RunEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Report directories shared by concurrent runs, each its own writer as separate processes are. */
class ReportDirectoryTest {
  @TempDir Path tmp;

  /** The fixture {@code r} as if it had run in {@code dir}. */
  private static MigrationResult in(Path dir, MigrationResult r) throws Exception {
    Path run = Files.createDirectories(dir.resolve(r.testName()));
    return new MigrationResult(
        r.spec(),
        r.testName(),
        r.verdict(),
        r.message(),
        r.remedy(),
        r.checks(),
        r.phases(),
        r.legs(),
        r.transfers(),
        r.manifest(),
        r.boards(),
        run,
        r.startedAt(),
        r.points());
  }

  @Test
  void concurrentRunsIntoOneDirectoryAllStayListed() throws Exception {
    Path dir = tmp.resolve("report");
    List<MigrationResult> results =
        List.of(in(dir, Fixtures.pass()), in(dir, Fixtures.fail()), in(dir, Fixtures.error()));
    ExecutorService pool = Executors.newFixedThreadPool(3);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (MigrationResult r : results) {
      done.add(
          pool.submit(
              () -> {
                go.await();
                new ReportWriter(dir).on(new RunEvent.Finished(r));
                return null;
              }));
    }
    go.countDown();
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();

    String index = Files.readString(dir.resolve(ReportDirectory.INDEX));
    for (MigrationResult r : results) {
      assertThat(dir.resolve("TEST-" + r.testName() + ".xml")).exists();
      assertThat(r.runDir().resolve(JsonReport.FILE)).exists();
      assertThat(index).as("index.html lists " + r.testName()).contains(r.testName());
    }
    assertThat(index).contains(">FAIL<", ">ERROR<", ">PASS<");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("no temporary file is left")
          .noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void aResultReadsBackAsItWasWritten() throws Exception {
    MigrationResult r = Fixtures.fail();
    MigrationResult back = ResultJson.read(ResultJson.render(r));
    assertThat(ResultJson.render(back))
        .as("what the index is made of says what result.json says")
        .isEqualTo(ResultJson.render(r));
  }

  @Test
  void aResultOfAnAppWithoutClassesReadsBack() throws Exception {
    Path app = Files.createDirectories(tmp.resolve("paced"));
    Files.writeString(app.resolve("paced.c"), "int main(void) { return 0; }\n");
    String json =
        ResultJson.render(Fixtures.fail())
            .replaceAll("\"appDir\"\\s*:\\s*\"[^\"]*\"", "\"appDir\":\"" + app + "\"")
            .replaceAll("\"class\"\\s*:\\s*\"[^\"]*\"", "\"class\":null");
    assertThat(json).contains("\"class\":null");
    assertThat(ResultJson.read(json).spec().appClass()).isNull();
  }

  @Test
  void aReportThatCannotBeWrittenIsAnInfrastructureErrorNamingTheFile() throws Exception {
    Path dir = tmp.resolve("report");
    MigrationResult r = in(dir, Fixtures.pass());
    Path junit = Files.createDirectories(dir.resolve("TEST-" + r.testName() + ".xml"));
    Files.writeString(junit.resolve("occupied"), "a directory where the file should go");
    ReportWriter w = new ReportWriter(dir);

    assertThatThrownBy(() -> w.on(new RunEvent.Finished(r)))
        .isInstanceOf(InfrastructureException.class)
        .hasMessageContaining("cannot write the report " + junit);
    assertThat(w.failure()).isPresent();
    assertThat(w.junitFiles()).as("the summary names only files written").isEmpty();
  }
}
