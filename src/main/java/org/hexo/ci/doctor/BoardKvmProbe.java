package org.hexo.ci.doctor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.board.Board;
import org.hexo.ci.board.ExecRequest;
import org.hexo.ci.board.ExecResult;
import org.hexo.ci.board.Executor;
import org.hexo.ci.board.FileTransfer;
import org.hexo.ci.nativeio.KvmProbe;
import org.hexo.ci.nativeio.KvmProbeResult;

/**
 * The KVM probe run on a board, as the board's user: the real uhyve runs there, so a board that
 * claims KVM (label {@code kvm}) must run a guest, not only show a {@code /dev/kvm}. The jar
 * carries {@code hexo-kvm-probe} as a static program per ISA; it is copied into a fresh work
 * directory on the board and its one line is judged by {@link KvmProbe#fromProgram}, as the host's
 * probe is.
 */
public final class BoardKvmProbe {
  /** Where the jar keeps the probe programs, one per ISA. */
  static final String RESOURCE = "/META-INF/native/probe/hexo-kvm-probe-";

  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  private BoardKvmProbe() {}

  /**
   * Runs the probe against {@code device} on {@code board}.
   *
   * @throws InfrastructureException when the program cannot be copied or run there (the board, not
   *     KVM, is at fault), or when this build has no probe for the board's ISA
   */
  public static KvmProbeResult run(Board board, Path device) {
    KvmProbe.Guest guest =
        KvmProbe.Guest.of(board.arch())
            .orElseThrow(
                () ->
                    new InfrastructureException(
                        "the KVM probe has no guest for board "
                            + board.name()
                            + "'s ISA "
                            + board.arch(),
                        "probe KVM only on x86_64 and aarch64 boards"));
    Executor exec = board.require(Executor.class);
    String dir = board.newWorkDir("kvm-probe");
    String program = dir + "/hexo-kvm-probe";
    Path local = extract(guest);
    try {
      board.require(FileTransfer.class).put(local, program);
    } finally {
      deleteQuietly(local);
    }
    List<String> argv =
        new ArrayList<>(List.of("sh", "-c", "chmod 755 \"$0\" && exec \"$0\" \"$@\""));
    argv.addAll(
        List.of(
            program,
            device.toString(),
            Integer.toString(guest.target()),
            Integer.toString(KvmProbe.VALUE)));
    for (int n : KvmProbe.capabilityNumbers()) {
      argv.add(Integer.toString(n));
    }
    ExecResult r = exec.run(ExecRequest.of(argv, dir, TIMEOUT));
    if (!r.succeeded()) {
      throw new InfrastructureException(
          "hexo-kvm-probe did not run on board "
              + board.name()
              + (r.timedOut() ? " (timed out after " + TIMEOUT.toSeconds() + " s)" : "")
              + ": exit "
              + r.exitCode()
              + ": "
              + r.stderr().strip(),
          "check that the board runs static " + board.arch() + " programs from " + dir);
    }
    try {
      return KvmProbe.fromProgram(device, guest, r.stdout(), r.elapsed());
    } catch (IllegalArgumentException e) {
      throw new InfrastructureException(
          "board " + board.name() + ": " + e.getMessage(),
          "use the hexo-ci jar whose probe programs match it");
    }
  }

  /** Whether this build carries the probe program for {@code arch}. */
  public static boolean available(String arch) {
    return BoardKvmProbe.class.getResource(RESOURCE + arch) != null;
  }

  private static Path extract(KvmProbe.Guest guest) {
    String name = RESOURCE + guest.arch();
    try (InputStream in = BoardKvmProbe.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new InfrastructureException(
            "this hexo-ci build has no KVM probe program for " + guest.arch() + " (" + name + ")",
            "build hexo-ci where aarch64-linux-gnu-gcc and the static C libraries are installed"
                + " (scripts/setup-host.sh installs them)");
      }
      Path tmp = Files.createTempFile("hexo-kvm-probe-", "-" + guest.arch());
      Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      return tmp;
    } catch (IOException e) {
      throw new InfrastructureException(
          "cannot extract the KVM probe program: " + e.getMessage(), "check free space in /tmp");
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // a temp file; the OS cleans /tmp
    }
  }
}
