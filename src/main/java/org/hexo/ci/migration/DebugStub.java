package org.hexo.ci.migration;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.UsageException;
import org.hexo.ci.board.Board;
import org.hexo.ci.board.ExecRequest;
import org.hexo.ci.board.Executor;
import org.hexo.ci.board.FileTransfer;

/**
 * A replayed leg started under a debugger stub on 127.0.0.1: for aarch64, this host's static
 * qemu-user with {@code -g PORT} copied into the leg's directory (it runs the program itself: the
 * proxy's exec would start a fresh emulator without the stub); for x86-64, the board's {@code
 * gdbserver}. Only boards on this host's network qualify, so the port is reachable here.
 *
 * @param argv the leg's command line
 * @param port the stub's port on 127.0.0.1
 * @param attach the command that attaches a debugger to it
 */
record DebugStub(List<String> argv, int port, String attach) {
  private static final List<Path> QEMU =
      List.of(
          Path.of("/usr/bin/qemu-aarch64-static"),
          Path.of("/usr/local/bin/qemu-aarch64-static"),
          Path.of("/usr/bin/qemu-aarch64"));
  private static final Duration PROBE = Duration.ofSeconds(30);

  /**
   * Prepares a stub for the program of ISA {@code arch} in {@code workDir} on {@code board}; {@code
   * symbols} is the host copy of the program, for the attach command.
   */
  static DebugStub prepare(Board board, String workDir, String arch, Path symbols) {
    if (!board.onHostNetwork()) {
      throw new UsageException(
          "--gdb needs a board on this host's network, and '" + board.name() + "' is not",
          "replay on a local or qemu-user board (--board NAME), or start gdbserver on the board"
              + " by hand");
    }
    int port = freePort();
    String prog = workDir + "/" + MigrationArtifacts.programFor(arch);
    if (BoardRoles.ARM.equals(arch)) {
      Path qemu =
          QEMU.stream()
              .filter(Files::isExecutable)
              .findFirst()
              .orElseThrow(
                  () ->
                      new UsageException(
                          "--gdb on aarch64 needs qemu-user on this host (none of " + QEMU + ")",
                          "install it: apt-get install qemu-user-static"));
      String stub = workDir + "/qemu-gdb";
      board.require(FileTransfer.class).put(qemu, stub);
      run(board, workDir, List.of("chmod", "+x", stub));
      return new DebugStub(
          List.of(stub, "-g", Integer.toString(port), prog),
          port,
          attach("gdb-multiarch", port, symbols));
    }
    if (run(board, workDir, List.of("sh", "-c", "command -v gdbserver")).isEmpty()) {
      throw new UsageException(
          "--gdb on x86-64 needs gdbserver on board '" + board.name() + "'",
          "install it there: apt-get install gdbserver");
    }
    return new DebugStub(
        List.of("gdbserver", "127.0.0.1:" + port, prog), port, attach("gdb", port, symbols));
  }

  private static String attach(String gdb, int port, Path symbols) {
    return gdb + " -ex 'target remote 127.0.0.1:" + port + "' " + symbols;
  }

  /** The command's stdout when it succeeds, empty otherwise. */
  private static Optional<String> run(Board board, String dir, List<String> argv) {
    var r = board.require(Executor.class).run(ExecRequest.of(argv, dir, PROBE));
    return r.succeeded() ? Optional.of(r.stdout()) : Optional.empty();
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new InfrastructureException(
          "no free port on 127.0.0.1 for the debugger stub: " + e, "free a local port", e);
    }
  }
}
