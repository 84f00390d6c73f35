package org.hexo.ci.board.container;

import java.util.List;
import org.hexo.ci.toolchain.BaseImage;

/**
 * The arm64 board userland image: Debian bookworm minbase with OpenSSH server and procps, made by
 * {@link BaseImage} (debootstrap {@code --arch=arm64} under qemu-user, then {@code docker import};
 * a few minutes the first time, then found by tag). The qemu-user driver and the SSH tests share
 * it.
 */
public final class BoardImage {
  static final List<String> PACKAGES = List.of("openssh-server", "procps");

  private BoardImage() {}

  /** The tag of the image, whether or not it exists yet. */
  public static String tag() {
    return BaseImage.tagFor("arm64", "bookworm", PACKAGES);
  }

  /** Makes the image unless the daemon has it; returns its tag. */
  public static String ensure() {
    return BaseImage.ensure("arm64", "bookworm", PACKAGES);
  }

  static boolean exists(String tag) {
    try {
      Docker.client().inspectImageCmd(tag).exec();
      return true;
    } catch (com.github.dockerjava.api.exception.NotFoundException e) {
      return false;
    }
  }
}
