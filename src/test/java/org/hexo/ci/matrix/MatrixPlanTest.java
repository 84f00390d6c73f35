package org.hexo.ci.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hexo.ci.UsageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fan-out plan: cells with their lock label and builds, skipped and failed cells, JSON. */
class MatrixPlanTest {
  @TempDir Path tmp;

  static final MatrixSpec SPEC =
      MatrixFile.parse(
          """
          name: nightly
          repeat: 3
          lease-timeout: 900
          axes:
            apps: [is, cg]
            classes: [S]
            modes: [cr]
            directions: [x86-to-arm]
            triggers: ["timer:1"]
            targets: ["label:qemu-user", "label:qemu-system", potato0]
          health-check: {app: is, class: S, mode: cr, direction: x86-to-arm, trigger: "output:^ +1$"}
          """,
          "nightly.yaml");

  static final List<MatrixBoard> BOARDS =
      List.of(
          new MatrixBoard("qemu-user", "qemu-user", "aarch64", Set.of()),
          new MatrixBoard("potato0", "ssh", "aarch64", Set.of("potato")));

  @Test
  void cellsCarryTheirLabelBuildsRepeatAndLease() throws Exception {
    MatrixPlan p =
        MatrixPlan.of(
            SPEC,
            "nightly.yaml",
            "hexo-lite",
            List.of(),
            BOARDS,
            "fanout/artifacts",
            Map.of("cg-S", "build failed: cg does not compile"));

    assertThat(p.cells())
        .extracting(MatrixPlan.PlanCell::id)
        .containsExactly(
            "is/S/cr/x86-to-arm/timer:1/label:qemu-user", "is/S/cr/x86-to-arm/timer:1/potato0");
    MatrixPlan.PlanCell first = p.cells().get(0);
    assertThat(first.slug()).isEqualTo(first.cell().slug());
    assertThat(first.label()).as("label:L locks label L").isEqualTo("qemu-user");
    assertThat(p.cells().get(1).label())
        .as("a board name locks board:NAME")
        .isEqualTo("board:potato0");
    assertThat(first.builds()).containsExactly(new MatrixPlan.Build("is", "S"));
    assertThat(first.repeat()).isEqualTo(3);
    assertThat(first.leaseTimeoutSeconds()).isEqualTo(900);
    assertThat(p.skipped())
        .extracting(MatrixPlan.Skip::reason)
        .containsExactly(
            "no board matches label:qemu-system", "no board matches label:qemu-system");
    assertThat(p.failed())
        .extracting(MatrixPlan.Failure::id)
        .containsExactly(
            "cg/S/cr/x86-to-arm/timer:1/label:qemu-user", "cg/S/cr/x86-to-arm/timer:1/potato0");

    JsonNode json = new ObjectMapper().readTree(p.toJson());
    assertThat(json.path("schema").asText()).isEqualTo("hexo-ci/matrix-plan/v1");
    assertThat(json.path("cells").get(0).path("builds").get(0).path("class").asText())
        .isEqualTo("S");
    assertThat(json.path("healthCheck").path("trigger").asText()).isEqualTo("output:^ +1$");
    Path file = Files.writeString(tmp.resolve("plan.json"), p.toJson());
    assertThat(MatrixPlan.read(file)).isEqualTo(p);
  }

  @Test
  void aFileOfAnotherSchemaIsAUsageError() throws Exception {
    Path file = Files.writeString(tmp.resolve("plan.json"), "{\"schema\":\"x\",\"cells\":[]}");
    assertThatThrownBy(() -> MatrixPlan.read(file))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("expected hexo-ci/matrix-plan/v1");
    assertThatThrownBy(() -> MatrixPlan.read(tmp.resolve("missing.json")))
        .isInstanceOf(UsageException.class);
  }

  @Test
  void anUnknownCellIdIsAUsageErrorNamingAValidOne() {
    assertThatThrownBy(() -> SPEC.cell("is/S/cr/x86-to-arm/timer:9/label:qemu-user"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("no cell 'is/S/cr/x86-to-arm/timer:9/label:qemu-user'");
    Cell c = SPEC.cell("cg/S/cr/x86-to-arm/timer:1/potato0");
    assertThat(SPEC.only(c).cells()).containsExactly(c);
    assertThat(SPEC.only(c).repeat()).isEqualTo(3);
  }
}
