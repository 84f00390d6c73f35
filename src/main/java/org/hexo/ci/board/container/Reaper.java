package org.hexo.ci.board.container;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Removes Docker containers that a hexo-ci session started and left behind when it was killed:
 * every container carrying {@link SessionLabels#SESSION} whose owning process is gone, with the
 * board work root on this host its label names.
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
        workRootOf(labels).ifPresent(WorkRoot::delete);
      }
      removed.add(name.startsWith("/") ? name.substring(1) : name);
    }
    return removed;
  }

  /**
   * The work root a board container's label names, when it is one a board of that session made
   * ({@code .../<board>-<session>}); a label never leads the reaper to delete anything else.
   */
  static Optional<Path> workRootOf(Map<String, String> labels) {
    String root = labels.get(ContainerBoard.WORK_ROOT_LABEL);
    String session = labels.get(SessionLabels.SESSION);
    if (root == null || session == null || session.isEmpty() || !root.startsWith("/")) {
      return Optional.empty();
    }
    Path p = Path.of(root).normalize();
    boolean ours = p.getFileName() != null && p.getFileName().toString().endsWith("-" + session);
    return ours ? Optional.of(p) : Optional.empty();
  }
}
