package org.hexo.ci.bisect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.revwalk.RevCommit;
import org.hexo.ci.UsageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** First-parent commits of a JGit repository with a merged side branch. */
class FirstParentTest {
  @TempDir Path dir;

  private static RevCommit commit(Git git, Path work, String file, String msg) throws Exception {
    Files.writeString(work.resolve(file), msg);
    git.add().addFilepattern(file).call();
    return git.commit().setMessage(msg + "\n\nbody").setSign(false).call();
  }

  @Test
  void listsFirstParentCommitsOldestFirstWithSubjects() throws Exception {
    Path work = dir.resolve("repo");
    try (Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call()) {
      RevCommit base = commit(git, work, "a", "base");
      RevCommit one = commit(git, work, "a", "one");
      git.checkout().setCreateBranch(true).setName("side").setStartPoint(base).call();
      commit(git, work, "b", "side work");
      git.checkout().setName("main").call();
      RevCommit merge =
          git.merge()
                      .include(git.getRepository().resolve("side"))
                      .setFastForward(MergeCommand.FastForwardMode.NO_FF)
                      .setMessage("merge side")
                      .call()
                      .getNewHead()
                  == null
              ? null
              : git.getRepository().parseCommit(git.getRepository().resolve("HEAD"));
      RevCommit two = commit(git, work, "a", "two");

      var commits = FirstParent.between(work.toUri().toString(), base.name(), "main");

      assertThat(commits)
          .extracting(FirstParent.Commit::subject)
          .containsExactly("one", "merge side", "two");
      assertThat(commits.get(0).id()).isEqualTo(one.name());
      assertThat(commits.get(2).id()).isEqualTo(two.name());
      assertThatThrownBy(
              () -> FirstParent.between(work.toUri().toString(), two.name(), base.name()))
          .isInstanceOf(UsageException.class)
          .hasMessageContaining("not on the first-parent line");
      assertThatThrownBy(() -> FirstParent.between(work.toUri().toString(), "nope", "main"))
          .isInstanceOf(UsageException.class)
          .hasMessageContaining("no commit 'nope'");
    }
  }
}
