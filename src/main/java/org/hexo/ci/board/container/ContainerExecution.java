package org.hexo.ci.board.container;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectExecResponse;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import java.io.IOException;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.board.ExecRequest;
import org.hexo.ci.board.internal.AbstractExecution;
import org.hexo.ci.board.internal.RemoteCommands;
import org.hexo.ci.nativeio.Signals;

/**
 * A program started with docker exec in a running container. The program is wrapped so that its
 * first stdout line is its pid inside the container, which the timeout kill uses through further
 * execs; {@link #signal} reaches the process directly by its pid on this host when the daemon runs
 * here ({@link HostPids}), through an exec otherwise.
 */
final class ContainerExecution extends AbstractExecution {
  private final DockerClient docker;
  private final String containerId;
  private final String execId;
  private final ResultCallback.Adapter<Frame> callback;
  private long initPid;

  ContainerExecution(DockerClient docker, String containerId, ExecRequest request) {
    super(request, true);
    this.docker = docker;
    this.containerId = containerId;
    this.execId =
        docker
            .execCreateCmd(containerId)
            .withCmd(RemoteCommands.wrapped(request, false).toArray(String[]::new))
            .withEnv(
                RemoteCommands.checkedEnv(request.env()).entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .toList())
            .withAttachStdout(true)
            .withAttachStderr(true)
            .exec()
            .getId();
    this.callback =
        docker
            .execStartCmd(execId)
            .exec(
                new ResultCallback.Adapter<>() {
                  @Override
                  public void onNext(Frame frame) {
                    byte[] b = frame.getPayload();
                    if (frame.getStreamType() == StreamType.STDERR) {
                      stderr.accept(b, 0, b.length);
                    } else {
                      stdout.accept(b, 0, b.length);
                    }
                  }

                  @Override
                  public void onComplete() {
                    stdout.finish();
                    stderr.finish();
                    super.onComplete();
                  }

                  @Override
                  public void onError(Throwable t) {
                    stdout.finish();
                    stderr.finish();
                    super.onError(t);
                  }
                });
  }

  @Override
  public void signal(String signalName) {
    OptionalLong host = HostPids.of(containerId, initPid(), remotePid());
    if (host.isPresent()) {
      Signals.send(host.getAsLong(), signalName);
      return;
    }
    List<String> kill = RemoteCommands.signal(remotePid(), signalName);
    int rc = runQuietly(kill);
    if (rc != 0) {
      throw new InfrastructureException(
          "could not send SIG" + signalName + " in container " + containerId + " (exit " + rc + ")",
          "the program has probably exited already; check its output");
    }
  }

  /** The program's pid as the container sees it. */
  long pidInContainer() {
    return remotePid();
  }

  private long initPid() {
    if (initPid == 0) {
      Long pid = docker.inspectContainerCmd(containerId).exec().getState().getPidLong();
      initPid = pid == null ? -1 : pid;
    }
    return initPid;
  }

  @Override
  public boolean isAlive() {
    return !stdout.finished().isDone();
  }

  @Override
  protected boolean waitForExit(long millis) throws InterruptedException {
    return callback.awaitCompletion(millis, TimeUnit.MILLISECONDS);
  }

  @Override
  protected int exitCode() {
    for (int i = 0; i < 100; i++) {
      InspectExecResponse r = docker.inspectExecCmd(execId).exec();
      if (!Boolean.TRUE.equals(r.isRunning()) && r.getExitCodeLong() != null) {
        return r.getExitCodeLong().intValue();
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new InfrastructureException(
        "docker did not report the exit code of exec " + execId,
        "check dockerd's health (docker info) and its log");
  }

  @Override
  protected void killTree() {
    if (stdout.pid().isDone() && !stdout.pid().isCompletedExceptionally()) {
      runQuietly(RemoteCommands.killTree(stdout.pid().join()));
    }
    try {
      callback.awaitCompletion(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Runs a helper command in the container and returns its exit code. */
  private int runQuietly(List<String> argv) {
    String id =
        docker
            .execCreateCmd(containerId)
            .withCmd(argv.toArray(String[]::new))
            .withAttachStdout(true)
            .withAttachStderr(true)
            .exec()
            .getId();
    try {
      docker.execStartCmd(id).exec(new ResultCallback.Adapter<Frame>()).awaitCompletion();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Long rc = docker.inspectExecCmd(id).exec().getExitCodeLong();
    return rc == null ? -1 : rc.intValue();
  }

  @Override
  protected void release() {
    try {
      callback.close();
    } catch (IOException e) {
      // the stream is gone already
    }
  }
}
