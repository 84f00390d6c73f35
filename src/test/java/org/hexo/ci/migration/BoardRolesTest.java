package org.hexo.ci.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.hexo.ci.UsageException;
import org.junit.jupiter.api.Test;

/** Roles come from the direction alone; the boards are named by ISA. */
class BoardRolesTest {
  private static BoardRoles roles(Direction d) {
    return new BoardRoles(d, "pc", "pi");
  }

  @Test
  void x86ToArmStartsOnTheX86Board() {
    BoardRoles r = roles(Direction.X86_TO_ARM);
    assertThat(r.reference()).isEqualTo(new BoardRoles.Role("reference", "pc", "x86_64"));
    assertThat(r.legs())
        .containsExactly(
            new BoardRoles.Role("source", "pc", "x86_64"),
            new BoardRoles.Role("destination", "pi", "aarch64"));
  }

  @Test
  void armToX86StartsOnTheArmBoard() {
    BoardRoles r = roles(Direction.ARM_TO_X86);
    assertThat(r.source()).isEqualTo("pi");
    assertThat(r.destination()).isEqualTo("pc");
    assertThat(r.reference().board()).as("the reference runs on the source ISA").isEqualTo("pi");
  }

  @Test
  void aRoundTripRelaysOnTheArmBoardAndEndsWhereItStarted() {
    assertThat(roles(Direction.ROUND_TRIP).legs())
        .extracting(BoardRoles.Role::role, BoardRoles.Role::board)
        .containsExactly(tuple("source", "pc"), tuple("relay", "pi"), tuple("destination", "pc"));
    assertThat(roles(Direction.ROUND_TRIP).destination()).isEqualTo("pi");
  }

  @Test
  void oneBoardForBothIsUsageError() {
    assertThatThrownBy(() -> new BoardRoles(Direction.X86_TO_ARM, "local", "local"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("'local'");
  }
}
