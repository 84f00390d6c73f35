package org.hexo.ci.toolchain;

import java.util.List;
import org.hexo.ci.HexoCiException;

/**
 * A toolchain component failed to build inside a healthy build environment: the code under test is
 * broken (a PR that does not compile), not the machinery. The CLI exits 1 (tests failed) for it;
 * infrastructure failures of the same build exit 3.
 */
public final class ComponentBuildException extends HexoCiException {
  private final String step;
  private final List<String> components;

  public ComponentBuildException(String step, List<String> components, String detail, String log) {
    super(
        "toolchain step '"
            + step
            + "' failed building "
            + (components.isEmpty() ? "the installer's own sources" : String.join(", ", components))
            + ":\n"
            + detail,
        "read the full build log " + log + "; fix the component or override it with a working ref",
        null);
    this.step = step;
    this.components = List.copyOf(components);
  }

  public String step() {
    return step;
  }

  public List<String> components() {
    return components;
  }
}
