package org.hexo.ci.toolchain;

import java.util.ArrayList;
import java.util.List;

/**
 * The chain of stage images of a toolchain: stage 1 installs the host dependencies, stage i+1 runs
 * installer step i on top of stage i. A stage's key hashes the key of the stage below it and what
 * its own step reads (recipe, install command, installer commit, the step's components), so a
 * change in step j keeps the images of all stages below j.
 */
final class StagePlan {
  /** One stage: its step ({@code deps} for the first), key and tag, and the components it pins. */
  public record Stage(
      int index, String step, String key, String tag, List<StepScript.Pinned> pinned) {
    public Stage {
      pinned = List.copyOf(pinned);
    }
  }

  private StagePlan() {}

  public static List<Stage> of(
      ToolchainSpec spec, ToolchainManifest m, String dockerfile, String stepDockerfile) {
    List<Stage> stages = new ArrayList<>();
    String key = sha("deps\0" + dockerfile + "\0" + spec.sortedBuildArgs());
    stages.add(new Stage(1, "deps", key, tag(key), List.of()));
    for (String step : spec.steps()) {
      List<StepScript.Pinned> pinned = new ArrayList<>();
      StringBuilder what = new StringBuilder();
      for (Component c : spec.componentsOf(step)) {
        ResolvedRepo r =
            m.componentsOf(step).stream()
                .filter(x -> x.name().equals(c.name()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(c.name() + " is not in the manifest"));
        pinned.add(new StepScript.Pinned(c, r));
        what.append(c).append(r).append('\0');
      }
      key =
          sha(
              String.join(
                  "\0",
                  "step",
                  key,
                  step,
                  stepDockerfile,
                  String.join(" ", m.installCommand()),
                  m.stepFlag(),
                  m.installer().toString(),
                  what.toString()));
      stages.add(new Stage(stages.size() + 1, step, key, tag(key), pinned));
    }
    return List.copyOf(stages);
  }

  private static String tag(String key) {
    return "hexo-toolchain-stage:" + key.substring(0, 32);
  }

  private static String sha(String s) {
    return ToolchainManifest.sha256(s);
  }
}
