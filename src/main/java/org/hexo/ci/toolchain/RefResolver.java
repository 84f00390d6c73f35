package org.hexo.ci.toolchain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.UsageException;

/**
 * Resolves every ref of a spec to a commit id with {@code git ls-remote} (JGit), without cloning,
 * and returns the {@link ToolchainManifest}. Each repository is listed once per resolution.
 */
public final class RefResolver {
  private final Map<String, Collection<Ref>> listed = new HashMap<>();

  /** Resolves {@code spec} into its manifest. */
  public ToolchainManifest resolve(ToolchainSpec spec) {
    Repository inst = spec.installer();
    ResolvedRepo installer =
        new ResolvedRepo(
            ToolchainSpec.INSTALLER, inst.url(), inst.ref(), commitOf(inst.url(), inst.ref()), "*");
    List<ResolvedRepo> comps = new ArrayList<>();
    for (Component c : spec.components()) {
      comps.add(new ResolvedRepo(c.name(), c.url(), c.ref(), commitOf(c.url(), c.ref()), c.step()));
    }
    return new ToolchainManifest(
        spec.name(),
        installer,
        comps,
        spec.steps(),
        spec.installCommand(),
        spec.stepFlag(),
        spec.buildArgs());
  }

  /** The commit {@code ref} names in the repository at {@code url}. */
  public String commitOf(String url, String ref) {
    if (ref.matches("[0-9a-f]{40}")) {
      return ref;
    }
    Collection<Ref> refs = listed.computeIfAbsent(url, RefResolver::lsRemote);
    List<String> candidates =
        ref.startsWith("refs/")
            ? List.of(ref)
            : List.of("refs/heads/" + ref, "refs/tags/" + ref, "refs/" + ref);
    for (String name : candidates) {
      for (Ref r : refs) {
        if (r.getName().equals(name)) {
          ObjectId id = r.getPeeledObjectId() != null ? r.getPeeledObjectId() : r.getObjectId();
          return id.name();
        }
      }
    }
    throw new UsageException(
        "ref '" + ref + "' does not exist in repository " + url,
        "check the spelling of the ref (tried " + String.join(", ", candidates) + ")");
  }

  private static Collection<Ref> lsRemote(String url) {
    try {
      return Git.lsRemoteRepository().setRemote(url).setHeads(false).setTags(false).call();
    } catch (GitAPIException | RuntimeException e) {
      throw new InfrastructureException(
          "cannot list refs of repository " + url + ": " + e.getMessage(),
          "check the URL and that the host is reachable from this machine",
          e);
    }
  }
}
