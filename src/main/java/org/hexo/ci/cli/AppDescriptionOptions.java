package org.hexo.ci.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hexo.ci.app.AppDescription;
import picocli.CommandLine.Option;

/**
 * The flags of an app's description ({@code hexo-app.yaml}'s keys): each overrides the file's
 * value, except {@code --normalize}, which adds rules.
 */
public final class AppDescriptionOptions {
  @Option(
      names = "--args",
      paramLabel = "ARGS",
      description = "The program's arguments, as HEXO's ARGS (split at blanks).")
  String args;

  @Option(
      names = "--input",
      paramLabel = "FILE",
      split = ",",
      description = "A file of the app directory copied into every leg's work dir (repeatable).")
  List<String> inputs;

  @Option(
      names = "--verify",
      paramLabel = "REGEX",
      description = "The success line the last leg must print (default for NPB apps: NPB's).")
  String verify;

  @Option(
      names = "--normalize",
      paramLabel = "REGEX",
      description =
          "Lines whose numbers may differ between runs (repeatable; added to the default rules;"
              + " table:REGEX also masks the lines after it up to a blank line).")
  List<String> normalize = new ArrayList<>();

  @Option(names = "--memory", paramLabel = "SIZE", description = "HERMIT_MEM (default 1G).")
  String memory;

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "Per-leg time limit.")
  Long timeoutSeconds;

  /** The flags given, as a description to put on top of the app's file. */
  AppDescription description() {
    return new AppDescription(
        args == null ? null : args.isBlank() ? List.of() : List.of(args.strip().split("\\s+")),
        inputs,
        verify,
        normalize,
        List.of(),
        memory,
        timeoutSeconds == null ? null : Duration.ofSeconds(timeoutSeconds));
  }
}
