package org.hexo.ci.board.qemu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hexo.ci.InfrastructureException;

/**
 * A virtual-board image as {@code qemu-images/build.sh} leaves it (a labgrid resource: data, no
 * behaviour): Debian's arm64 kernel, the rootfs packed as an initramfs, the {@code hexo} user's
 * private key and the board's SSH host public key, described by {@code manifest.json}.
 *
 * @param dir the image directory ({@code <cache>/qemu-images/<key>/})
 * @param key the cache key: a hash of the recipe and the package versions it used
 * @param kernel the kernel file ({@code -kernel})
 * @param initrd the rootfs as a compressed cpio ({@code -initrd})
 * @param cmdline the kernel command line
 * @param user the SSH user on the board
 * @param privateKey that user's private key
 * @param hostPublicKey the board's host key ({@code ssh_host_ed25519_key.pub}), checked on connect
 */
public record QemuImage(
    Path dir,
    String key,
    Path kernel,
    Path initrd,
    String cmdline,
    String user,
    Path privateKey,
    Path hostPublicKey) {

  static final String MANIFEST = "manifest.json";

  /** Reads the image in {@code dir}; fails naming the missing piece and how to rebuild. */
  public static QemuImage at(Path dir) {
    Path manifest = dir.resolve(MANIFEST);
    JsonNode m;
    try {
      m = new ObjectMapper().readTree(manifest.toFile());
    } catch (IOException e) {
      throw broken(dir, "cannot read " + manifest + ": " + e.getMessage());
    }
    QemuImage image =
        new QemuImage(
            dir.toAbsolutePath(),
            text(m, "key", dir),
            dir.resolve(text(m, "kernel", dir)).toAbsolutePath(),
            dir.resolve(text(m, "initrd", dir)).toAbsolutePath(),
            text(m, "cmdline", dir),
            text(m, "user", dir),
            dir.resolve(text(m, "private_key", dir)).toAbsolutePath(),
            dir.resolve(text(m, "host_public_key", dir)).toAbsolutePath());
    for (Path f : List.of(image.kernel, image.initrd, image.privateKey, image.hostPublicKey)) {
      if (!Files.isRegularFile(f)) {
        throw broken(dir, f.getFileName() + " is missing");
      }
    }
    return image;
  }

  /** The known_hosts line that pins the board's host key for an SSH port forwarded on 127.0.0.1. */
  public String knownHostsLine(int port) {
    try {
      String[] f = Files.readString(hostPublicKey).trim().split("\\s+");
      return "[127.0.0.1]:" + port + " " + f[0] + " " + f[1];
    } catch (IOException | ArrayIndexOutOfBoundsException e) {
      throw broken(dir, "unreadable host key " + hostPublicKey + ": " + e.getMessage());
    }
  }

  private static String text(JsonNode m, String field, Path dir) {
    JsonNode v = m.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw broken(dir, MANIFEST + " has no '" + field + "'");
    }
    return v.asText();
  }

  private static InfrastructureException broken(Path dir, String what) {
    return new InfrastructureException(
        "virtual-board image " + dir + " is incomplete: " + what,
        "rebuild it with qemu-images/build.sh --force (or delete " + dir + ")");
  }
}
