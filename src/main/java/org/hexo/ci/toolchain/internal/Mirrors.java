package org.hexo.ci.toolchain.internal;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.RefSpec;
import org.hexo.ci.InfrastructureException;

/**
 * Bare mirrors for a build context: each holds exactly the resolved commit (and its history) under
 * the branch the installer clones, fetched with JGit from the component's repository.
 */
public final class Mirrors {
  private Mirrors() {}

  /**
   * Fetches {@code ref} of {@code url} into a new bare repository at {@code dir} and points {@code
   * refs/heads/<branch>} (and HEAD) at {@code commit}, which the fetch must have brought.
   */
  public static void create(
      Path dir, String name, String url, String ref, String commit, String branch) {
    List<String> sources =
        ref.startsWith("refs/")
            ? List.of(ref)
            : ref.matches("[0-9a-f]{40}")
                ? List.of("refs/*")
                : List.of("refs/heads/" + ref, "refs/tags/" + ref);
    try (Git git = Git.init().setBare(true).setDirectory(dir.toFile()).call()) {
      Exception last = null;
      for (String src : sources) {
        String dst = src.equals("refs/*") ? "refs/mirror/*" : "refs/mirror/fetched";
        try {
          git.fetch().setRemote(url).setRefSpecs(new RefSpec("+" + src + ":" + dst)).call();
          last = null;
          break;
        } catch (GitAPIException e) {
          last = e;
        }
      }
      if (last != null) {
        throw last;
      }
      Repository repo = git.getRepository();
      ObjectId wanted = ObjectId.fromString(commit);
      ObjectId fetched = repo.resolve("refs/mirror/fetched^{commit}");
      if (!repo.getObjectDatabase().has(wanted) || (fetched != null && !fetched.equals(wanted))) {
        throw new InfrastructureException(
            name
                + ": "
                + url
                + " "
                + ref
                + " is now "
                + (fetched == null ? "missing" : fetched.name())
                + ", resolved as "
                + commit,
            "the ref moved while building; run the build again to use the new commit");
      }
      RefUpdate u = repo.updateRef("refs/heads/" + branch);
      u.setNewObjectId(wanted);
      u.setForceUpdate(true);
      u.update();
      repo.updateRef("HEAD").link("refs/heads/" + branch);
    } catch (InfrastructureException e) {
      throw e;
    } catch (Exception e) {
      throw new InfrastructureException(
          name + ": cannot fetch " + ref + " from " + url + ": " + e.getMessage(),
          "check that the repository is reachable",
          e);
    }
  }
}
