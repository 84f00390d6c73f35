package org.hexo.ci.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The board inventories docs/jenkins.md shows work as a Jenkins secret file: every variable they
 * reference is one the Jenkinsfile binds, and no key or known_hosts path is relative (it would
 * resolve in Jenkins' temporary secret-file directory, where nothing else is).
 */
class JenkinsDocsTest {
  private static final Path ROOT = Path.of("").toAbsolutePath();

  private static List<String> inventories() throws Exception {
    String doc = Files.readString(ROOT.resolve("docs/jenkins.md"));
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(doc);
    while (m.find()) {
      if (m.group(1).startsWith("boards:")) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  private static Set<String> boundByTheJenkinsfile() throws Exception {
    String jf = Files.readString(ROOT.resolve("Jenkinsfile"));
    Set<String> out = new TreeSet<>();
    Matcher m =
        Pattern.compile("(?:variable|keyFileVariable|usernameVariable): '([A-Z_]+)'").matcher(jf);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void inventoryExamplesUseOnlyVariablesTheJenkinsfileBinds() throws Exception {
    Set<String> bound = boundByTheJenkinsfile();
    assertThat(bound).contains("HEXO_BOARDS", "HEXO_SSH_KEY");
    assertThat(inventories()).isNotEmpty();
    for (String inventory : inventories()) {
      Matcher m = Pattern.compile("\\$\\{([A-Za-z0-9_]+)}").matcher(inventory);
      while (m.find()) {
        assertThat(bound)
            .as("${%s} in docs/jenkins.md:\n%s", m.group(1), inventory)
            .contains(m.group(1));
      }
    }
  }

  @Test
  void inventoryExamplesNameKeysAndKnownHostsByVariableOrAbsolutePath() throws Exception {
    Pattern path = Pattern.compile("(?:key|known_hosts): *'?([^',\\s]+)");
    for (String inventory : inventories()) {
      Matcher m = path.matcher(inventory);
      while (m.find()) {
        assertThat(m.group(1))
            .as("a relative path resolves in Jenkins' secret-file directory:\n%s", inventory)
            .matches("\\$\\{[A-Za-z0-9_]+}|/.*");
      }
    }
  }
}
