package org.hexo.ci.board.container;

import java.util.List;
import org.hexo.ci.docker.BaseImage;
import org.hexo.ci.docker.Docker;

/**
 * The arm64 board userland image: Debian bookworm minbase with OpenSSH server and procps, made by
 * {@link BaseImage} (debootstrap {@code --arch=arm64} under qemu-user, then {@code docker import};
 * a few minutes the first time, then found by tag) and also tagged {@code hexo-board-arm64:<hash>},
 * the name scripts and people look for. The qemu-user driver and the SSH tests share it.
 */
public final class BoardImage {
  public static final String REPOSITORY = "hexo-board-arm64";
  static final List<String> PACKAGES = List.of("openssh-server", "procps");

  private BoardImage() {}

  /** The tag of the image, whether or not it exists yet. */
  public static String tag() {
    String base = BaseImage.tagFor("arm64", "bookworm", PACKAGES);
    return REPOSITORY + ":" + base.substring(base.lastIndexOf('-') + 1);
  }

  /** Makes the image unless the daemon has it; returns its tag. */
  public static synchronized String ensure() {
    String tag = tag();
    if (!Docker.hasImage(tag)) {
      String base = BaseImage.ensure("arm64", "bookworm", PACKAGES);
      Docker.client().tagImageCmd(base, REPOSITORY, tag.substring(tag.indexOf(':') + 1)).exec();
    }
    return tag;
  }
}
