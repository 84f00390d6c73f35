package org.hexo.ci.board.local;

import java.util.ArrayList;
import java.util.List;
import org.hexo.ci.UsageException;
import org.hexo.ci.board.Archs;
import org.hexo.ci.board.Board;
import org.hexo.ci.board.BoardProvider;
import org.hexo.ci.board.BoardSpec;
import org.hexo.ci.board.container.ContainerBoard;
import org.hexo.ci.config.HexoConfig;

/**
 * Opens {@code local} boards: host processes with work directories under the report directory, or,
 * with option {@code image}, a container of that image (e.g. the toolchain image) with /dev/kvm and
 * its work directories under {@code <report-dir>/boards/}.
 */
public final class LocalProvider implements BoardProvider {
  @Override
  public String kind() {
    return "local";
  }

  @Override
  public Board open(BoardSpec spec, HexoConfig config) {
    if (spec.arch() != null && !spec.arch().equals(Archs.host())) {
      throw new UsageException(
          "board '" + spec.name() + "': arch " + spec.arch() + " but this host is " + Archs.host(),
          "use a qemu-user or ssh board for " + spec.arch());
    }
    String image = spec.option("image");
    if (image != null) {
      return ContainerBoard.local(spec.name(), image, config.reportDir().resolve("boards"));
    }
    return new LocalBoard(spec.name(), config.reportDir().resolve("work").resolve(spec.name()));
  }

  @Override
  public String state(BoardSpec spec, HexoConfig config) {
    return "ready";
  }

  /**
   * Stops local legs whose hexo-ci process is gone and removes the containers of local boards with
   * an image whose session was killed.
   */
  @Override
  public List<String> reap(boolean dryRun) {
    List<String> reaped = new ArrayList<>(LegRecords.reap(dryRun));
    reaped.addAll(ContainerBoard.reap(kind(), dryRun));
    return reaped;
  }
}
