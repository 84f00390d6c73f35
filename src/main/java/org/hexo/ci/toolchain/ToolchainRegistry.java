package org.hexo.ci.toolchain;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.PullResponseItem;
import com.github.dockerjava.api.model.PushResponseItem;
import com.github.dockerjava.api.model.ResponseItem;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.UsageException;
import org.hexo.ci.docker.Docker;

/**
 * The OCI registry a lab shares toolchain images through: {@code hexo-toolchain:<key>} and its
 * stage images {@code hexo-toolchain-stage:<key>} are pushed as {@code REGISTRY/<same name>:<same
 * tag>} and pulled back under their local names, so an agent that finds a key there pulls instead
 * of building. Images are found by cache key only: the key covers the resolved commits and the
 * recipe, so an image under the same key is the same toolchain.
 */
public final class ToolchainRegistry {
  private static final Pattern ADDRESS =
      Pattern.compile("[A-Za-z0-9.-]+(:[0-9]+)?(/[a-z0-9._/-]+)?");

  private final String registry;
  private final Consumer<String> progress;

  private ToolchainRegistry(String registry, Consumer<String> progress) {
    this.registry = registry;
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /**
   * @param registry {@code host[:port][/path]}, no scheme
   * @throws UsageException for anything else
   */
  public static ToolchainRegistry of(String registry, Consumer<String> progress) {
    if (registry == null || !ADDRESS.matcher(registry).matches()) {
      throw new UsageException(
          "toolchain registry '" + registry + "' is not host[:port][/path]",
          "name the registry as docker does, e.g. 127.0.0.1:5000 or registry.lab:5000/hexo");
    }
    return new ToolchainRegistry(registry.replaceAll("/+$", ""), progress);
  }

  public String address() {
    return registry;
  }

  /** {@code REGISTRY/name:tag} for a local {@code name:tag}. */
  public String remote(String localTag) {
    return registry + "/" + localTag;
  }

  /**
   * Pulls {@code REGISTRY/<tag>} and tags it {@code tag}.
   *
   * @return false when the registry does not have it
   * @throws InfrastructureException when the registry cannot be reached
   */
  public boolean pull(String tag) {
    DockerClient docker = Docker.client();
    String[] ref = split(remote(tag));
    try {
      Callback<PullResponseItem> cb = new Callback<>();
      docker.pullImageCmd(ref[0]).withTag(ref[1]).exec(cb).awaitCompletion();
      cb.check(remote(tag));
    } catch (NotFoundException e) {
      return false;
    } catch (DockerException e) {
      if (notThere(e.getMessage())) {
        return false;
      }
      throw unreachable("pull " + remote(tag), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unreachable("pull " + remote(tag), e);
    }
    String[] local = split(tag);
    docker.tagImageCmd(remote(tag), local[0], local[1]).withForce(true).exec();
    progress.accept("[toolchain] pulled " + remote(tag));
    return true;
  }

  /** Tags {@code tag} as {@code REGISTRY/<tag>} and pushes it. */
  public void push(String tag) {
    DockerClient docker = Docker.client();
    String[] ref = split(remote(tag));
    docker.tagImageCmd(tag, ref[0], ref[1]).withForce(true).exec();
    try {
      Callback<PushResponseItem> cb = new Callback<>();
      docker.pushImageCmd(ref[0]).withTag(ref[1]).exec(cb).awaitCompletion();
      cb.check(remote(tag));
    } catch (DockerException e) {
      throw unreachable("push " + remote(tag), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unreachable("push " + remote(tag), e);
    }
    progress.accept("[toolchain] pushed " + remote(tag));
  }

  private static boolean notThere(String message) {
    String m = message == null ? "" : message.toLowerCase();
    return m.contains("manifest unknown") || m.contains("not found");
  }

  private InfrastructureException unreachable(String what, Exception e) {
    return new InfrastructureException(
        "cannot " + what + ": " + e.getMessage(),
        "check that the registry "
            + registry
            + " runs and that dockerd may use it (a registry outside 127.0.0.0/8 without TLS must be"
            + " listed in insecure-registries of /etc/docker/daemon.json)",
        e);
  }

  /** name and tag of {@code name:tag} (the tag after the last colon past the last slash). */
  private static String[] split(String ref) {
    int colon = ref.lastIndexOf(':');
    if (colon < ref.lastIndexOf('/')) {
      return new String[] {ref, "latest"};
    }
    return new String[] {ref.substring(0, colon), ref.substring(colon + 1)};
  }

  /** Collects the stream's error, which Docker reports as an item rather than a status code. */
  private static final class Callback<T extends ResponseItem> extends ResultCallback.Adapter<T> {
    private volatile String error;

    @Override
    public void onNext(T item) {
      if (item.isErrorIndicated()) {
        error =
            item.getErrorDetail() != null ? item.getErrorDetail().getMessage() : item.getError();
      }
    }

    void check(String ref) {
      if (error != null) {
        if (notThere(error)) {
          throw new NotFoundException(ref + ": " + error);
        }
        throw new com.github.dockerjava.api.exception.InternalServerErrorException(error);
      }
    }
  }
}
