package org.hexo.ci.board.qemu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.hexo.ci.Infra;
import org.hexo.ci.InfrastructureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real recipe ({@code qemu-images/build.sh}) where apt answers as on a fresh machine: {@code
 * apt-cache} knows no arm64 package (exit 100) and the package-list update fails. The recipe must
 * say which step failed and show apt's own output, and the builder's exception must carry both,
 * instead of dying silently inside a command substitution. {@code apt-cache} and {@code apt-get}
 * are replaced on PATH by scripts that answer that way; everything else is the host's.
 */
class QemuImageRecipeIT {
  @TempDir Path dir;

  private Path tool(Path bin, String name, String body) throws Exception {
    Path f = bin.resolve(name);
    Files.writeString(f, "#!/bin/sh\n" + body);
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
    return f;
  }

  @Test
  void anAptThatKnowsNoArm64NamesTheStepAndShowsAptsOutput() throws Exception {
    Infra.require("root".equals(System.getProperty("user.name")), "root (the recipe checks it)");
    Infra.require(
        Files.exists(Path.of("/proc/sys/fs/binfmt_misc/qemu-aarch64")), "binfmt for aarch64");
    Infra.require(Files.exists(Path.of("/usr/sbin/debootstrap")), "debootstrap");
    Path bin = Files.createDirectories(dir.resolve("bin"));
    tool(bin, "apt-cache", "echo 'E: No packages found' >&2\nexit 100\n");
    tool(
        bin, "apt-get", "echo \"E: Failed to fetch the arm64 lists (apt-get $*)\" >&2\nexit 100\n");
    // dpkg's answer decides whether the recipe adds arm64 itself; say it is there already, so the
    // host's apt configuration is never touched by this test
    tool(
        bin,
        "dpkg",
        "[ \"$1\" = --print-foreign-architectures ] && { echo arm64; exit 0; }\nexec /usr/bin/dpkg \"$@\"\n");
    Path root = VirtualBoards.projectRoot();
    ProcessBuilder pb =
        new ProcessBuilder(
                "bash",
                root.resolve(QemuImageBuilder.RECIPE).toString(),
                "--out",
                dir.resolve("out").toString())
            .redirectErrorStream(true);
    pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes());
    int rc = p.waitFor();

    assertThat(rc).as(out).isEqualTo(3);
    assertThat(out)
        .as("the step, the reason and apt's own words")
        .contains("apt-get update (arm64 package lists)")
        .contains("apt-get update failed")
        .contains("E: Failed to fetch the arm64 lists");

    // the builder runs a checkout's recipe with this JVM's PATH: a checkout whose recipe puts the
    // stand-ins first and runs the real one
    Path script = root.resolve(QemuImageBuilder.RECIPE);
    Path project = dir.resolve("project");
    Files.createDirectories(project.resolve("qemu-images"));
    Files.writeString(
        project.resolve(QemuImageBuilder.RECIPE),
        "PATH='" + bin + "':$PATH exec bash '" + script + "' \"$@\"\n");
    QemuImageBuilder builder =
        QemuImageBuilder.forProject(project).setCacheDir(dir.resolve("out2"));
    assertThatThrownBy(builder::call)
        .isInstanceOf(InfrastructureException.class)
        .hasMessageContaining("exit 3")
        .hasMessageContaining("E: Failed to fetch the arm64 lists");
  }
}
