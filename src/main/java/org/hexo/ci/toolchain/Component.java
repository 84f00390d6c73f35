package org.hexo.ci.toolchain;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One git repository the toolchain installer clones, and where hexo-ci takes it from.
 *
 * @param name short name, unique in a spec ({@code hermit}, {@code newlib}); used by overrides
 * @param url where hexo-ci resolves and fetches the component (an upstream, a fork, a local mirror)
 * @param ref branch, tag, full ref ({@code refs/pull/12/head}) or commit id to build
 * @param step the installer step that builds it (its {@code --only-<step>-install})
 * @param cloneUrl the URL as written in the installer, redirected to hexo-ci's mirror in the build
 * @param cloneBranch the branch the installer checks out ({@code git clone -b}); the mirror carries
 *     the resolved commit under this name
 * @param pinEnv an environment variable through which the installer accepts an exact commit, if it
 *     has one ({@code HEXO_LITE_HERMIT_COMMIT})
 */
public record Component(
    String name,
    String url,
    String ref,
    String step,
    String cloneUrl,
    String cloneBranch,
    Optional<String> pinEnv) {

  static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");
  private static final Pattern ENV = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  public Component {
    name = required("name", name, name);
    if (!NAME.matcher(name).matches() || name.equals(ToolchainSpec.INSTALLER)) {
      throw new IllegalArgumentException(
          "component name '"
              + name
              + "' must match "
              + NAME
              + " and not be '"
              + ToolchainSpec.INSTALLER
              + "'");
    }
    url = required("url", url, name);
    ref = required("ref", ref, name);
    step = required("step", step, name);
    cloneUrl = cloneUrl == null || cloneUrl.isBlank() ? url : cloneUrl;
    cloneBranch = cloneBranch == null || cloneBranch.isBlank() ? branchOf(ref, name) : cloneBranch;
    pinEnv = Objects.requireNonNull(pinEnv, "pinEnv").filter(s -> !s.isBlank());
    if (pinEnv.isPresent() && !ENV.matcher(pinEnv.get()).matches()) {
      throw new IllegalArgumentException(
          "component "
              + name
              + ": pinEnv '"
              + pinEnv.get()
              + "' is not an environment variable name");
    }
  }

  /** A component whose installer clones {@code url} at branch {@code ref} and has no pin. */
  public static Component of(String name, String url, String ref, String step) {
    return new Component(name, url, ref, step, url, null, Optional.empty());
  }

  /** This component fetched from another repository and ref (a PR check); the rest is kept. */
  public Component withSource(String newUrl, String newRef) {
    return new Component(name, newUrl, newRef, step, cloneUrl, cloneBranch, pinEnv);
  }

  static String required(String field, String value, String owner) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(
          "component " + (owner == null ? "?" : owner) + ": '" + field + "' is required");
    }
    return value.trim();
  }

  private static String branchOf(String ref, String name) {
    if (ref.startsWith("refs/heads/")) {
      return ref.substring("refs/heads/".length());
    }
    if (ref.startsWith("refs/") || ref.matches("[0-9a-f]{40}")) {
      throw new IllegalArgumentException(
          "component "
              + name
              + ": ref '"
              + ref
              + "' is not a branch, so say which branch the installer clones with 'cloneBranch'");
    }
    return ref;
  }
}
