package org.hexo.ci.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hexo.ci.board.TestBoards;
import org.junit.jupiter.api.Test;

class ReaperIT {
  @Test
  void removesContainersOfDeadSessionsOnly() {
    String image = TestBoards.armImage();
    DockerClient docker = Docker.client();
    Map<String, String> dead = deadSession();
    String deadId = create(docker, image, dead, "hexo-reaper-it-dead");
    String liveId = create(docker, image, SessionLabels.current(), "hexo-reaper-it-live");
    try {
      List<String> removed = Reaper.reap(false, Map.of(), labels -> {});
      assertThat(removed).contains("hexo-reaper-it-dead").doesNotContain("hexo-reaper-it-live");
      assertThat(docker.listContainersCmd().withShowAll(true).withIdFilter(List.of(deadId)).exec())
          .isEmpty();
      assertThat(docker.listContainersCmd().withShowAll(true).withIdFilter(List.of(liveId)).exec())
          .hasSize(1);
    } finally {
      docker.removeContainerCmd(liveId).withForce(true).exec();
    }
  }

  @Test
  void reapsOnlyContainersCarryingTheLabelsAskedForAndCleansUpAfterThem() {
    String image = TestBoards.armImage();
    DockerClient docker = Docker.client();
    Map<String, String> dead = deadSession();
    Map<String, String> mine = new HashMap<>(dead);
    mine.put("org.hexo.ci.test.kind", "mine");
    Map<String, String> other = new HashMap<>(dead);
    other.put("org.hexo.ci.test.kind", "other");
    String mineId = create(docker, image, mine, "hexo-reaper-it-mine");
    String otherId = create(docker, image, other, "hexo-reaper-it-other");
    List<Map<String, String>> cleaned = new ArrayList<>();
    try {
      List<String> removed =
          Reaper.reap(false, Map.of("org.hexo.ci.test.kind", "mine"), cleaned::add);
      assertThat(removed).containsExactly("hexo-reaper-it-mine");
      assertThat(cleaned)
          .as("cleanup ran once, with the removed container's labels")
          .containsExactly(mine);
      assertThat(docker.listContainersCmd().withShowAll(true).withIdFilter(List.of(otherId)).exec())
          .as("a dead container of another kind is left to its own reaper")
          .hasSize(1);
    } finally {
      docker.removeContainerCmd(otherId).withForce(true).exec();
      if (!docker
          .listContainersCmd()
          .withShowAll(true)
          .withIdFilter(List.of(mineId))
          .exec()
          .isEmpty()) {
        docker.removeContainerCmd(mineId).withForce(true).exec();
      }
    }
  }

  /** Labels of a session whose process is gone (its start time does not match). */
  private static Map<String, String> deadSession() {
    Map<String, String> dead = new HashMap<>(SessionLabels.current());
    dead.put(SessionLabels.SESSION, "dead-session");
    dead.put(SessionLabels.STARTED, "1");
    return dead;
  }

  private static String create(
      DockerClient docker, String image, Map<String, String> labels, String name) {
    return docker
        .createContainerCmd(image)
        .withName(name)
        .withLabels(labels)
        .withCmd("true")
        .exec()
        .getId();
  }
}
