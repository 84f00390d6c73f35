package org.hexo.ci;

/** Bad input from the user: an unknown value, a malformed spec, a missing file. Exit code 2. */
public class UsageException extends HexoCiException {
  public UsageException(String message, String remedy) {
    super(message, remedy, null);
  }

  public UsageException(String message, String remedy, Throwable cause) {
    super(message, remedy, cause);
  }
}
