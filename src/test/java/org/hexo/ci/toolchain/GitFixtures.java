package org.hexo.ci.toolchain;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.Daemon;
import org.eclipse.jgit.transport.resolver.RepositoryResolver;

/** Bare repositories made by tests, and a JGit git daemon on 127.0.0.1 serving them. */
final class GitFixtures {
  private GitFixtures() {}

  /** A bare repository at {@code bare} with {@code branch} and {@code refs/pull/12/head}. */
  static Map<String, ObjectId> bareWithPullRequest(Path bare, String branch) throws Exception {
    Path work = Files.createTempDirectory(bare.getParent(), "work");
    try (Git git = Git.init().setDirectory(work.toFile()).setInitialBranch(branch).call()) {
      Files.writeString(work.resolve("kernel.c"), "int main(void){return 0;}\n");
      git.add().addFilepattern(".").call();
      RevCommit base = git.commit().setMessage("base").setSign(false).call();
      Files.writeString(work.resolve("kernel.c"), "int main(void){return 1;}\n");
      git.add().addFilepattern(".").call();
      RevCommit pr = git.commit().setMessage("pr").setSign(false).call();
      git.branchCreate().setName("keep").setStartPoint(base).call();
      git.branchCreate().setName("contributor").setStartPoint(pr).call();
      git.reset().setRef("keep").setMode(org.eclipse.jgit.api.ResetCommand.ResetType.HARD).call();
      Git.cloneRepository()
          .setBare(true)
          .setURI(work.toUri().toString())
          .setDirectory(bare.toFile())
          .call()
          .close();
      try (Repository r = open(bare)) {
        RefUpdate u = r.updateRef("refs/pull/12/head");
        u.setNewObjectId(pr);
        check(u.update());
        RefUpdate b = r.updateRef("refs/heads/" + branch);
        b.setNewObjectId(base);
        b.setForceUpdate(true);
        check(b.update());
      }
      return Map.of("base", base.getId(), "pr", pr.getId());
    }
  }

  private static void check(RefUpdate.Result r) {
    if (r != RefUpdate.Result.NEW
        && r != RefUpdate.Result.FORCED
        && r != RefUpdate.Result.NO_CHANGE) {
      throw new IllegalStateException("ref update failed: " + r);
    }
  }

  static Repository open(Path bare) throws IOException {
    return new FileRepositoryBuilder().setGitDir(bare.toFile()).setBare().build();
  }

  /** A started daemon on 127.0.0.1 serving {@code repos} by name; close with {@code stop()}. */
  static Daemon daemon(Map<String, Path> repos) throws IOException {
    Daemon d = new Daemon(new InetSocketAddress("127.0.0.1", 0));
    Map<String, Repository> open = new ConcurrentHashMap<>();
    RepositoryResolver<org.eclipse.jgit.transport.DaemonClient> resolver =
        (req, name) -> {
          Path p = repos.get(name.replaceFirst("^/", ""));
          if (p == null) {
            throw new org.eclipse.jgit.errors.RepositoryNotFoundException(name);
          }
          Repository r =
              open.computeIfAbsent(
                  name,
                  n -> {
                    try {
                      return open(p);
                    } catch (IOException e) {
                      throw new IllegalStateException(e);
                    }
                  });
          r.incrementOpen();
          return r;
        };
    d.setRepositoryResolver(resolver);
    d.start();
    return d;
  }
}
