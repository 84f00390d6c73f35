package org.hexo.ci.board.ssh;

import com.jcraft.jsch.ChannelExec;
import com.jcraft.jsch.JSchException;
import java.io.IOException;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.board.ExecRequest;
import org.hexo.ci.board.internal.AbstractExecution;
import org.hexo.ci.board.internal.RemoteCommands;

/**
 * A program started over an SSH exec channel. The wrapper reports its remote pid as the first
 * stdout line; signals and the timeout kill go through further exec channels on the same session.
 */
final class SshExecution extends AbstractExecution {
  private final SshBoard board;
  private final ChannelExec channel;

  SshExecution(SshBoard board, ExecRequest request) {
    super(request, true);
    this.board = board;
    RemoteCommands.checkedEnv(request.env());
    this.channel = board.openExec(ShellQuote.join(RemoteCommands.wrapped(request, true)));
    try {
      stdout.pump(channel.getInputStream(), "ssh-stdout-" + board.name());
      stderr.pump(channel.getErrStream(), "ssh-stderr-" + board.name());
      channel.connect((int) SshBoard.CONNECT_TIMEOUT.toMillis());
    } catch (IOException | JSchException e) {
      channel.disconnect();
      throw board.unreachable("cannot start " + request.argv().get(0), e);
    }
  }

  @Override
  public void signal(String signalName) {
    String cmd = ShellQuote.join(RemoteCommands.signal(remotePid(), signalName));
    int rc = board.runQuietly(cmd);
    if (rc != 0) {
      throw new InfrastructureException(
          "could not send SIG" + signalName + " on " + board.endpoint() + " (exit " + rc + ")",
          "the program has probably exited already; check its output");
    }
  }

  @Override
  public boolean isAlive() {
    return !channel.isClosed();
  }

  @Override
  protected boolean waitForExit(long millis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + millis;
    while (!channel.isClosed()) {
      if (System.currentTimeMillis() >= deadline) {
        return false;
      }
      Thread.sleep(20);
    }
    return true;
  }

  /**
   * The remote exit status; none with the session gone means the connection was lost under the
   * program (a program killed by a signal has none either, but its session stays up).
   */
  @Override
  protected int exitCode() {
    int status = channel.getExitStatus();
    if (status == -1 && !sessionUp()) {
      throw new InfrastructureException(
          "board "
              + board.name()
              + " (ssh "
              + board.endpoint()
              + ") lost the SSH connection while "
              + request.argv().get(0)
              + " ran; its exit is unknown",
          "check sshd and the network on " + board.endpoint() + ", then run again");
    }
    return status;
  }

  private boolean sessionUp() {
    try {
      return channel.getSession().isConnected();
    } catch (JSchException e) {
      return false;
    }
  }

  @Override
  protected void killTree() {
    if (stdout.pid().isDone() && !stdout.pid().isCompletedExceptionally()) {
      board.runQuietly(ShellQuote.join(RemoteCommands.killTree(stdout.pid().join())));
    }
    try {
      waitForExit(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  protected void release() {
    channel.disconnect();
  }
}
