package org.hexo.ci.toolchain;

import com.github.dockerjava.api.DockerClient;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.config.HexoConfig;
import org.hexo.ci.docker.Docker;
import org.hexo.ci.docker.ImageBuild;
import org.hexo.ci.toolchain.StagePlan.Stage;
import org.hexo.ci.toolchain.internal.Mirrors;

/**
 * Builds one stage image: prepares its context (mirrors, step script), runs the build, classifies
 * failures.
 */
final class StageRunner {
  private final DockerClient docker;
  private final ToolchainSpec spec;
  private final ToolchainManifest manifest;
  private final HexoConfig config;
  private final Path log;
  private final Consumer<String> listener;
  private final boolean layerCache;

  StageRunner(
      DockerClient docker,
      ToolchainSpec spec,
      ToolchainManifest manifest,
      HexoConfig config,
      Path log,
      Consumer<String> listener,
      boolean layerCache) {
    this.docker = docker;
    this.spec = spec;
    this.manifest = manifest;
    this.config = config;
    this.log = log;
    this.listener = listener;
    this.layerCache = layerCache;
  }

  /** Builds {@code s} on {@code prev} (null for the first stage) and returns the image id. */
  String build(Stage s, String prev, Map<String, String> extraLabels, String finalTag) {
    // unique per build: concurrent builds of the same stage must not share a context
    Path ctx =
        config
            .cacheDir()
            .resolve("toolchains")
            .resolve("work")
            .resolve(s.key().substring(0, 16) + "-" + java.util.UUID.randomUUID());
    try (Writer w = ToolchainBuilder.appendTo(log)) {
      deleteTree(ctx);
      Files.createDirectories(ctx);
      Map<String, String> args = new HashMap<>();
      if (prev == null) {
        Files.copy(
            ToolchainBuilder.dockerDir(config).resolve("Dockerfile"), ctx.resolve("Dockerfile"));
        args.putAll(spec.sortedBuildArgs());
      } else {
        Files.copy(
            ToolchainBuilder.dockerDir(config).resolve("Dockerfile.step"),
            ctx.resolve("Dockerfile"),
            StandardCopyOption.REPLACE_EXISTING);
        prepareStep(s, ctx);
        args.put("PREV_IMAGE", prev);
      }
      w.write("==== stage " + s.index() + " " + s.step() + " " + s.tag() + "\n");
      Map<String, String> labels = new HashMap<>(extraLabels);
      labels.put(Docker.LABEL, "toolchain");
      labels.put("org.hexo.ci.stage", s.step());
      labels.put("org.hexo.ci.stage.key", s.key());
      String id =
          ImageBuild.run(
              docker,
              ctx,
              ctx.resolve("Dockerfile"),
              args,
              s.tag(),
              labels,
              layerCache,
              w,
              line -> listener.accept("  | " + line));
      if (finalTag != null) {
        int c = finalTag.indexOf(':');
        docker
            .tagImageCmd(id, finalTag.substring(0, c), finalTag.substring(c + 1))
            .withForce(true)
            .exec();
      }
      return id;
    } catch (ImageBuild.Failed f) {
      throw classify(s, f);
    } catch (IOException e) {
      throw new InfrastructureException(
          "cannot prepare the context of stage " + s.step() + " in " + ctx + ": " + e.getMessage(),
          "check the cache directory",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InfrastructureException("interrupted while building stage " + s.step(), "", e);
    } finally {
      deleteTree(ctx);
    }
  }

  private void prepareStep(Stage s, Path ctx) throws IOException {
    Path mirrors = Files.createDirectories(ctx.resolve("mirrors"));
    ResolvedRepo inst = manifest.installer();
    Mirrors.create(
        mirrors.resolve("installer.git"),
        "installer",
        inst.url(),
        inst.ref(),
        inst.commit(),
        "hexo-ci");
    for (StepScript.Pinned p : s.pinned()) {
      Mirrors.create(
          mirrors.resolve(p.component().name() + ".git"),
          p.component().name(),
          p.resolved().url(),
          p.resolved().ref(),
          p.resolved().commit(),
          p.component().cloneBranch());
    }
    List<String> argv = spec.installArgv(ToolchainImage.PREFIX, config.threads(), s.step());
    Files.writeString(
        ctx.resolve("step.sh"), StepScript.render(s.step(), inst.commit(), s.pinned(), argv));
  }

  private RuntimeException classify(Stage s, ImageBuild.Failed f) {
    String tail = String.join("\n", f.tail());
    if (s.index() == 1) {
      return new InfrastructureException(
          "toolchain stage 1 (host packages) failed: " + f.getMessage() + "\n" + tail,
          "check that the base image exists and Debian's mirror is reachable; full log " + log);
    }
    if (!f.commandFailed()) {
      return new InfrastructureException(
          "docker build of toolchain step '"
              + s.step()
              + "' failed: "
              + f.getMessage()
              + "\n"
              + tail,
          "check dockerd (hexo-ci doctor); full log " + log);
    }
    List<String> names = new ArrayList<>();
    s.pinned().forEach(p -> names.add(p.component().name()));
    Optional<String[]> named = ToolchainBuilder.installerFailure(f.tail());
    String step = s.step();
    if (named.isPresent()) {
      step = s.step() + " (installer: " + named.get()[1] + ")";
      if (!names.contains(named.get()[0])) {
        names.add(named.get()[0]);
      }
    }
    return new ComponentBuildException(
        step, new ArrayList<>(new HashSet<>(names)), tail, log.toString());
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> st = Files.walk(root)) {
      st.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // leftovers in the work dir are replaced on the next build of this stage
    }
  }
}
