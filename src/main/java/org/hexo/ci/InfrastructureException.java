package org.hexo.ci;

/**
 * The machinery failed, not the code under test: Docker down, a board unreachable, QEMU did not
 * boot, a leg timed out. Exit code 3, which Jenkins maps to FAILURE rather than UNSTABLE.
 */
public class InfrastructureException extends HexoCiException {
  public InfrastructureException(String message, String remedy) {
    super(message, remedy, null);
  }

  public InfrastructureException(String message, String remedy, Throwable cause) {
    super(message, remedy, cause);
  }
}
