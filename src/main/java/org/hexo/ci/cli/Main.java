package org.hexo.ci.cli;

import java.io.PrintWriter;
import org.hexo.ci.HexoCiException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code hexo-ci} command line. */
@Command(
    name = "hexo-ci",
    mixinStandardHelpOptions = true,
    version = "hexo-ci 0.1.0",
    description = "Builds the HEXO toolchain, cross-compiles apps and tests their migration.",
    subcommands = {
      CommandLine.HelpCommand.class,
      ToolchainCommand.class,
      AppCommand.class,
      DoctorCommand.class,
      BoardCommand.class,
      GcCommand.class,
      MatrixCommand.class,
      MigrateCommand.class,
      ReplayCommand.class,
      BisectCommand.class,
      DemoCommand.class
    })
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    Shutdown.install();
    int code = run(args);
    // during a shutdown System.exit waits for the hook, which then exits with this code
    Shutdown.finished(code);
    System.exit(code);
  }

  /** Runs the CLI and returns the exit code instead of exiting (used by tests). */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The configured picocli command line: subcommands, error handlers, exit code mapping. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler(Main::handleException);
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          PrintWriter err = ex.getCommandLine().getErr();
          err.println("hexo-ci: " + ex.getMessage());
          err.println("  see: " + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help");
          return ExitCode.USAGE.code();
        });
    return cl;
  }

  private static int handleException(
      Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
    PrintWriter err = cl.getErr();
    ExitCode code = ExitCode.of(ex);
    if (ex instanceof HexoCiException hex) {
      err.println("hexo-ci: " + hex.describe());
    } else {
      err.println("hexo-ci: internal error: " + ex);
      ex.printStackTrace(err);
    }
    err.flush();
    return code.code();
  }
}
