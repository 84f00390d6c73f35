package org.hexo.ci.app;

import org.hexo.ci.HexoCiException;

/**
 * The application did not compile with the toolchain under test: a test failure (CLI exit 1), not
 * an infrastructure one. The message carries the compiler's last lines.
 */
public final class AppBuildException extends HexoCiException {
  public AppBuildException(String message, String remedy) {
    super(message, remedy, null);
  }
}
