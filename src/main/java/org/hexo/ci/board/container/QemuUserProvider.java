package org.hexo.ci.board.container;

import java.util.List;
import org.hexo.ci.board.Board;
import org.hexo.ci.board.BoardProvider;
import org.hexo.ci.board.BoardSpec;
import org.hexo.ci.config.HexoConfig;
import org.hexo.ci.docker.Docker;

/**
 * Opens {@code qemu-user} boards: makes the board image if needed (option {@code image} names
 * another one) and starts a container, its work directories under {@code <report-dir>/boards/}.
 */
public final class QemuUserProvider implements BoardProvider {
  @Override
  public String kind() {
    return "qemu-user";
  }

  @Override
  public Board open(BoardSpec spec, HexoConfig config) {
    String image = spec.option("image");
    return ContainerBoard.qemuUser(
        spec.name(),
        image != null ? image : BoardImage.ensure(),
        config.reportDir().resolve("boards"));
  }

  @Override
  public String state(BoardSpec spec, HexoConfig config) {
    String image = spec.option("image");
    String tag = image != null ? image : BoardImage.tag();
    return Docker.hasImage(tag) ? "image ready" : "image not built (" + tag + ")";
  }

  /** Removes the containers of qemu-user boards whose session was killed. */
  @Override
  public List<String> reap(boolean dryRun) {
    return ContainerBoard.reap(kind(), dryRun);
  }
}
