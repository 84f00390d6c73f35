package org.hexo.ci.cli;

import picocli.CommandLine.Command;

/** {@code hexo-ci matrix}: run a regression matrix, compare two runs. */
@Command(
    name = "matrix",
    mixinStandardHelpOptions = true,
    description =
        "Regression matrices: run one on a pool of boards, compare two runs, draw trends.",
    subcommands = {MatrixRunCommand.class, MatrixCompareCommand.class, MatrixTrendCommand.class})
public final class MatrixCommand {}
