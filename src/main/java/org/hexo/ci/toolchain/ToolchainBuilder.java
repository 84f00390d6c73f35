package org.hexo.ci.toolchain;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectImageResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.config.HexoConfig;
import org.hexo.ci.docker.BaseImage;
import org.hexo.ci.docker.Docker;
import org.hexo.ci.toolchain.StagePlan.Stage;
import org.hexo.ci.toolchain.internal.BuildLock;
import org.hexo.ci.toolchain.internal.BuildLogs;

/**
 * Builds (or finds) the toolchain image of a resolved spec: single-use, configure then {@link
 * #call()}. An image tagged {@code hexo-toolchain:<key>} with the matching key label is reused
 * without any Docker build; otherwise the stage chain of {@link StagePlan} is walked, reusing each
 * stage image that exists and building the rest from {@code docker/toolchain/}. The manifest and
 * the build log are kept in {@code <cache>/toolchains/<key>/}.
 */
public final class ToolchainBuilder {
  public static final String KEY_LABEL = "org.hexo.ci.toolchain.key";
  public static final String MANIFEST_LABEL = "org.hexo.ci.toolchain.manifest";
  private static final Pattern INSTALLER_FAILED =
      Pattern.compile("\\[install\\] FAILED: component (\\S+), step (.*)");

  private final ToolchainSpec spec;
  private final ToolchainManifest manifest;
  private final HexoConfig config;
  private Consumer<String> listener = line -> {};
  private boolean layerCache = true;
  private boolean used;
  private ToolchainRegistry pullFrom;
  private ToolchainRegistry pushTo;

  private ToolchainBuilder(ToolchainSpec spec, ToolchainManifest manifest, HexoConfig config) {
    this.spec = spec;
    this.manifest = manifest;
    this.config = config;
    // a lab registry in the configuration: pull what it has, share what is built here
    config.toolchainRegistry().ifPresent(r -> setPull(r).setPush(r));
  }

  /**
   * Before building, look for the image (then for each missing stage image) in {@code registry} and
   * pull it instead of building.
   */
  public ToolchainBuilder setPull(String registry) {
    this.pullFrom = ToolchainRegistry.of(registry, this::progress);
    return this;
  }

  /**
   * After building (or finding) the image, push it and the stages built here to {@code registry}.
   */
  public ToolchainBuilder setPush(String registry) {
    this.pushTo = ToolchainRegistry.of(registry, this::progress);
    return this;
  }

  /** A builder for {@code spec} as resolved into {@code manifest}. */
  public static ToolchainBuilder create(
      ToolchainSpec spec, ToolchainManifest manifest, HexoConfig config) {
    return new ToolchainBuilder(spec, manifest, config);
  }

  /** Receives progress lines ({@code [toolchain] ...}) and the build output as it streams. */
  public ToolchainBuilder setListener(Consumer<String> listener) {
    this.listener = java.util.Objects.requireNonNull(listener);
    return this;
  }

  /**
   * Whether stage builds may use Docker's layer cache (default true); false makes every stage that
   * is built run all its instructions (cold-build measurements).
   */
  public ToolchainBuilder setLayerCache(boolean layerCache) {
    this.layerCache = layerCache;
    return this;
  }

  /** The recipe text the cache key covers: both Dockerfiles. */
  public static String recipe(HexoConfig config) {
    return read(dockerDir(config).resolve("Dockerfile"))
        + "\0"
        + read(dockerDir(config).resolve("Dockerfile.step"));
  }

  /** The cache key this builder will use. */
  public String key() {
    return manifest.cacheKey(recipe(config));
  }

  public ToolchainImage call() {
    if (used) {
      throw new IllegalStateException("a ToolchainBuilder runs once");
    }
    used = true;
    long t0 = System.nanoTime();
    String key = key();
    String tag = "hexo-toolchain:" + key;
    Path dir = config.cacheDir().resolve("toolchains").resolve(key);
    DockerClient docker = Docker.client();
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("manifest.json"), manifest.toPrettyJson());
    } catch (IOException e) {
      throw new InfrastructureException(
          "cannot write to " + dir + ": " + e.getMessage(), "check the cache directory", e);
    }
    progress("toolchain " + spec.name() + " key " + key);
    Optional<ToolchainImage> cached = cached(docker, tag, key, dir, t0);
    if (cached.isEmpty()) {
      try (BuildLock lock = BuildLock.acquire(dir, this::progress)) {
        // a build that held the lock may have made the image meanwhile
        cached = cached(docker, tag, key, dir, t0);
        if (cached.isEmpty() && pullFrom != null && pullFrom.pull(tag)) {
          cached = cached(docker, tag, key, dir, t0);
        }
        if (cached.isEmpty()) {
          cached = Optional.of(build(docker, key, tag, dir, t0));
        }
      }
    }
    if (pushTo != null) {
      cached.get().stages().stream().filter(StageOutcome::built).forEach(s -> pushTo.push(s.tag()));
      pushTo.push(tag);
    }
    return cached.get();
  }

  private Optional<ToolchainImage> cached(
      DockerClient docker, String tag, String key, Path dir, long t0) {
    Optional<InspectImageResponse> hit = Docker.image(docker, tag).filter(i -> hasKey(i, key));
    if (hit.isEmpty()) {
      return Optional.empty();
    }
    progress("cache hit: " + tag + " (no build)");
    return Optional.of(
        new ToolchainImage(tag, hit.get().getId(), key, manifest, true, List.of(), dir, since(t0)));
  }

  private ToolchainImage build(DockerClient docker, String key, String tag, Path dir, long t0) {
    Path log = BuildLogs.newAttempt(dir);
    String dockerfile = read(dockerDir(config).resolve("Dockerfile"));
    String stepDockerfile = read(dockerDir(config).resolve("Dockerfile.step"));
    List<Stage> plan = StagePlan.of(spec, manifest, dockerfile, stepDockerfile);
    ensureBaseImage();
    List<StageOutcome> outcomes = new ArrayList<>();
    StageRunner runner = new StageRunner(docker, spec, manifest, config, log, listener, layerCache);
    String imageId = null;
    for (Stage s : plan) {
      long s0 = System.nanoTime();
      boolean last = s.index() == plan.size();
      String head = "step " + s.index() + "/" + plan.size() + " " + s.step();
      Optional<InspectImageResponse> existing = Docker.image(docker, s.tag());
      if (existing.isEmpty() && pullFrom != null && pullFrom.pull(s.tag())) {
        existing = Docker.image(docker, s.tag());
      }
      if (existing.isPresent()) {
        imageId = existing.get().getId();
        progress(head + ": reused " + s.tag());
        outcomes.add(new StageOutcome(s.index(), s.step(), s.tag(), false, since(s0)));
        continue;
      }
      progress(head + ": building " + describe(s));
      Map<String, String> labels = new HashMap<>();
      if (last) {
        labels.put(KEY_LABEL, key);
        labels.put(MANIFEST_LABEL, manifest.toJson());
      }
      String prev = s.index() == 1 ? null : plan.get(s.index() - 2).tag();
      imageId = runner.build(s, prev, labels, last ? tag : null);
      outcomes.add(new StageOutcome(s.index(), s.step(), s.tag(), true, since(s0)));
      progress(head + ": done in " + since(s0).toSeconds() + " s");
    }
    if (Docker.image(docker, tag).filter(i -> hasKey(i, key)).isEmpty()) {
      // the last stage was reused (built under another spec name): give it this toolchain's tag
      docker.tagImageCmd(imageId, "hexo-toolchain", key).withForce(true).exec();
    }
    progress("built " + tag + " (log " + log + ")");
    return new ToolchainImage(tag, imageId, key, manifest, false, outcomes, dir, since(t0));
  }

  private void ensureBaseImage() {
    String base = spec.buildArgs().getOrDefault("BASE_IMAGE", "hexo-base:bookworm-amd64");
    Matcher m = Pattern.compile("hexo-base:([a-z]+)-([a-z0-9]+)").matcher(base);
    if (m.matches() && Docker.image(Docker.client(), base).isEmpty()) {
      progress("making base image " + base + " (debootstrap, once)");
      BaseImage.ensure(m.group(2), m.group(1));
    }
  }

  private static boolean hasKey(InspectImageResponse img, String key) {
    Map<String, String> labels = img.getConfig() == null ? null : img.getConfig().getLabels();
    return labels != null && key.equals(labels.get(KEY_LABEL));
  }

  private String describe(Stage s) {
    if (s.pinned().isEmpty()) {
      return s.index() == 1 ? "(host packages)" : "(installer sources)";
    }
    StringBuilder b = new StringBuilder("(");
    s.pinned()
        .forEach(
            p ->
                b.append(p.component().name())
                    .append('@')
                    .append(p.resolved().commit(), 0, 12)
                    .append(' '));
    return b.toString().trim() + ")";
  }

  /** The component and step an installer failure names, when it printed one. */
  static Optional<String[]> installerFailure(List<String> tail) {
    for (String line : tail) {
      Matcher m = INSTALLER_FAILED.matcher(line);
      if (m.find()) {
        return Optional.of(new String[] {m.group(1), m.group(2)});
      }
    }
    return Optional.empty();
  }

  private void progress(String line) {
    listener.accept("[toolchain] " + line);
  }

  private static Duration since(long t0) {
    return Duration.ofNanos(System.nanoTime() - t0);
  }

  static Path dockerDir(HexoConfig config) {
    return config.projectRoot().resolve("docker").resolve("toolchain");
  }

  static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InfrastructureException(
          "cannot read the toolchain recipe " + p + ": " + e.getMessage(),
          "run hexo-ci from a complete checkout (it needs docker/toolchain/)",
          e);
    }
  }

  static Writer appendTo(Path log) throws IOException {
    return Files.newBufferedWriter(
        log, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }
}
