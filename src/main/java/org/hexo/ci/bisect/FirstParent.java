package org.hexo.ci.bisect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.UsageException;

/** The first-parent commits of a repository after a good ref up to a bad one, read with JGit. */
public final class FirstParent {
  /** One commit: its id and the first line of its message. */
  public record Commit(String id, String subject) {
    public String shortId() {
      return id.substring(0, Math.min(12, id.length()));
    }
  }

  private FirstParent() {}

  /**
   * The commits of {@code url} on the first-parent line from {@code bad} back to (not including)
   * {@code good}, oldest first. {@code bad} is the last.
   *
   * @throws UsageException when a ref is missing or good is not on bad's first-parent line
   */
  public static List<Commit> between(String url, String good, String bad) {
    Path tmp;
    try {
      tmp = Files.createTempDirectory("hexo-bisect-");
    } catch (IOException e) {
      throw new InfrastructureException("cannot create a temp directory: " + e, "free disk space");
    }
    try (Git git =
            Git.cloneRepository()
                .setURI(url)
                .setBare(true)
                .setCloneAllBranches(true)
                .setDirectory(tmp.toFile())
                .call();
        RevWalk walk = new RevWalk(git.getRepository())) {
      Repository repo = git.getRepository();
      ObjectId goodId = resolve(repo, url, good);
      ObjectId badId = resolve(repo, url, bad);
      walk.setFirstParent(true);
      walk.markStart(walk.parseCommit(badId));
      List<Commit> out = new ArrayList<>();
      for (RevCommit c : walk) {
        if (c.getId().equals(goodId)) {
          Collections.reverse(out);
          if (out.isEmpty()) {
            throw new UsageException(
                "good and bad are the same commit " + goodId.name(), "pass a bad ref after good");
          }
          return out;
        }
        out.add(new Commit(c.getName(), c.getShortMessage()));
      }
      throw new UsageException(
          "good " + good + " is not on the first-parent line of bad " + bad + " in " + url,
          "pass a good ref that bad descends from through first parents");
    } catch (GitAPIException | IOException e) {
      throw new InfrastructureException(
          "cannot read " + url + ": " + e.getMessage(), "check the repository URL", e);
    } finally {
      deleteTree(tmp);
    }
  }

  private static ObjectId resolve(Repository repo, String url, String ref) throws IOException {
    for (String name : List.of(ref, "refs/heads/" + ref, "refs/tags/" + ref)) {
      ObjectId id = repo.resolve(name + "^{commit}");
      if (id != null) {
        return id;
      }
    }
    throw new UsageException(
        "no commit '" + ref + "' in " + url, "pass a branch, tag or commit id of that repository");
  }

  private static void deleteTree(Path p) {
    try (var s = Files.walk(p)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
    } catch (IOException e) {
      // a leftover temp directory is harmless
    }
  }
}
