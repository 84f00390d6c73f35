package org.hexo.ci.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
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
    Map<String, String> dead = new HashMap<>(SessionLabels.current());
    dead.put(SessionLabels.SESSION, "dead-session");
    dead.put(SessionLabels.STARTED, "1");
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
