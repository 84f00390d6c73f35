package org.hexo.ci.board.local;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.board.ExecRequest;
import org.hexo.ci.board.ResourceUsage;
import org.hexo.ci.board.internal.AbstractExecution;
import org.hexo.ci.nativeio.ChildUsage;
import org.hexo.ci.nativeio.NativeProcess;
import org.hexo.ci.nativeio.Signals;

/** A program running as a child process of this JVM. */
final class LocalExecution extends AbstractExecution {
  private final Process process;

  LocalExecution(ExecRequest request, Path workDir) {
    super(request, false);
    ProcessBuilder pb =
        new ProcessBuilder(request.argv())
            .directory(workDir.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    pb.environment().putAll(request.env());
    try {
      // The native launcher when it loads (peak RSS and CPU time per leg), else pb.start().
      process = NativeProcess.start(pb);
    } catch (IOException e) {
      throw new InfrastructureException(
          "could not start " + request.argv().get(0) + " in " + workDir + ": " + e.getMessage(),
          "check that the program exists and is executable on this host",
          e);
    }
    LegRecords.track(process, workDir);
    stdout.pump(process.getInputStream(), "local-stdout-" + process.pid());
    stderr.pump(process.getErrorStream(), "local-stderr-" + process.pid());
  }

  long pid() {
    return process.pid();
  }

  @Override
  public void signal(String signalName) {
    Signals.send(process.pid(), signalName);
  }

  @Override
  public boolean isAlive() {
    return process.isAlive();
  }

  @Override
  protected boolean waitForExit(long millis) throws InterruptedException {
    return process.waitFor(millis, TimeUnit.MILLISECONDS);
  }

  @Override
  protected int exitCode() {
    return process.exitValue();
  }

  @Override
  protected ResourceUsage usage() {
    ChildUsage u = NativeProcess.usageOf(process);
    return u.known()
        ? new ResourceUsage(u.maxRssKiB(), u.userMillis(), u.systemMillis())
        : ResourceUsage.UNKNOWN;
  }

  @Override
  protected void killTree() {
    // Snapshot the tree first: once the parent dies its children are re-parented and lost.
    List<ProcessHandle> tree = process.descendants().toList();
    process.destroyForcibly();
    tree.forEach(ProcessHandle::destroyForcibly);
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
