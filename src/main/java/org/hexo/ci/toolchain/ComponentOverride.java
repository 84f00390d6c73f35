package org.hexo.ci.toolchain;

import java.util.Optional;
import org.hexo.ci.UsageException;

/**
 * A replacement of one repository of a spec, as given on the command line: {@code name=<url>@<ref>}
 * (a fork at a ref, e.g. {@code newlib=https://github.com/me/newlib@refs/pull/12/head}) or {@code
 * name=@<ref>} (another ref of the same repository).
 *
 * @param component a component name or {@value ToolchainSpec#INSTALLER}
 * @param url the new repository, empty to keep the spec's
 * @param ref the ref to build
 */
public record ComponentOverride(String component, Optional<String> url, String ref) {

  public ComponentOverride {
    url = url.filter(u -> !u.isBlank());
  }

  /** Parses {@code name=<url>@<ref>}; the ref follows the last {@code @}. */
  public static ComponentOverride parse(String text) {
    String usage =
        "write --override <component>=<url>@<ref>, e.g. newlib=https://host/newlib.git@refs/pull/12/head";
    int eq = text == null ? -1 : text.indexOf('=');
    if (eq <= 0) {
      throw new UsageException("--override '" + text + "' has no component name", usage);
    }
    String name = text.substring(0, eq).trim();
    String rest = text.substring(eq + 1).trim();
    int at = rest.lastIndexOf('@');
    if (at < 0 || at == rest.length() - 1) {
      throw new UsageException("--override '" + text + "' has no @<ref>", usage);
    }
    String ref = rest.substring(at + 1).trim();
    if (ref.contains(" ") || ref.contains("..") || ref.endsWith("/")) {
      throw new UsageException("--override '" + text + "': '" + ref + "' is not a git ref", usage);
    }
    return new ComponentOverride(name, Optional.of(rest.substring(0, at).trim()), ref);
  }
}
