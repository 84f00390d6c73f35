package org.hexo.ci.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hexo.ci.UsageException;

/**
 * The one place where the two boards of a test, named by ISA, get their roles: the board of the
 * unmigrated reference run, and the board of each leg of the migrated run in order ({@code source},
 * on a round trip {@code relay}, then {@code destination}). Everything else asks this record.
 *
 * @param direction which way the program moves
 * @param x86Board the inventory name of the x86-64 board
 * @param armBoard the inventory name of the aarch64 board
 */
public record BoardRoles(Direction direction, String x86Board, String armBoard) {
  public static final String X86 = "x86_64";
  public static final String ARM = "aarch64";

  /** A role of the run and the board that plays it. */
  public record Role(String role, String board, String arch) {}

  public BoardRoles {
    Objects.requireNonNull(direction, "direction");
    x86Board = requireName(x86Board, "x86-64 board", "--x86-board");
    armBoard = requireName(armBoard, "aarch64 board", "--arm-board");
    if (x86Board.equals(armBoard)) {
      throw new UsageException(
          "the x86-64 and the aarch64 board are both board '" + x86Board + "'",
          "migrate between an x86-64 board (e.g. local) and an aarch64 board (e.g. qemu-user)");
    }
  }

  /** The board the program starts on; the reference runs there too. */
  public String source() {
    return boardOf(direction.sourceArch());
  }

  /** The board the program first migrates to. */
  public String destination() {
    return boardOf(direction.destinationArch());
  }

  /** The unmigrated run. */
  public Role reference() {
    return new Role("reference", source(), direction.sourceArch());
  }

  /** The legs of the migrated run in execution order. */
  public List<Role> legs() {
    List<Role> out = new ArrayList<>();
    out.add(new Role("source", source(), direction.sourceArch()));
    if (direction == Direction.ROUND_TRIP) {
      out.add(new Role("relay", destination(), direction.destinationArch()));
      out.add(new Role("destination", source(), direction.sourceArch()));
    } else {
      out.add(new Role("destination", destination(), direction.destinationArch()));
    }
    return List.copyOf(out);
  }

  /** The inventory name of the board of ISA {@code arch}. */
  public String boardOf(String arch) {
    return X86.equals(arch) ? x86Board : armBoard;
  }

  private static String requireName(String name, String what, String flag) {
    if (name == null || name.isBlank()) {
      throw new UsageException(what + " is missing", "name a board of the inventory with " + flag);
    }
    return name;
  }
}
