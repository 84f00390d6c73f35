package org.hexo.ci.migration;

import java.util.Objects;
import org.hexo.ci.board.Board;

/**
 * One leg, planned before anything runs: its role, the opened board it runs on, its filled work
 * directory there, whether it resumes a checkpoint, what makes it migrate, and its page-server
 * settings as the boards answered them ({@link org.hexo.ci.board.PageServerRoute}). Immutable.
 *
 * @param role {@code reference}, {@code source}, {@code relay} or {@code destination}
 * @param board the board
 * @param workDir its work directory on the board, holding both programs and the proxy
 * @param resume whether it resumes a checkpoint
 * @param trigger what makes it migrate; null when it must run to its end
 * @param port the post-copy port it serves on or pulls from ({@link #UNUSED_PORT} when neither)
 * @param pullFrom the address of the page server it pulls from, or {@code "0"}
 * @param bindAddress the address its own page server binds on its board
 */
record LegPlan(
    String role,
    Board board,
    String workDir,
    boolean resume,
    Trigger trigger,
    int port,
    String pullFrom,
    String bindAddress) {

  /** HEXO's Makefile default; legs that serve or pull no pages never open it. */
  public static final int UNUSED_PORT = 5050;

  public LegPlan {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(board, "board");
    Objects.requireNonNull(workDir, "workDir");
  }

  /** A leg that serves and pulls no pages. */
  static LegPlan offline(String role, Board board, String workDir, boolean resume, Trigger t) {
    return new LegPlan(role, board, workDir, resume, t, UNUSED_PORT, "0", "127.0.0.1");
  }

  /** This plan with another trigger (a point trigger resolved after the reference run). */
  LegPlan withTrigger(Trigger value) {
    return new LegPlan(role, board, workDir, resume, value, port, pullFrom, bindAddress);
  }

  /** This plan with the page-server settings of a post-copy run. */
  LegPlan withNetwork(int value, String pull, String bind) {
    return new LegPlan(role, board, workDir, resume, trigger, value, pull, bind);
  }
}
