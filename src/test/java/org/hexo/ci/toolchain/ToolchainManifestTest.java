package org.hexo.ci.toolchain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolchainManifestTest {
  static final String C1 = "1111111111111111111111111111111111111111";
  static final String C2 = "2222222222222222222222222222222222222222";

  static ToolchainManifest manifest(String hermitCommit, Map<String, String> args) {
    return new ToolchainManifest(
        "hexo-lite",
        new ResolvedRepo("installer", "file:///i.git", "hermit-master", C1, "*"),
        List.of(
            new ResolvedRepo(
                "hermit", "file:///h.git", "hermit-popcorn-master", hermitCommit, "hermit")),
        List.of("hermit", "libraries"),
        List.of("python3", "install_compiler.py", "--install-path", "{prefix}"),
        "--only-{step}-install",
        args);
  }

  @Test
  void canonicalJsonIsStableAndRoundTrips() {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("Z", "1");
    a.put("A", "2");
    Map<String, String> b = new LinkedHashMap<>();
    b.put("A", "2");
    b.put("Z", "1");
    ToolchainManifest m1 = manifest(C2, a);
    ToolchainManifest m2 = manifest(C2, b);
    assertThat(m1.toJson()).as("map order does not matter").isEqualTo(m2.toJson());
    assertThat(m1.toJson())
        .startsWith("{\"spec\":\"hexo-lite\",\"installer\":{\"name\":\"installer\"");
    assertThat(ToolchainManifest.fromJson(m1.toJson())).isEqualTo(m1);
  }

  @Test
  void cacheKeyDependsOnCommitsAndRecipeOnly() {
    String k = manifest(C2, Map.of()).cacheKey("FROM x");
    assertThat(k).hasSize(64).isEqualTo(manifest(C2, Map.of()).cacheKey("FROM x"));
    assertThat(manifest(C1, Map.of()).cacheKey("FROM x")).as("component commit").isNotEqualTo(k);
    assertThat(manifest(C2, Map.of()).cacheKey("FROM y")).as("dockerfile").isNotEqualTo(k);
    assertThat(manifest(C2, Map.of("BASE_IMAGE", "b")).cacheKey("FROM x")).isNotEqualTo(k);
  }
}
