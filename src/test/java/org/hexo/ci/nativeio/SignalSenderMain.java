package org.hexo.ci.nativeio;

/**
 * Run in a separate JVM by {@link SignalsIT}: prints whether the native helper is available, then
 * sends a signal with {@link Signals#send} and prints "sent" or the error.
 */
public final class SignalSenderMain {
  private SignalSenderMain() {}

  public static void main(String[] args) {
    System.out.println("available=" + VmmLibrary.isAvailable());
    try {
      Signals.send(Long.parseLong(args[0]), args[1]);
      System.out.println("sent");
    } catch (RuntimeException e) {
      System.out.println("error=" + e.getMessage());
    }
  }
}
