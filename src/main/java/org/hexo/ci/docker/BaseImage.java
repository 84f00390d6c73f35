package org.hexo.ci.docker;

import com.github.dockerjava.api.DockerClient;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hexo.ci.InfrastructureException;

/**
 * Debian base images made without a registry: {@code debootstrap --variant=minbase} of a suite for
 * an architecture (foreign ones run under binfmt), imported with {@code docker import}. Made once
 * and then found by tag. Idempotent and safe for concurrent callers, in one JVM or several, through
 * a lock file per tag in the temp directory.
 *
 * <p>Tags: {@code hexo-base:<suite>-<arch>}, or {@code hexo-base:<suite>-<arch>-<hash>} when extra
 * packages are included ({@code ensure("arm64", "bookworm", List.of("openssh-server"))}).
 */
public final class BaseImage {
  private static final ConcurrentHashMap<String, Object> IN_JVM = new ConcurrentHashMap<>();

  private BaseImage() {}

  /** {@link #ensure(String, String, List)} without extra packages. */
  public static String ensure(String arch, String suite) {
    return ensure(arch, suite, List.of());
  }

  /**
   * Returns the tag of the base image for {@code arch} ({@code amd64}, {@code arm64}) and {@code
   * suite} ({@code bookworm}) with {@code includePackages} installed, making it first if the daemon
   * does not have it.
   */
  public static String ensure(String arch, String suite, List<String> includePackages) {
    String tag = tagFor(arch, suite, includePackages);
    DockerClient docker = Docker.client();
    if (Docker.image(docker, tag).isPresent()) {
      return tag;
    }
    synchronized (IN_JVM.computeIfAbsent(tag, t -> new Object())) {
      Path lockFile =
          Path.of(
              System.getProperty("java.io.tmpdir"), "hexo-ci-" + tag.replace(':', '_') + ".lock");
      try (FileChannel ch =
              FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock lock = ch.lock()) {
        if (Docker.image(docker, tag).isEmpty()) {
          make(arch, suite, includePackages, tag);
        }
        return tag;
      } catch (IOException e) {
        throw new InfrastructureException(
            "cannot lock " + lockFile + " while making " + tag + ": " + e.getMessage(),
            "check that the temp directory is writable",
            e);
      }
    }
  }

  /** The tag {@link #ensure} returns for these arguments. */
  public static String tagFor(String arch, String suite, List<String> includePackages) {
    if (!arch.matches("[a-z0-9]+") || !suite.matches("[a-z]+")) {
      throw new IllegalArgumentException("bad arch/suite: " + arch + "/" + suite);
    }
    String base = "hexo-base:" + suite + "-" + arch;
    if (includePackages.isEmpty()) {
      return base;
    }
    List<String> sorted = includePackages.stream().sorted().distinct().toList();
    return base + "-" + packagesHash(sorted);
  }

  private static String packagesHash(List<String> sorted) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(String.join(",", sorted).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static void make(String arch, String suite, List<String> packages, String tag) {
    Path root = null;
    try {
      root = Files.createTempDirectory("hexo-base-");
      List<String> argv =
          new ArrayList<>(List.of("debootstrap", "--variant=minbase", "--arch=" + arch));
      if (!packages.isEmpty()) {
        argv.add("--include=" + String.join(",", packages));
      }
      // suites past their life (stretch, for the real HEXO) live on archive.debian.org
      String mirror =
          List.of("jessie", "stretch", "buster").contains(suite)
              ? "http://archive.debian.org/debian"
              : "http://deb.debian.org/debian";
      argv.addAll(List.of(suite, root.toString(), mirror));
      run(argv, tag);
      Path log = Files.createTempFile("hexo-base-import-", ".log");
      List<Process> pipe =
          ProcessBuilder.startPipeline(
              List.of(
                  new ProcessBuilder("tar", "--numeric-owner", "-C", root.toString(), "-c", ".")
                      .redirectError(ProcessBuilder.Redirect.DISCARD),
                  new ProcessBuilder("docker", "import", "-", tag)
                      .redirectErrorStream(true)
                      .redirectOutput(log.toFile())));
      for (Process p : pipe) {
        if (p.waitFor() != 0) {
          throw new InfrastructureException(
              "tar | docker import of the " + tag + " rootfs failed: " + Files.readString(log),
              "check `docker version` and the free disk space of /var/lib/docker");
        }
      }
      Files.deleteIfExists(log);
      if (Docker.image(Docker.client(), tag).isEmpty()) {
        throw new InfrastructureException(
            "docker import did not create " + tag, "see dockerd's log");
      }
    } catch (IOException e) {
      throw new InfrastructureException(
          "cannot make base image " + tag + ": " + e.getMessage(), "see the output above", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InfrastructureException("interrupted while making " + tag, "", e);
    } finally {
      deleteTree(root);
    }
  }

  private static void run(List<String> argv, String tag) throws IOException, InterruptedException {
    Path log = Files.createTempFile("hexo-base-", ".log");
    Process p =
        new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(20, TimeUnit.MINUTES) || p.exitValue() != 0) {
      p.destroyForcibly();
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
      throw new InfrastructureException(
          "debootstrap for " + tag + " failed (" + String.join(" ", argv) + "):\n" + tail,
          "check that debootstrap is installed, deb.debian.org is reachable, and for a foreign"
              + " arch that binfmt is registered (hexo-ci doctor); full log: "
              + log);
    }
    Files.deleteIfExists(log);
  }

  private static void deleteTree(Path root) {
    if (root == null) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temp rootfs is harmless; the image exists or the error above explains why not
    }
  }
}
