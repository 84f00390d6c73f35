package org.hexo.ci.toolchain;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hexo.ci.UsageException;
import org.hexo.ci.config.HexoConfig;

/**
 * Loads a {@link ToolchainSpec}: a built-in name ({@code hexo}, {@code hexo-lite}) or a YAML file.
 * The YAML shape is documented in README.md ("Toolchain builds"); unknown keys are errors naming
 * the file and the key.
 */
public final class ToolchainSpecs {
  private ToolchainSpecs() {}

  /** The built-in spec or the YAML file {@code nameOrFile}. */
  public static ToolchainSpec load(String nameOrFile, HexoConfig config) {
    if ("hexo".equals(nameOrFile)) {
      return BuiltinSpecs.hexo();
    }
    if ("hexo-lite".equals(nameOrFile)) {
      return BuiltinSpecs.hexoLite(config.projectRoot(), config.cacheDir());
    }
    Path file = Path.of(nameOrFile);
    if (!Files.isRegularFile(file)) {
      throw new UsageException(
          "toolchain spec '" + nameOrFile + "' is neither a built-in nor an existing file",
          "use one of " + String.join(", ", BuiltinSpecs.NAMES) + " or a path to a YAML spec");
    }
    try {
      return parse(Files.readString(file), file.toString());
    } catch (IOException e) {
      throw new UsageException("cannot read spec " + file + ": " + e.getMessage(), "", e);
    }
  }

  /** Parses YAML text; {@code origin} names it in errors. */
  public static ToolchainSpec parse(String yaml, String origin) {
    SpecFile f;
    try {
      f =
          new ObjectMapper(new YAMLFactory())
              .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
              .readValue(yaml, SpecFile.class);
    } catch (UnrecognizedPropertyException e) {
      throw new UsageException(
          "spec " + origin + ": unknown key '" + e.getPropertyName() + "'",
          "valid keys: " + e.getKnownPropertyIds(),
          e);
    } catch (IOException e) {
      throw new UsageException(
          "spec " + origin + " is not valid: " + e.getMessage(), "fix the YAML", e);
    }
    if (f == null) {
      throw new UsageException("spec " + origin + " is empty", "see README.md, Toolchain builds");
    }
    try {
      return f.toSpec();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new UsageException(
          "spec " + origin + " is invalid: " + e.getMessage(),
          "see README.md, section Toolchain builds",
          e);
    }
  }

  record RepoFile(String url, String ref) {}

  record ComponentFile(
      String name,
      String url,
      String ref,
      String step,
      String cloneUrl,
      String cloneBranch,
      String pinEnv) {
    Component toComponent() {
      return new Component(
          name, url, ref, step, cloneUrl, cloneBranch, Optional.ofNullable(pinEnv));
    }
  }

  record SpecFile(
      String name,
      RepoFile installer,
      List<String> install,
      String stepFlag,
      List<String> steps,
      List<ComponentFile> components,
      Map<String, String> buildArgs) {
    ToolchainSpec toSpec() {
      if (installer == null) {
        throw new IllegalArgumentException("'installer' (url, ref) is required");
      }
      return new ToolchainSpec(
          name,
          new Repository(installer.url(), installer.ref()),
          install,
          stepFlag == null ? "--only-{step}-install" : stepFlag,
          steps,
          components == null
              ? List.of()
              : components.stream().map(ComponentFile::toComponent).toList(),
          buildArgs == null ? Map.of() : buildArgs);
    }
  }
}
