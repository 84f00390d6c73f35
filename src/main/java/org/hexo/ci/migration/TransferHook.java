package org.hexo.ci.migration;

import java.nio.file.Path;

/**
 * Sees each checkpoint file on the host between its fetch from the sending board and its put to the
 * receiving one. For fault injection in tests (corrupting a file in transfer); production runs use
 * {@link #NONE}.
 */
@FunctionalInterface
public interface TransferHook {
  TransferHook NONE = file -> {};

  void fetched(Path hostCopy);
}
