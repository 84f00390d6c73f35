package org.hexo.ci.jenkins.cps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * hexoMigrationTest(fanOut: true): plan, cells over agents and locked boards, retries, merge, with
 * the CLI's plan/cell/merge/board-check contract played by the stand-in CLI.
 */
class FanOutCpsTest {
  private static final String ONE_CELL =
      "{\"schema\":\"hexo-ci/matrix-plan/v1\",\"cells\":[{\"id\":\"is/S/cr/x86-to-arm/timer:1/label:qemu-user\","
          + "\"slug\":\"is_S\",\"target\":\"label:qemu-user\",\"label\":\"qemu-user\","
          + "\"builds\":[{\"app\":\"is\",\"class\":\"S\"}],\"repeat\":1,\"leaseTimeoutSeconds\":900}],"
          + "\"skipped\":[]}";

  @TempDir Path home;
  private Lab lab;
  private CpsPipeline p;

  @BeforeEach
  void setUp() throws Exception {
    lab = new Lab(home);
    p = lab.p.agent("lab-a", Set.of("lab-a"), Map.of()).agent("lab-b", Set.of("lab-b"), Map.of());
  }

  private Object fanOut(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cli", lab.cli.toString());
    m.put("matrix", "m.yaml");
    m.put("reportDir", "reports/nightly");
    m.put("fanOut", true);
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return p.step("hexoMigrationTest", m);
  }

  private List<CpsPipeline.Call> cellRuns() {
    return p.calls("sh").stream()
        .filter(c -> c.arg("label").startsWith("hexo-ci matrix cell"))
        .toList();
  }

  @Test
  void cellsRunAtTheSameTimeOnTheAgentsOfTheirBoards() throws Exception {
    p.resource("lab-a:qemu-user", "qemu-user").resource("lab-b:qemu-user", "qemu-user");
    // both cells must be inside `matrix cell` together: run one after the other, this times out
    CyclicBarrier both = new CyclicBarrier(2);
    p.beforeSh(
        c -> {
          if (c.arg("label").startsWith("hexo-ci matrix cell")) {
            try {
              both.await(30, TimeUnit.SECONDS);
            } catch (Exception e) {
              throw new AssertionError("the cells did not run concurrently", e);
            }
          }
        });

    Object r = fanOut();

    assertThat(p.result()).as(p.log()).isEqualTo("SUCCESS");
    assertThat(cellRuns())
        .extracting(CpsPipeline.Call::agent)
        .containsExactlyInAnyOrder("lab-a", "lab-b");
    assertThat(lab.commands()).startsWith("matrix plan").endsWith("matrix merge");
    List<String> merge = lab.calls().get(lab.calls().size() - 1);
    assertThat(merge)
        .containsSubsequence("--plan", "fanout/plan.json", "--report", "reports/nightly");
    assertThat(merge.stream().filter(a -> a.startsWith("fanout/cells/")).count()).isEqualTo(2);
    assertThat(Lab.map(Lab.map(r).get("verdicts"))).containsEntry("PASS", 2);
    assertThat(p.log()).contains("skipped: no board matches label:qemu-system");
  }

  @Test
  void aBoardIsLeasedToOneCellAtATime() throws Exception {
    p.resource("lab-a:qemu-user", "qemu-user");
    Map<String, AtomicInteger> holders = new ConcurrentHashMap<>();
    List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
    p.beforeSh(
        c -> {
          if (c.arg("label").startsWith("hexo-ci matrix cell")) {
            AtomicInteger n =
                holders.computeIfAbsent(c.env().get("HEXO_LEASE"), k -> new AtomicInteger());
            seen.add(n.incrementAndGet());
            n.decrementAndGet();
          }
        });

    fanOut();

    assertThat(p.result()).as(p.log()).isEqualTo("SUCCESS");
    assertThat(seen).hasSize(2).containsOnly(1);
    List<String> order =
        p.calls().stream()
            .filter(c -> c.step().startsWith("lock."))
            .map(CpsPipeline.Call::step)
            .toList();
    assertThat(order)
        .as("the second cell gets the board only once the first gave it back")
        .containsExactly("lock.acquired", "lock.released", "lock.acquired", "lock.released");
  }

  @Test
  void anInfrastructureErrorIsRetriedOnAnotherBoard() throws Exception {
    Path plan = Files.writeString(home.resolve("plan.json"), ONE_CELL);
    p.env("FAKE_PLAN", plan.toString())
        .env("FAKE_BROKEN_BOARDS", "potato0")
        .resource("lab-a:potato0", "qemu-user")
        .resource("lab-b:potato1", "qemu-user");

    Object r = fanOut();

    assertThat(p.result()).as(p.log()).isEqualTo("SUCCESS");
    assertThat(cellRuns())
        .extracting(c -> c.env().get("HEXO_CELL_BOARD"))
        .as("the retry runs while the broken board is still held: it gets the other one")
        .containsExactly("potato0", "potato1");
    assertThat(lab.commands()).contains("board check");
    assertThat(Lab.map(r).get("exitCode")).isEqualTo(0);
  }

  @Test
  void retriesAreBoundedAndTheCellEndsInError() throws Exception {
    Path plan = Files.writeString(home.resolve("plan.json"), ONE_CELL);
    p.env("FAKE_PLAN", plan.toString())
        .env("FAKE_BROKEN_BOARDS", "potato0 potato1 potato2")
        .resource("lab-a:potato0", "qemu-user")
        .resource("lab-b:potato1", "qemu-user")
        .resource("lab-b:potato2", "qemu-user");

    Object r = fanOut("retries", 1);

    assertThat(p.result()).isEqualTo("FAILURE");
    assertThat(cellRuns()).hasSize(2);
    assertThat(p.log()).contains("infrastructure or internal failure (exit 3)");
    assertThat(r).isNull();
  }

  @Test
  void anAbortWhileCellsRunStillMergesAndPublishesWhatRan() throws Exception {
    p.resource("lab-a:qemu-user", "qemu-user");
    AtomicInteger cells = new AtomicInteger();
    p.beforeSh(
        c -> {
          if (c.arg("label").startsWith("hexo-ci matrix cell") && cells.incrementAndGet() == 2) {
            throw new CpsPipeline.Interrupted("Aborted by admin");
          }
        });

    fanOut();

    assertThat(p.result()).isEqualTo("ABORTED");
    assertThat(p.calls("unstash").stream().map(c -> c.arg("name")))
        .as("the cell that ran")
        .anyMatch(n -> n.startsWith("hexo-cell-"));
    assertThat(lab.commands()).endsWith("matrix merge");
    assertThat(p.calls("publishHTML")).hasSize(1);
    assertThat(p.calls("junit")).hasSize(1);
  }
}
