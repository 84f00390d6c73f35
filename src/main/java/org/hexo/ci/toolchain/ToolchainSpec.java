package org.hexo.ci.toolchain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.hexo.ci.UsageException;

/**
 * What a HEXO toolchain is made of: the installer repository, how to run it, its steps in order,
 * and the component repositories each step clones. Immutable and validated; load one with {@link
 * ToolchainSpecs#load}, change components for a PR check with {@link #withOverrides}.
 *
 * @param name the spec's name, recorded in the manifest
 * @param installer the installer repository (popcorn-compiler, or hexo-lite)
 * @param installCommand argv run from the installer checkout; {@code {prefix}} and {@code
 *     {threads}} are replaced, the step flag is appended
 * @param stepFlag the argument that runs one step only, with {@code {step}} in it
 * @param steps the installer steps in the order the installer runs them
 * @param components the repositories the installer clones, each feeding one step
 * @param buildArgs Docker build arguments of {@code docker/toolchain/Dockerfile} ({@code
 *     BASE_IMAGE}, ...)
 */
public record ToolchainSpec(
    String name,
    Repository installer,
    List<String> installCommand,
    String stepFlag,
    List<String> steps,
    List<Component> components,
    Map<String, String> buildArgs) {

  /** The name by which overrides address the installer repository. */
  public static final String INSTALLER = "installer";

  private static final Pattern STEP = Pattern.compile("[a-z0-9][a-z0-9_-]*");

  public ToolchainSpec {
    if (name == null || !Component.NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("spec name '" + name + "' must match " + Component.NAME);
    }
    Objects.requireNonNull(installer, "installer is required");
    installCommand = List.copyOf(Objects.requireNonNull(installCommand, "install is required"));
    if (installCommand.isEmpty() || !installCommand.contains("{prefix}")) {
      throw new IllegalArgumentException(
          "install must be a non-empty argv containing the placeholder {prefix}, got "
              + installCommand);
    }
    if (stepFlag == null || !stepFlag.contains("{step}")) {
      throw new IllegalArgumentException(
          "stepFlag must contain {step} (e.g. --only-{step}-install), got " + stepFlag);
    }
    steps = List.copyOf(Objects.requireNonNull(steps, "steps is required"));
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("steps must name at least one installer step");
    }
    Set<String> seen = new HashSet<>();
    for (String s : steps) {
      if (!STEP.matcher(s).matches() || !seen.add(s)) {
        throw new IllegalArgumentException(
            "step '" + s + "' is duplicated or does not match " + STEP);
      }
    }
    components = List.copyOf(Objects.requireNonNull(components, "components is required"));
    Set<String> names = new HashSet<>();
    for (Component c : components) {
      if (!names.add(c.name())) {
        throw new IllegalArgumentException("component '" + c.name() + "' is listed twice");
      }
      if (!steps.contains(c.step())) {
        throw new IllegalArgumentException(
            "component " + c.name() + ": step '" + c.step() + "' is not one of " + steps);
      }
    }
    buildArgs = Map.copyOf(Objects.requireNonNull(buildArgs, "buildArgs"));
  }

  /** The components built by {@code step}, in spec order. */
  public List<Component> componentsOf(String step) {
    return components.stream().filter(c -> c.step().equals(step)).toList();
  }

  /** The argv that runs only {@code step}. */
  public List<String> installArgv(String prefix, int threads, String step) {
    List<String> argv = new ArrayList<>();
    for (String a : installCommand) {
      argv.add(a.replace("{prefix}", prefix).replace("{threads}", Integer.toString(threads)));
    }
    argv.add(stepFlag.replace("{step}", step));
    return argv;
  }

  /** Build arguments sorted by name, for stable hashing and display. */
  public Map<String, String> sortedBuildArgs() {
    Map<String, String> m = new LinkedHashMap<>();
    buildArgs.keySet().stream().sorted().forEach(k -> m.put(k, buildArgs.get(k)));
    return m;
  }

  /**
   * This spec with some repositories replaced (PR checks). An override naming neither a component
   * nor {@value #INSTALLER} is a usage error listing the valid names.
   */
  public ToolchainSpec withOverrides(List<ComponentOverride> overrides) {
    Repository inst = installer;
    List<Component> comps = new ArrayList<>(components);
    for (ComponentOverride o : overrides) {
      if (o.component().equals(INSTALLER)) {
        inst = new Repository(o.url().orElse(inst.url()), o.ref());
        continue;
      }
      int i = indexOf(comps, o.component());
      Component c = comps.get(i);
      comps.set(i, c.withSource(o.url().orElse(c.url()), o.ref()));
    }
    return new ToolchainSpec(name, inst, installCommand, stepFlag, steps, comps, buildArgs);
  }

  private int indexOf(List<Component> comps, String wanted) {
    for (int i = 0; i < comps.size(); i++) {
      if (comps.get(i).name().equals(wanted)) {
        return i;
      }
    }
    List<String> valid = new ArrayList<>(List.of(INSTALLER));
    comps.forEach(c -> valid.add(c.name()));
    throw new UsageException(
        "--override names unknown component '" + wanted + "' (spec " + name + ")",
        "use one of: " + String.join(", ", valid));
  }
}
