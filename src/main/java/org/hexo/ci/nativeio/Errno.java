package org.hexo.ci.nativeio;

import java.util.Map;

/** Names and words for the Linux errno values the native helper returns. */
final class Errno {
  static final int EPERM = 1;
  static final int ENOENT = 2;
  static final int ESRCH = 3;
  static final int EACCES = 13;
  static final int EISDIR = 21;
  static final int EINVAL = 22;
  static final int ENOTTY = 25;
  static final int ENOSYS = 38;
  static final int EPROTO = 71;

  private static final Map<Integer, String> NAMES =
      Map.ofEntries(
          Map.entry(EPERM, "EPERM, operation not permitted"),
          Map.entry(ENOENT, "ENOENT, no such file or directory"),
          Map.entry(ESRCH, "ESRCH, no such process"),
          Map.entry(4, "EINTR, interrupted system call"),
          Map.entry(5, "EIO, input/output error"),
          Map.entry(6, "ENXIO, no such device or address"),
          Map.entry(7, "E2BIG, argument list too long"),
          Map.entry(8, "ENOEXEC, exec format error"),
          Map.entry(9, "EBADF, bad file descriptor"),
          Map.entry(10, "ECHILD, no child processes"),
          Map.entry(11, "EAGAIN, resource temporarily unavailable"),
          Map.entry(12, "ENOMEM, cannot allocate memory"),
          Map.entry(EACCES, "EACCES, permission denied"),
          Map.entry(14, "EFAULT, bad address"),
          Map.entry(16, "EBUSY, device or resource busy"),
          Map.entry(17, "EEXIST, file exists"),
          Map.entry(19, "ENODEV, no such device"),
          Map.entry(20, "ENOTDIR, not a directory"),
          Map.entry(EISDIR, "EISDIR, is a directory"),
          Map.entry(EINVAL, "EINVAL, invalid argument"),
          Map.entry(23, "ENFILE, too many open files in system"),
          Map.entry(24, "EMFILE, too many open files"),
          Map.entry(ENOTTY, "ENOTTY, inappropriate ioctl for device"),
          Map.entry(26, "ETXTBSY, text file busy"),
          Map.entry(ENOSYS, "ENOSYS, function not implemented"),
          Map.entry(40, "ELOOP, too many levels of symbolic links"),
          Map.entry(EPROTO, "EPROTO, protocol error"),
          Map.entry(95, "EOPNOTSUPP, operation not supported"));

  private Errno() {}

  /** E.g. "errno 2 (ENOENT, no such file or directory)". */
  static String describe(int errno) {
    String name = NAMES.get(errno);
    return name == null ? "errno " + errno : "errno " + errno + " (" + name + ")";
  }
}
