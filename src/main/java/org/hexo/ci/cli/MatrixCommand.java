package org.hexo.ci.cli;

import picocli.CommandLine.Command;

/** {@code hexo-ci matrix}: run a regression matrix, compare two runs. */
@Command(
    name = "matrix",
    mixinStandardHelpOptions = true,
    description =
        "Regression matrices: run one on a pool of boards, compare runs, draw trends; plan, run"
            + " cells of and merge a fan-out over agents.",
    subcommands = {
      MatrixRunCommand.class,
      MatrixCompareCommand.class,
      MatrixTrendCommand.class,
      MatrixPlanCommand.class,
      MatrixCellCommand.class,
      MatrixMergeCommand.class
    })
public final class MatrixCommand {}
