package org.hexo.ci.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Removes Docker containers that a hexo-ci session started and left behind when it was killed:
 * every container carrying {@link SessionLabels#SESSION} (and the extra labels asked for) whose
 * owning process is gone.
 */
public final class Reaper {
  private Reaper() {}

  /**
   * Removes leftovers and returns their names.
   *
   * @param dryRun only report what would be removed
   * @param labels further {@code key=value} labels a leftover must carry (e.g. a board kind)
   * @param afterRemoval cleanup on this host for a removed container, given its labels
   */
  public static List<String> reap(
      boolean dryRun, Map<String, String> labels, Consumer<Map<String, String>> afterRemoval) {
    DockerClient docker = Docker.client();
    List<String> filter = new ArrayList<>(List.of(SessionLabels.SESSION));
    labels.forEach((k, v) -> filter.add(k + "=" + v));
    List<String> removed = new ArrayList<>();
    for (Container c :
        docker.listContainersCmd().withShowAll(true).withLabelFilter(filter).exec()) {
      Map<String, String> own = c.getLabels() == null ? Map.of() : c.getLabels();
      if (!SessionLabels.isGone(own)) {
        continue;
      }
      String name = c.getNames() == null || c.getNames().length == 0 ? c.getId() : c.getNames()[0];
      if (!dryRun) {
        docker.removeContainerCmd(c.getId()).withForce(true).withRemoveVolumes(true).exec();
        afterRemoval.accept(own);
      }
      removed.add(name.startsWith("/") ? name.substring(1) : name);
    }
    return removed;
  }
}
