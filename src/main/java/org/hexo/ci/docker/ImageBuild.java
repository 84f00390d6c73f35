package org.hexo.ci.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.BuildImageCmd;
import com.github.dockerjava.api.model.BuildResponseItem;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One classic {@code docker build} through docker-java, with host networking, its output streamed
 * line by line to a log and a listener, and the tail kept for error messages.
 */
public final class ImageBuild {
  /** How a build ended badly. */
  public static final class Failed extends Exception {
    private final boolean commandFailed;
    private final List<String> tail;

    Failed(String message, boolean commandFailed, List<String> tail) {
      super(message);
      this.commandFailed = commandFailed;
      this.tail = List.copyOf(tail);
    }

    /** True when a RUN instruction exited non-zero (the build itself worked). */
    public boolean commandFailed() {
      return commandFailed;
    }

    /** The last lines of the build output. */
    public List<String> tail() {
      return tail;
    }
  }

  private ImageBuild() {}

  /**
   * Builds {@code dockerfile} (inside {@code context}) and returns the image id; {@code layerCache}
   * false ignores Docker's own layer cache (a truly cold build).
   */
  public static String run(
      DockerClient docker,
      Path context,
      Path dockerfile,
      Map<String, String> buildArgs,
      String tag,
      Map<String, String> labels,
      boolean layerCache,
      Writer log,
      Consumer<String> lines)
      throws Failed, InterruptedException {
    Deque<String> tail = new ArrayDeque<>();
    StringBuilder partial = new StringBuilder();
    String[] error = {null};
    BuildImageCmd cmd =
        docker
            .buildImageCmd()
            .withBaseDirectory(context.toFile())
            .withDockerfile(dockerfile.toFile())
            .withTags(Set.of(tag))
            .withLabels(labels)
            .withNetworkMode("host")
            .withPull(false)
            .withRemove(true)
            .withForcerm(true)
            .withNoCache(!layerCache);
    buildArgs.forEach(cmd::withBuildArg);
    ResultCallback.Adapter<BuildResponseItem> cb =
        new ResultCallback.Adapter<>() {
          @Override
          public void onNext(BuildResponseItem item) {
            if (item.getStream() != null) {
              partial.append(item.getStream());
              int nl;
              while ((nl = partial.indexOf("\n")) >= 0) {
                emit(partial.substring(0, nl));
                partial.delete(0, nl + 1);
              }
            }
            if (item.isErrorIndicated()) {
              error[0] =
                  item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null
                      ? item.getErrorDetail().getMessage()
                      : item.getError();
              emit("ERROR: " + error[0]);
            }
          }

          private void emit(String line) {
            try {
              log.write(line);
              log.write('\n');
              log.flush();
            } catch (IOException e) {
              // the stream to the listener carries on; the log file is best effort
            }
            lines.accept(line);
            tail.addLast(line);
            if (tail.size() > 30) {
              tail.removeFirst();
            }
          }
        };
    try {
      cmd.exec(cb).awaitCompletion();
    } catch (RuntimeException e) {
      throw new Failed("docker build failed: " + e.getMessage(), false, List.copyOf(tail));
    }
    if (error[0] != null) {
      boolean commandFailed = error[0].contains("returned a non-zero code");
      throw new Failed(error[0], commandFailed, List.copyOf(tail));
    }
    // the stream reports a short id; the inspected id is the full sha256:... one
    return docker.inspectImageCmd(tag).exec().getId();
  }
}
