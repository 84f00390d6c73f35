package org.hexo.ci.toolchain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.jgit.ignore.IgnoreNode;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.hexo.ci.InfrastructureException;

/**
 * Turns a source directory into a bare git repository with one deterministic commit (fixed author,
 * committer and time, no parent) on a branch, so that an unchanged tree always yields the same
 * commit id and therefore the same toolchain cache key. Honours {@code .gitignore} files inside the
 * directory and skips the names given as excluded (relative to the directory).
 */
public final class SourceSnapshot {
  private static final PersonIdent IDENT =
      new PersonIdent(
          "hexo-ci", "hexo-ci@localhost", Instant.parse("2019-06-24T00:00:00Z"), ZoneOffset.UTC);
  private static final Set<String> ALWAYS_SKIPPED = Set.of(".git", "__pycache__");

  private final Path source;
  private final Set<String> excluded;
  private final Map<String, Path> mounts;

  private SourceSnapshot(Path source, Set<String> excluded, Map<String, Path> mounts) {
    this.source = source;
    this.excluded = Set.copyOf(excluded);
    this.mounts = Map.copyOf(mounts);
  }

  /**
   * This snapshot with the directory {@code dir} at its top under {@code dir}'s own name (composed
   * when the snapshot is made, as HEXO's installer repository holds its {@code apps/}).
   */
  public SourceSnapshot with(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new InfrastructureException(
          "source directory " + dir + " does not exist", "run from a hexo-ci checkout");
    }
    Path d = dir.toAbsolutePath().normalize();
    Map<String, Path> m = new TreeMap<>(mounts);
    m.put(d.getFileName().toString(), d);
    return new SourceSnapshot(source, excluded, m);
  }

  /** A snapshot of {@code source} leaving out the relative paths in {@code excluded}. */
  public static SourceSnapshot of(Path source, Set<String> excluded) {
    if (!Files.isDirectory(source)) {
      throw new InfrastructureException(
          "source directory " + source + " does not exist",
          "run from a hexo-ci checkout or set --config project-root");
    }
    return new SourceSnapshot(source.toAbsolutePath().normalize(), excluded, Map.of());
  }

  /**
   * Commits the directory into the bare repository {@code bare} (created if missing) on {@code
   * branch} and returns the commit id.
   */
  public ObjectId commitTo(Path bare, String branch) {
    return commit(bare, branch, false);
  }

  /**
   * Commits as {@link #commitTo} does, and also on a branch named after the commit ({@code
   * snapshot-<id>}), whose name it returns. That branch never moves, so hexo-ci processes of
   * different checkouts sharing one cache (two Jenkins workspaces on an agent) cannot move the ref
   * another one resolved while it builds; {@code branch} is for people and always the latest.
   */
  public String commitPinned(Path bare, String branch) {
    return PINNED_PREFIX + commit(bare, branch, true).name();
  }

  private static final String PINNED_PREFIX = "snapshot-";

  private ObjectId commit(Path bare, String branch, boolean pinned) {
    try {
      Files.createDirectories(bare.getParent());
      try (Repository repo =
          new FileRepositoryBuilder().setGitDir(bare.toFile()).setBare().build()) {
        if (!Files.exists(bare.resolve("HEAD"))) {
          repo.create(true);
        }
        try (ObjectInserter ins = repo.newObjectInserter()) {
          ObjectId tree = writeTree(ins, source, "", List.of());
          CommitBuilder cb = new CommitBuilder();
          cb.setTreeId(tree);
          cb.setAuthor(IDENT);
          cb.setCommitter(IDENT);
          cb.setMessage("hexo-ci snapshot of " + source.getFileName() + "\n");
          ObjectId commit = ins.insert(cb);
          ins.flush();
          updateBranch(repo, branch, commit);
          if (pinned) {
            updateBranch(repo, PINNED_PREFIX + commit.name(), commit);
          }
          repo.updateRef(Constants.HEAD).link(Constants.R_HEADS + branch);
          return commit;
        }
      }
    } catch (IOException e) {
      throw new InfrastructureException(
          "cannot snapshot " + source + " into " + bare + ": " + e.getMessage(),
          "check that the cache directory is writable and has free space",
          e);
    }
  }

  /** A .gitignore and the directory (relative to the source) it sits in. */
  private record Ignore(String base, IgnoreNode node) {
    Boolean check(String rel, boolean isDir) {
      String p = base.isEmpty() ? rel : rel.substring(base.length() + 1);
      return node.checkIgnored(p, isDir);
    }
  }

  private static void updateBranch(Repository repo, String branch, ObjectId commit)
      throws IOException {
    // another process may hold the ref lock for a moment (it writes the same or an older commit)
    for (int attempt = 0; ; attempt++) {
      RefUpdate ru = repo.updateRef(Constants.R_HEADS + branch);
      ru.setNewObjectId(commit);
      ru.setForceUpdate(true);
      RefUpdate.Result r = ru.update();
      if (r == RefUpdate.Result.NEW
          || r == RefUpdate.Result.FORCED
          || r == RefUpdate.Result.NO_CHANGE
          || r == RefUpdate.Result.FAST_FORWARD) {
        return;
      }
      if (attempt == 50) {
        throw new IOException("cannot update " + branch + " in " + repo.getDirectory() + ": " + r);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while updating " + branch, e);
      }
    }
  }

  private ObjectId writeTree(ObjectInserter ins, Path dir, String rel, List<Ignore> ignores)
      throws IOException {
    List<Ignore> scope = new ArrayList<>(ignores);
    Path gi = dir.resolve(".gitignore");
    if (Files.isRegularFile(gi)) {
      IgnoreNode node = new IgnoreNode();
      try (InputStream in = Files.newInputStream(gi)) {
        node.parse(in);
      }
      scope.add(new Ignore(rel, node));
    }
    List<Path> children;
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> all = new ArrayList<>(s.toList());
      if (rel.isEmpty()) {
        // a mount replaces whatever the source has under its name
        all.removeIf(p -> mounts.containsKey(p.getFileName().toString()));
        all.addAll(mounts.values());
      }
      // git orders tree entries by name, with directories compared as if suffixed by '/'
      children = all.stream().sorted((a, b) -> gitName(a).compareTo(gitName(b))).toList();
    }
    TreeFormatter tf = new TreeFormatter();
    boolean any = false;
    for (Path child : children) {
      String name = child.getFileName().toString();
      String childRel = rel.isEmpty() ? name : rel + "/" + name;
      boolean isDir = Files.isDirectory(child) && !Files.isSymbolicLink(child);
      if (ALWAYS_SKIPPED.contains(name)
          || excluded.contains(childRel)
          || ignored(scope, childRel, isDir)) {
        continue;
      }
      if (Files.isSymbolicLink(child)) {
        byte[] target = Files.readSymbolicLink(child).toString().getBytes(StandardCharsets.UTF_8);
        tf.append(name, FileMode.SYMLINK, ins.insert(Constants.OBJ_BLOB, target));
      } else if (isDir) {
        ObjectId sub = writeTree(ins, child, childRel, scope);
        if (sub != null) {
          tf.append(name, FileMode.TREE, sub);
        }
      } else if (Files.isRegularFile(child)) {
        FileMode mode =
            Files.isExecutable(child) ? FileMode.EXECUTABLE_FILE : FileMode.REGULAR_FILE;
        tf.append(name, mode, ins.insert(Constants.OBJ_BLOB, Files.readAllBytes(child)));
      } else {
        continue;
      }
      any = true;
    }
    return any || rel.isEmpty() ? ins.insert(tf) : null;
  }

  private static String gitName(Path p) {
    String n = p.getFileName().toString();
    return Files.isDirectory(p) && !Files.isSymbolicLink(p) ? n + "/" : n;
  }

  private static boolean ignored(List<Ignore> scope, String rel, boolean isDir) {
    // the nearest .gitignore with an opinion wins, as in git
    for (int i = scope.size() - 1; i >= 0; i--) {
      Boolean r = scope.get(i).check(rel, isDir);
      if (r != null) {
        return r;
      }
    }
    return false;
  }
}
