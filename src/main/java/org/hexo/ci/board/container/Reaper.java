package org.hexo.ci.board.container;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Removes Docker containers that a hexo-ci session started and left behind when it was killed:
 * every container carrying {@link SessionLabels#SESSION} whose owning process is gone.
 */
public final class Reaper {
  private Reaper() {}

  /**
   * Removes leftovers and returns their names.
   *
   * @param dryRun only report what would be removed
   */
  public static List<String> reap(boolean dryRun) {
    DockerClient docker = Docker.client();
    List<String> removed = new ArrayList<>();
    List<Container> labelled =
        docker
            .listContainersCmd()
            .withShowAll(true)
            .withLabelFilter(List.of(SessionLabels.SESSION))
            .exec();
    for (Container c : labelled) {
      Map<String, String> labels = c.getLabels() == null ? Map.of() : c.getLabels();
      if (!SessionLabels.isGone(labels)) {
        continue;
      }
      String name = c.getNames() == null || c.getNames().length == 0 ? c.getId() : c.getNames()[0];
      if (!dryRun) {
        docker.removeContainerCmd(c.getId()).withForce(true).withRemoveVolumes(true).exec();
      }
      removed.add(name.startsWith("/") ? name.substring(1) : name);
    }
    return removed;
  }
}
