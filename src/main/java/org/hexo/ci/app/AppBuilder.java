package org.hexo.ci.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Volume;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.config.HexoConfig;
import org.hexo.ci.docker.Docker;
import org.hexo.ci.docker.SessionLabels;
import org.hexo.ci.toolchain.ToolchainImage;
import org.hexo.ci.toolchain.ToolchainManifest;

/**
 * Cross-compiles one application with a toolchain image: single-use, {@link #call()} once. A copy
 * of the app directory is bind-mounted into a container of the image (no network), which runs
 * {@code ln -sf npbparams-<C>.h npbparams.h} (for an app with classes), {@code make POPHERMIT=...;
 * make check} and copies the toolchain's proxies out. Results are cached under {@code
 * <cache>/apps/} by (toolchain key, app source hash, class): a repeated build returns at once.
 */
public final class AppBuilder {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SCRIPT =
      """
      set -u
      cd /work/src
      %1$s
      make POPHERMIT=%2$s >/work/out/build.log 2>&1; echo $? >/work/out/build.rc
      [ "$(cat /work/out/build.rc)" = 0 ] || exit 0
      make check POPHERMIT=%2$s >/work/out/check.log 2>&1; echo $? >/work/out/check.rc
      cp prog_x86-64_aligned prog_aarch64_aligned /work/out/
      cp %2$s/x86_64-host/bin/proxy /work/out/proxy-x86_64
      cp %2$s/aarch64-hermit/bin/proxy /work/out/proxy-aarch64
      """;

  private final ToolchainImage toolchain;
  private final Path appDir;
  private final String appClass;
  private final HexoConfig config;
  private Consumer<String> listener = s -> {};
  private boolean used;

  private AppBuilder(ToolchainImage toolchain, Path appDir, String appClass, HexoConfig config) {
    this.toolchain = toolchain;
    this.appDir = appDir;
    this.appClass = appClass == null || appClass.isEmpty() ? null : appClass;
    this.config = config;
  }

  /** A build of {@code appDir} at {@code appClass} (null for an app without classes). */
  public static AppBuilder create(
      ToolchainImage toolchain, Path appDir, String appClass, HexoConfig config) {
    return new AppBuilder(toolchain, appDir, appClass, config);
  }

  /** Receives progress lines ({@code [app] ...}). */
  public AppBuilder setListener(Consumer<String> listener) {
    this.listener = listener;
    return this;
  }

  public AppBuild call() {
    if (used) {
      throw new IllegalStateException("an AppBuilder runs once");
    }
    used = true;
    AppSource src = AppSource.of(appDir, appClass);
    String id =
        ToolchainManifest.sha256(toolchain.key() + "\0" + src.hash() + "\0" + classKey())
            .substring(0, 20);
    Path done =
        config.cacheDir().resolve("apps").resolve(AppClasses.slug(src.name(), appClass) + "-" + id);
    if (Files.isRegularFile(done.resolve("app-build.json"))) {
      listener.accept("[app] " + label(src) + ": cached in " + done);
      return read(done, true);
    }
    Path work = done.resolveSibling(done.getFileName() + ".tmp-" + UUID.randomUUID());
    try {
      src.copyTo(work.resolve("src"), ToolchainImage.INSTALLER_DIR + "/util/hermit/Makefile");
      Files.createDirectories(work.resolve("out"));
      listener.accept("[app] " + label(src) + ": building in " + toolchain.tag());
      runContainer(work);
      AppBuild result = collect(src, work);
      Files.writeString(work.resolve("app-build.json"), JSON.writeValueAsString(describe(result)));
      try {
        Files.move(work, done, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException | java.nio.file.FileAlreadyExistsException e) {
        // a concurrent identical build won; use its result
      } catch (IOException e) {
        if (!Files.isRegularFile(done.resolve("app-build.json"))) {
          throw e;
        }
      }
      return read(done, false);
    } catch (IOException e) {
      throw new InfrastructureException(
          "cannot prepare the app build in " + work + ": " + e.getMessage(),
          "check the cache directory",
          e);
    } finally {
      deleteTree(work);
    }
  }

  private void runContainer(Path work) {
    DockerClient docker = Docker.client();
    String link = appClass == null ? "" : "ln -sf npbparams-" + appClass + ".h npbparams.h";
    String script = SCRIPT.formatted(link, ToolchainImage.PREFIX);
    // the session's labels let `hexo-ci gc` remove it should this process die before it does
    Map<String, String> labels = new HashMap<>(SessionLabels.current());
    labels.put(Docker.LABEL, "app-build");
    String cid =
        docker
            .createContainerCmd(toolchain.tag())
            .withCmd("sh", "-c", script)
            .withEnv("USER=root", "HOME=/root")
            .withLabels(labels)
            .withHostConfig(
                HostConfig.newHostConfig()
                    .withNetworkMode("none")
                    .withBinds(new Bind(work.toString(), new Volume("/work"))))
            .exec()
            .getId();
    try {
      docker.startContainerCmd(cid).exec();
      Integer status =
          docker
              .waitContainerCmd(cid)
              .exec(new WaitContainerResultCallback())
              .awaitStatusCode(30, TimeUnit.MINUTES);
      if (status == null || status != 0) {
        throw new InfrastructureException(
            "the app build container of " + toolchain.tag() + " exited " + status,
            "check the image with `docker run --rm -it " + toolchain.tag() + " sh`");
      }
    } finally {
      Docker.forceRemove(docker, cid);
    }
  }

  private AppBuild collect(AppSource src, Path work) throws IOException {
    Path out = work.resolve("out");
    String rc = Files.readString(out.resolve("build.rc")).trim();
    if (!rc.equals("0")) {
      List<String> lines = Files.readAllLines(out.resolve("build.log"), StandardCharsets.UTF_8);
      String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
      throw new AppBuildException(
          "app " + label(src) + " failed to compile (make exit " + rc + "):\n" + tail,
          "fix the app's sources; the toolchain is " + toolchain.tag());
    }
    String check = Files.readString(out.resolve("check.log"));
    boolean aligned = Files.readString(out.resolve("check.rc")).trim().equals("0");
    return new AppBuild(
        src.name(), appClass, out, aligned, check, toolchain.key(), toolchain.manifest(), false);
  }

  private String classKey() {
    return appClass == null ? "" : appClass;
  }

  private String label(AppSource src) {
    return src.name() + (appClass == null ? "" : " class " + appClass);
  }

  private static Map<String, Object> describe(AppBuild b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("app", b.app());
    m.put("appClass", b.appClass());
    m.put("aligned", b.aligned());
    m.put("checkOutput", b.checkOutput());
    m.put("toolchainKey", b.toolchainKey());
    m.put("manifest", b.manifest().toJson());
    return m;
  }

  private static AppBuild read(Path done, boolean cached) {
    try {
      Map<?, ?> m = JSON.readValue(done.resolve("app-build.json").toFile(), Map.class);
      return new AppBuild(
          (String) m.get("app"),
          (String) m.get("appClass"),
          done.resolve("out"),
          (Boolean) m.get("aligned"),
          (String) m.get("checkOutput"),
          (String) m.get("toolchainKey"),
          ToolchainManifest.fromJson((String) m.get("manifest")),
          cached);
    } catch (IOException e) {
      throw new InfrastructureException(
          "cannot read the cached app build " + done + ": " + e.getMessage(),
          "delete " + done + " and build again",
          e);
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
