package org.hexo.ci.toolchain;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * One repository of a manifest: where it came from, the ref asked for and the commit it named at
 * resolution time.
 *
 * @param name component name, or {@value ToolchainSpec#INSTALLER}
 * @param url the repository resolved
 * @param ref the ref as given in the spec or override
 * @param commit the 40-hex commit id the ref pointed to
 * @param step the installer step it feeds ({@code *} for the installer, which feeds all)
 */
@JsonPropertyOrder({"name", "url", "ref", "commit", "step"})
public record ResolvedRepo(String name, String url, String ref, String commit, String step) {
  public ResolvedRepo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(step, "step");
    if (commit == null || !commit.matches("[0-9a-f]{40}")) {
      throw new IllegalArgumentException(name + ": commit must be 40 hex digits, got " + commit);
    }
  }
}
