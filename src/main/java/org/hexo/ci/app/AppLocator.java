package org.hexo.ci.app;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.UsageException;
import org.hexo.ci.toolchain.ResolvedRepo;
import org.hexo.ci.toolchain.ToolchainManifest;
import org.hexo.ci.toolchain.ToolchainSpec;
import org.hexo.ci.toolchain.internal.Mirrors;

/**
 * Finds an app's directory from how a user names it: a directory (absolute, or relative to a base
 * such as the project's {@code apps/}), or {@code component:path}, the app {@code path} inside the
 * repository of a toolchain component ({@code installer} included) at the commit the toolchain
 * under test resolves it to, as HEXO keeps its apps in popcorn-compiler's {@code apps/}. Such a
 * tree is checked out once per commit under {@code <cache>/app-sources/<component>-<commit>/}.
 */
public final class AppLocator {
  private static final Pattern COMPONENT_APP = Pattern.compile("([A-Za-z0-9._-]+):(.+)");

  private final Path base;
  private final Path cacheDir;
  private final Supplier<ToolchainManifest> manifest;
  private ToolchainManifest resolved;

  /**
   * @param base what relative app directories resolve against
   * @param cacheDir the cache; checkouts go to its {@code app-sources/}
   * @param manifest resolves the toolchain under test; asked at most once, and only for a {@code
   *     component:path} app
   */
  public AppLocator(Path base, Path cacheDir, Supplier<ToolchainManifest> manifest) {
    this.base = base.toAbsolutePath().normalize();
    this.cacheDir = cacheDir;
    this.manifest = Objects.requireNonNull(manifest, "manifest");
  }

  /** Whether {@code app} names an app in a toolchain component ({@code component:path}). */
  public static boolean isComponentApp(String app) {
    return COMPONENT_APP.matcher(app).matches() && !Files.exists(Path.of(app));
  }

  /**
   * The directory of {@code app}.
   *
   * @throws UsageException for an unknown component or a path its commit does not hold
   */
  public synchronized Path locate(String app) {
    if (!isComponentApp(app)) {
      return base.resolve(app).normalize();
    }
    Matcher m = COMPONENT_APP.matcher(app);
    m.matches();
    ResolvedRepo repo = repo(m.group(1));
    Path tree = checkout(repo);
    Path dir = tree.resolve(m.group(2)).normalize();
    if (!dir.startsWith(tree) || !Files.isDirectory(dir)) {
      throw new UsageException(
          "app '"
              + app
              + "': "
              + repo.name()
              + " at "
              + repo.commit()
              + " has no directory '"
              + m.group(2)
              + "'",
          "name a directory of the " + repo.name() + " repository, e.g. installer:apps/npb-is");
    }
    return dir;
  }

  private ResolvedRepo repo(String name) {
    if (resolved == null) {
      resolved = manifest.get();
    }
    if (name.equals(ToolchainSpec.INSTALLER)) {
      return resolved.installer();
    }
    List<String> names = new ArrayList<>(List.of(ToolchainSpec.INSTALLER));
    for (ResolvedRepo r : resolved.components()) {
      if (r.name().equals(name)) {
        return r;
      }
      names.add(r.name());
    }
    throw new UsageException(
        "app '" + name + ":...' names no component of toolchain " + resolved.spec(),
        "use one of " + String.join(", ", names) + " before the colon");
  }

  /** The repository's tree at its resolved commit, checked out once into the cache. */
  private Path checkout(ResolvedRepo repo) {
    Path done = cacheDir.resolve("app-sources").resolve(repo.name() + "-" + repo.commit());
    if (Files.isDirectory(done)) {
      return done;
    }
    Path tmp = done.resolveSibling(done.getFileName() + ".tmp-" + UUID.randomUUID());
    try {
      Path git = tmp.resolve("git");
      Mirrors.create(git, repo.name(), repo.url(), repo.ref(), repo.commit(), "hexo-ci-apps");
      Path tree = tmp.resolve("tree");
      writeTree(git, ObjectId.fromString(repo.commit()), tree);
      try {
        Files.move(tree, done, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
        // a concurrent checkout of the same commit won
      } catch (IOException e) {
        if (!Files.isDirectory(done)) {
          throw e;
        }
      }
      return done;
    } catch (IOException e) {
      throw new InfrastructureException(
          "cannot check out " + repo.name() + " at " + repo.commit() + ": " + e.getMessage(),
          "check that the cache directory " + cacheDir + " is writable",
          e);
    } finally {
      deleteTree(tmp);
    }
  }

  private static void writeTree(Path gitDir, ObjectId commit, Path target) throws IOException {
    try (Repository repo = new FileRepositoryBuilder().setGitDir(gitDir.toFile()).build();
        RevWalk rw = new RevWalk(repo);
        TreeWalk tw = new TreeWalk(repo)) {
      tw.addTree(rw.parseCommit(commit).getTree());
      tw.setRecursive(true);
      while (tw.next()) {
        Path out = target.resolve(tw.getPathString());
        Files.createDirectories(out.getParent());
        byte[] bytes = repo.open(tw.getObjectId(0)).getBytes();
        FileMode mode = tw.getFileMode(0);
        if (mode == FileMode.SYMLINK) {
          Files.createSymbolicLink(out, Path.of(new String(bytes, "UTF-8")));
        } else {
          Files.write(out, bytes);
          if (mode == FileMode.EXECUTABLE_FILE) {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
          }
        }
      }
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temp dir is harmless
    }
  }
}
