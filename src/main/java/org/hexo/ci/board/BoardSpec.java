package org.hexo.ci.board;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hexo.ci.UsageException;

/**
 * A board as the inventory describes it (a labgrid resource: data, no behaviour). {@link
 * BoardFactory} turns it into a driver. Fields a kind does not use are null (or 0 for the port).
 *
 * @param name unique name in the inventory, used by {@code --board} and reports
 * @param kind the driver: one of {@link BoardFactory#kinds()} ({@code local}, {@code qemu-user},
 *     {@code ssh}, {@code qemu-system} in this build)
 * @param address host name or IP of an SSH board
 * @param port SSH port (22 when omitted for ssh boards)
 * @param user SSH user
 * @param key private key file for SSH
 * @param knownHosts known_hosts file the board's host key is checked against
 * @param home directory on the board under which work directories are made
 * @param arch the board's ISA as {@code uname -m} prints it (defaults: the host's for local,
 *     aarch64 for qemu-user and qemu-system)
 * @param labels free-form tags matrix targets select boards by
 * @param options kind-specific settings (e.g. {@code image} for qemu-user), checked by the driver
 */
public record BoardSpec(
    String name,
    String kind,
    String address,
    int port,
    String user,
    Path key,
    Path knownHosts,
    String home,
    String arch,
    Set<String> labels,
    Map<String, String> options) {

  public BoardSpec {
    if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw invalid(name, "name", name, "use letters, digits, '.', '_' and '-'");
    }
    if (kind == null || !BoardFactory.kinds().contains(kind)) {
      throw invalid(name, "kind", kind, "kind is one of " + BoardFactory.kinds());
    }
    String normalized = Archs.normalize(arch);
    if (arch != null && normalized == null) {
      throw invalid(name, "arch", arch, "arch is x86_64 or aarch64");
    }
    if (normalized == null) {
      normalized =
          kind.equals("local")
              ? Archs.host()
              : kind.equals("qemu-user") || kind.equals("qemu-system") ? "aarch64" : null;
    }
    arch = normalized;
    if (port < 0 || port > 65535) {
      throw invalid(name, "port", Integer.toString(port), "port is 1-65535");
    }
    if (kind.equals("ssh")) {
      require(name, "address", address);
      require(name, "user", user);
      require(name, "key", key);
      require(name, "known_hosts", knownHosts);
      require(name, "arch", arch);
      port = port == 0 ? 22 : port;
      home = home != null ? home : user.equals("root") ? "/root" : "/home/" + user;
    }
    labels = Set.copyOf(new TreeSet<>(labels == null ? Set.of() : labels));
    options = Map.copyOf(new TreeMap<>(options == null ? Map.of() : options));
  }

  /** A board of a kind that needs no connection settings (local, qemu-user). */
  public static BoardSpec simple(String name, String kind, String arch, Set<String> labels) {
    return new BoardSpec(name, kind, null, 0, null, null, null, null, arch, labels, Map.of());
  }

  private static void require(String board, String field, Object value) {
    if (value == null || value.toString().isBlank()) {
      throw new UsageException(
          "board '" + board + "': field '" + field + "' is required for ssh boards",
          "add `" + field + ": ...` to the board's entry in the inventory");
    }
  }

  private static UsageException invalid(String board, String field, String value, String remedy) {
    return new UsageException(
        "board '" + board + "': invalid " + field + " '" + value + "'", remedy);
  }

  /** The labels matrix selectors match: the declared ones plus kind and arch. */
  public Set<String> effectiveLabels() {
    Set<String> all = new TreeSet<>(labels);
    all.add(kind);
    if (arch != null) {
      all.add(arch);
    }
    return all;
  }

  public String option(String key) {
    return options.get(key);
  }

  @Override
  public String toString() {
    return name + " (" + kind + (address == null ? "" : " " + address + ":" + port) + ")";
  }
}
