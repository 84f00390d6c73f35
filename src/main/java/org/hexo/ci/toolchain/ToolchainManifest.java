package org.hexo.ci.toolchain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What exactly a toolchain is built from: the spec's name, every repository's URL, ref and commit,
 * the install command and the Docker build arguments. Its canonical JSON ({@link #toJson()}) is
 * stable: same inputs, same bytes. {@link #cacheKey(String)} hashes it together with the Dockerfile
 * text, and so names the image {@code hexo-toolchain:<key>}.
 *
 * @param spec the spec's name
 * @param installer the installer repository, resolved
 * @param components the component repositories, resolved, in spec order
 * @param steps installer steps in order
 * @param installCommand the install argv template (placeholders unexpanded)
 * @param stepFlag the per-step flag template
 * @param buildArgs Docker build arguments, sorted by name
 */
@JsonPropertyOrder({
  "spec",
  "installer",
  "components",
  "steps",
  "installCommand",
  "stepFlag",
  "buildArgs"
})
public record ToolchainManifest(
    String spec,
    ResolvedRepo installer,
    List<ResolvedRepo> components,
    List<String> steps,
    List<String> installCommand,
    String stepFlag,
    Map<String, String> buildArgs) {

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  public ToolchainManifest {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(installer, "installer");
    components = List.copyOf(components);
    steps = List.copyOf(steps);
    installCommand = List.copyOf(installCommand);
    Objects.requireNonNull(stepFlag, "stepFlag");
    buildArgs = Collections.unmodifiableMap(new TreeMap<>(buildArgs));
  }

  /** The canonical JSON (fixed field order, sorted maps, no whitespace). */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("manifest is not serialisable", e);
    }
  }

  /** The JSON for people: same content, indented. */
  public String toPrettyJson() {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("manifest is not serialisable", e);
    }
  }

  /** Reads a manifest written by {@link #toJson()} (e.g. from an image label). */
  public static ToolchainManifest fromJson(String json) {
    try {
      return JSON.readValue(json, ToolchainManifest.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a toolchain manifest: " + e.getOriginalMessage(), e);
    }
  }

  /** The repositories feeding {@code step} (the installer feeds every step). */
  @JsonIgnore
  public List<ResolvedRepo> componentsOf(String step) {
    return components.stream().filter(c -> c.step().equals(step)).toList();
  }

  /**
   * The cache key: sha256 of the canonical manifest and the build recipe text (the Dockerfiles), as
   * 64 hex digits.
   */
  public String cacheKey(String recipe) {
    return sha256("toolchain\0" + toJson() + "\0" + recipe);
  }

  /** Hex SHA-256 of the UTF-8 text. */
  public static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
