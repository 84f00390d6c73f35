package org.hexo.ci.board.ssh;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.SftpException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.board.FileTransfer;

/** File transfer over SFTP on the board's SSH session; keeps the local file's permission bits. */
final class SftpFileTransfer implements FileTransfer {
  private final SshBoard board;

  SftpFileTransfer(SshBoard board) {
    this.board = board;
  }

  @Override
  public void put(Path local, String remote) {
    ChannelSftp sftp = board.openSftp();
    try {
      int slash = remote.lastIndexOf('/');
      if (slash > 0) {
        mkdirs(sftp, remote.substring(0, slash));
      }
      sftp.put(local.toString(), remote);
      sftp.chmod(mode(Files.getPosixFilePermissions(local)), remote);
    } catch (SftpException | IOException e) {
      throw failed("upload " + local + " to " + remote, e);
    } finally {
      sftp.disconnect();
    }
  }

  @Override
  public void get(String remote, Path local) {
    ChannelSftp sftp = board.openSftp();
    try {
      Path parent = local.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      sftp.get(remote, local.toString());
    } catch (SftpException | IOException e) {
      throw failed("download " + remote + " to " + local, e);
    } finally {
      sftp.disconnect();
    }
  }

  @Override
  public void mkdirs(String remote) {
    ChannelSftp sftp = board.openSftp();
    try {
      mkdirs(sftp, remote);
    } catch (SftpException e) {
      throw failed("create directory " + remote, e);
    } finally {
      sftp.disconnect();
    }
  }

  private static void mkdirs(ChannelSftp sftp, String dir) throws SftpException {
    StringBuilder path = new StringBuilder(dir.startsWith("/") ? "/" : "");
    for (String part : dir.split("/")) {
      if (part.isEmpty()) {
        continue;
      }
      path.append(part);
      try {
        sftp.stat(path.toString());
      } catch (SftpException missing) {
        sftp.mkdir(path.toString());
      }
      path.append('/');
    }
  }

  private static int mode(Set<PosixFilePermission> perms) {
    int mode = 0;
    for (PosixFilePermission p : perms) {
      mode |= 1 << (8 - p.ordinal());
    }
    return mode;
  }

  private InfrastructureException failed(String what, Exception e) {
    return new InfrastructureException(
        "board " + board.name() + " (" + board.endpoint() + "): cannot " + what + ": " + e,
        "check the path, the board's free space and that the SSH user may write there",
        e);
  }
}
