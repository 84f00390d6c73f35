package org.hexo.ci.migration;

import java.nio.file.Path;
import org.hexo.ci.verify.CheckResult;
import org.hexo.ci.verify.Verdict;

/**
 * What a {@link Replay} came to.
 *
 * @param kept the run it replayed
 * @param board the board the leg ran on
 * @param dir its output directory ({@code <run dir>/replay[-N]/})
 * @param leg the replayed leg
 * @param checks the run's checks over the kept legs and the replayed one
 * @param verdict PASS, FAIL or ERROR
 * @param attach the debugger's attach command, or null without {@code --gdb}
 */
public record ReplayResult(
    KeptRun kept,
    String board,
    Path dir,
    LegResult leg,
    CheckResult checks,
    Verdict verdict,
    String attach) {}
