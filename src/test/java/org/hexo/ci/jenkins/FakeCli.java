package org.hexo.ci.jenkins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The stand-in CLI of pipeline unit tests ({@code src/test/resources/jenkins/fake-hexo-ci}),
 * installed executable in a workspace, and the calls it recorded.
 */
final class FakeCli {
  /** One recorded invocation: its argv and its HEXO_* environment. */
  record Invocation(List<String> args, Map<String, String> env) {
    String command() {
      return args.size() < 2 ? String.join(" ", args) : args.get(0) + " " + args.get(1);
    }

    /** The values following each occurrence of {@code flag}. */
    List<String> values(String flag) {
      List<String> out = new ArrayList<>();
      for (int i = 0; i + 1 < args.size(); i++) {
        if (args.get(i).equals(flag)) {
          out.add(args.get(i + 1));
        }
      }
      return out;
    }
  }

  final Path path;
  final Path log;

  FakeCli(Path dir) throws IOException {
    path = dir.resolve("fake-hexo-ci");
    log = dir.resolve("fake-hexo-ci.log");
    try (InputStream in = FakeCli.class.getResourceAsStream("/jenkins/fake-hexo-ci")) {
      Files.write(path, in.readAllBytes());
    }
    path.toFile().setExecutable(true);
  }

  List<Invocation> invocations() throws IOException {
    List<Invocation> out = new ArrayList<>();
    if (!Files.exists(log)) {
      return out;
    }
    List<String> args = null;
    Map<String, String> env = null;
    for (String line : Files.readAllLines(log)) {
      if (line.equals("--- call")) {
        if (args != null) {
          out.add(new Invocation(args, env));
        }
        args = new ArrayList<>();
        env = new TreeMap<>();
      } else if (line.startsWith("arg ")) {
        args.add(line.substring(4));
      } else if (line.startsWith("env ")) {
        String kv = line.substring(4);
        int eq = kv.indexOf('=');
        env.put(kv.substring(0, eq), kv.substring(eq + 1));
      }
    }
    if (args != null) {
      out.add(new Invocation(args, env));
    }
    return out;
  }
}
