package org.hexo.ci.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.hexo.ci.UsageException;
import org.hexo.ci.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoardInventoryTest {
  @TempDir Path dir;

  private Path write(String yaml) throws Exception {
    return Files.writeString(dir.resolve("boards.yaml"), yaml);
  }

  @Test
  void defaultInventoryHasLocalAndQemuUser() {
    BoardInventory inv = BoardInventory.defaults();
    assertThat(inv.boards()).extracting(BoardSpec::name).containsExactly("local", "qemu-user");
    assertThat(inv.get("qemu-user").arch()).isEqualTo("aarch64");
    assertThat(inv.get("local").kind()).isEqualTo("local");
    assertThat(inv.source()).isEmpty();
  }

  @Test
  void aVirtualBoardIsAarch64WithoutSayingSoAndMatchesThatLabel() throws Exception {
    BoardInventory inv =
        BoardInventory.load(write("boards:\n  - {name: vb, kind: qemu-system}\n"), Map.of());
    assertThat(inv.get("vb").arch()).as("a matrix only leases aarch64 boards").isEqualTo("aarch64");
    assertThat(inv.get("vb").effectiveLabels()).contains("qemu-system", "aarch64");
  }

  @Test
  void readsSshBoardsWithDefaultsAndResolvedPaths() throws Exception {
    BoardInventory inv =
        BoardInventory.load(
            write(
                """
                boards:
                  - name: potato0
                    kind: ssh
                    address: 127.0.0.1
                    user: hexo
                    key: keys/id_ed25519
                    known_hosts: keys/known_hosts
                    arch: arm64
                    labels: [potato, kvm]
                  - name: emu
                    kind: qemu-user
                    options: {image: "hexo-board-arm64:test"}
                """));
    BoardSpec b = inv.get("potato0");
    assertThat(b.port()).as("ssh port defaults to 22").isEqualTo(22);
    assertThat(b.home()).isEqualTo("/home/hexo");
    assertThat(b.arch()).as("Debian spelling normalised to uname's").isEqualTo("aarch64");
    assertThat(b.key()).isEqualTo(dir.resolve("keys/id_ed25519"));
    assertThat(b.knownHosts()).isEqualTo(dir.resolve("keys/known_hosts"));
    assertThat(b.effectiveLabels()).containsExactly("aarch64", "kvm", "potato", "ssh");
    assertThat(inv.get("emu").option("image")).isEqualTo("hexo-board-arm64:test");
  }

  @Test
  void unknownFieldNamesFileBoardAndField() throws Exception {
    Path f = write("boards:\n  - name: b1\n    kind: local\n    adress: x\n");
    assertThatThrownBy(() -> BoardInventory.load(f))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining(f.toString())
        .hasMessageContaining("'b1'")
        .hasMessageContaining("'adress'");
  }

  @Test
  void unknownKindNamesFileBoardAndValue() throws Exception {
    Path f = write("boards:\n  - name: b2\n    kind: telnet\n");
    assertThatThrownBy(() -> BoardInventory.load(f))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining(f.toString())
        .hasMessageContaining("'b2'")
        .hasMessageContaining("'telnet'")
        .satisfies(e -> assertThat(((UsageException) e).remedy()).contains("qemu-system"));
  }

  @Test
  void sshBoardWithoutKeyIsRejected() throws Exception {
    Path f =
        write(
            "boards:\n  - name: b3\n    kind: ssh\n    address: h\n    user: u\n"
                + "    known_hosts: k\n    arch: aarch64\n");
    assertThatThrownBy(() -> BoardInventory.load(f))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("'b3'")
        .hasMessageContaining("'key'");
  }

  @Test
  void duplicateNamesBadArchAndMissingFileAreUsageErrors() throws Exception {
    Path dup = write("boards:\n  - {name: a, kind: local}\n  - {name: a, kind: local}\n");
    assertThatThrownBy(() -> BoardInventory.load(dup)).hasMessageContaining("twice");
    Path arch = write("boards:\n  - {name: a, kind: local, arch: riscv64}\n");
    assertThatThrownBy(() -> BoardInventory.load(arch)).hasMessageContaining("'riscv64'");
    Path noList = write("board:\n  - {name: a, kind: local}\n");
    assertThatThrownBy(() -> BoardInventory.load(noList)).isInstanceOf(UsageException.class);
    assertThatThrownBy(() -> BoardInventory.load(dir.resolve("missing.yaml")))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("missing.yaml");
  }

  @Test
  void unknownBoardNameListsKnownOnes() {
    assertThatThrownBy(() -> BoardInventory.defaults().get("potato9"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("'potato9'")
        .satisfies(e -> assertThat(((UsageException) e).remedy()).contains("local, qemu-user"));
  }

  @Test
  void environmentReferencesAreExpandedFromTheMapPassedIn() throws Exception {
    Path f =
        write(
            """
            boards:
              - name: potato0
                kind: ssh
                address: ${BOARD_HOST}
                port: ${BOARD_PORT}
                user: ${HEXO_SSH_USER}
                key: ${HEXO_SSH_KEY}
                known_hosts: keys/${KH}_hosts
                arch: aarch64
                labels: [potato, "${EXTRA_LABEL}"]
                options: {host-keys: "${HOST_KEYS}"}
            """);
    Map<String, String> env =
        Map.of(
            "BOARD_HOST", "127.0.0.1",
            "BOARD_PORT", "2222",
            "HEXO_SSH_USER", "jenkins",
            "HEXO_SSH_KEY", "/run/secrets/ssh key",
            "KH", "known",
            "EXTRA_LABEL", "kvm",
            "HOST_KEYS", "accept-new");

    BoardSpec b = BoardInventory.load(f, env).get("potato0");

    assertThat(b.address()).isEqualTo("127.0.0.1");
    assertThat(b.port()).isEqualTo(2222);
    assertThat(b.user()).isEqualTo("jenkins");
    assertThat(b.key())
        .as("an absolute path from a credential")
        .isEqualTo(Path.of("/run/secrets/ssh key"));
    assertThat(b.knownHosts()).isEqualTo(dir.resolve("keys/known_hosts"));
    assertThat(b.labels()).containsExactlyInAnyOrder("potato", "kvm");
    assertThat(b.option("host-keys")).isEqualTo("accept-new");
  }

  @Test
  void anUnsetVariableIsAUsageErrorNamingItTheBoardAndTheFile() throws Exception {
    Path f =
        write(
            """
            boards:
              - name: potato0
                kind: ssh
                address: 127.0.0.1
                user: hexo
                key: ${HEXO_SSH_KEY}
                known_hosts: kh
                arch: aarch64
            """);
    assertThatThrownBy(() -> BoardInventory.load(f, Map.of("OTHER", "x")))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("HEXO_SSH_KEY")
        .hasMessageContaining("not set")
        .hasMessageContaining("board 'potato0'")
        .hasMessageContaining(f.toString());
    if (System.getenv("HEXO_SSH_KEY") == null) {
      assertThat(Main.run("board", "list", "--boards", f.toString()))
          .as("the CLI passes its environment and maps the error to exit 2")
          .isEqualTo(2);
    }
  }

  @Test
  void textWithoutReferencesIsLeftAlone() throws Exception {
    Path f = write("boards:\n  - name: b1\n    kind: local\n    labels: [\"$HOME\", \"a$b\"]\n");
    assertThat(BoardInventory.load(f, Map.of()).get("b1").labels())
        .containsExactlyInAnyOrder("$HOME", "a$b");
  }
}
