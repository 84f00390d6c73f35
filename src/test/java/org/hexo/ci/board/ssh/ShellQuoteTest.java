package org.hexo.ci.board.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShellQuoteTest {
  @Test
  void quotesEveryWordOnceWithEmbeddedQuotesEscaped() {
    assertThat(ShellQuote.join(List.of("echo", "it's", "$HOME", "a b", "")))
        .isEqualTo("'echo' 'it'\\''s' '$HOME' 'a b' ''");
  }

  @Test
  void shellTurnsTheLineBackIntoTheSameWords() throws Exception {
    List<String> words = List.of("a b", "it's", "$(id)", "`x`", "\\n", "\"", "*", "");
    Process p =
        new ProcessBuilder(
                "sh",
                "-c",
                "for w in " + ShellQuote.join(words) + "; do printf '[%s]\\n' \"$w\"; done")
            .start();
    List<String> out = new String(p.getInputStream().readAllBytes()).lines().toList();
    assertThat(p.waitFor()).isZero();
    assertThat(out).containsExactlyElementsOf(words.stream().map(w -> "[" + w + "]").toList());
  }
}
