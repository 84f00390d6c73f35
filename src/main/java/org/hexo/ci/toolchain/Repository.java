package org.hexo.ci.toolchain;

/**
 * A git repository at a ref, as named in a spec (the installer's own repository).
 *
 * @param url where to resolve and fetch it
 * @param ref branch, tag, full ref or commit id
 */
public record Repository(String url, String ref) {
  public Repository {
    url = Component.required("url", url, ToolchainSpec.INSTALLER);
    ref = Component.required("ref", ref, ToolchainSpec.INSTALLER);
  }
}
