package org.hexo.ci.toolchain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code docker-registry} (the CNCF distribution registry) on a free 127.0.0.1 port with
 * its storage in a temporary directory; dockerd talks plain HTTP to it, as it does to any registry
 * in 127.0.0.0/8. Started when its "listening on" line appears; stopped by {@link #close}.
 */
final class LocalRegistry implements AutoCloseable {
  static final Path BINARY = Path.of("/usr/bin/docker-registry");

  private final Process process;
  private final String address;

  private LocalRegistry(Process process, String address) {
    this.process = process;
    this.address = address;
  }

  static LocalRegistry start(Path dir) throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    String address = "127.0.0.1:" + port;
    Path config =
        Files.writeString(
            dir.resolve("registry.yml"),
            "version: 0.1\n"
                + "log: {level: info}\n"
                + "storage: {filesystem: {rootdirectory: "
                + dir.resolve("data")
                + "}}\n"
                + "http: {addr: \""
                + address
                + "\", secret: hexo-ci-test}\n");
    Process p =
        new ProcessBuilder(BINARY.toString(), "serve", config.toString())
            .redirectErrorStream(true)
            .start();
    Path log = dir.resolve("registry.log");
    CompletableFuture<Boolean> listening = new CompletableFuture<>();
    Thread pump =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                  Files.writeString(
                      log,
                      line + "\n",
                      java.nio.file.StandardOpenOption.CREATE,
                      java.nio.file.StandardOpenOption.APPEND);
                  if (line.contains("listening on " + address)) {
                    listening.complete(true);
                  }
                }
              } catch (IOException e) {
                listening.completeExceptionally(e);
              }
              listening.complete(false);
            },
            "registry-log");
    pump.setDaemon(true);
    pump.start();
    if (!listening.get(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException(
          "docker-registry did not start on " + address + ":\n" + Files.readString(log));
    }
    return new LocalRegistry(p, address);
  }

  /** {@code 127.0.0.1:PORT}. */
  String address() {
    return address;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
