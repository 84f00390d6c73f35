package org.hexo.ci.migration;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment of one leg: exactly the variables HEXO's {@code test-x86}/{@code test-arm}
 * targets set, plus hexo-lite's extensions (ignored by real HEXO).
 */
final class LegEnv {
  /** Pause at a migration point after output, so an output trigger lands before the next one. */
  static final String SETTLE_MS = "300";

  private LegEnv() {}

  /**
   * @param arch the ISA the leg runs on
   * @param resume whether the leg resumes a checkpoint
   * @param trigger the leg's trigger, or null when it must not migrate
   * @param port the post-copy page server port
   * @param server the address of the post-copy page server the leg pulls from, or "0"
   * @param bind the address the leg's own page server binds on its board
   */
  public static Map<String, String> of(
      MigrationSpec spec,
      String arch,
      boolean resume,
      Trigger trigger,
      int port,
      String server,
      String bind) {
    boolean cr = spec.mode() == Mode.CR;
    Map<String, String> env = new LinkedHashMap<>();
    env.put("HERMIT_ISLE", "uhyve");
    env.put("HERMIT_MEM", spec.memory());
    env.put("HERMIT_CPUS", "1");
    env.put("HERMIT_VERBOSE", "0");
    env.put(
        "HERMIT_MIGTEST",
        trigger != null && trigger.kind() == Trigger.Kind.TIMER ? trigger.value() : "0");
    env.put("HERMIT_MIGRATE_RESUME", resume ? "1" : "0");
    env.put("HERMIT_DEBUG", "0");
    env.put("HERMIT_NODE_ID", "aarch64".equals(arch) ? "1" : "0");
    env.put("ST_AARCH64_BIN", MigrationArtifacts.PROG_ARM);
    env.put("ST_X86_64_BIN", MigrationArtifacts.PROG_X86);
    env.put("HERMIT_MIGRATE_PORT", Integer.toString(port));
    env.put("HERMIT_MIGRATE_SERVER", server);
    env.put("HERMIT_FULL_CHKPT_SAVE", cr ? "1" : "0");
    env.put("HERMIT_FULL_CHKPT_RESTORE", cr ? "1" : "0");
    env.put("HERMIT_MIGRATE_BIND", bind);
    env.put("HERMIT_MIGRATE_TIMEOUT", Long.toString(spec.timeout().toSeconds()));
    env.put(
        "HERMIT_MIGPOINT_SETTLE_MS",
        trigger != null && trigger.kind() == Trigger.Kind.OUTPUT ? SETTLE_MS : "0");
    if (trigger != null && trigger.point().isPresent()) {
      env.put("HERMIT_MIGRATE_AT_POINT", Integer.toString(trigger.point().getAsInt()));
    }
    return env;
  }
}
