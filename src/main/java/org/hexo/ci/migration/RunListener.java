package org.hexo.ci.migration;

/** Receives {@link RunEvent}s. Called on the runner's threads; must not throw. */
@FunctionalInterface
public interface RunListener {
  void on(RunEvent event);
}
