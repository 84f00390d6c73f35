package org.hexo.ci.report.page;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Renders the report pages from the jte templates in {@code src/main/jte} (precompiled at build
 * time; HTML content type, so every value is escaped for where it lands) and writes them with their
 * one stylesheet, {@value #STYLESHEET}, beside them. The pages carry no inline style and no script,
 * so they render fully under Jenkins' default Content Security Policy.
 */
public final class Pages {
  public static final String STYLESHEET = "hexo-ci.css";
  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  private Pages() {}

  /** The template {@code name} (e.g. {@code "summary.jte"}) rendered with its one parameter. */
  public static String render(String name, Object model) {
    StringOutput out = new StringOutput();
    ENGINE.render(name, model, out);
    return out.toString();
  }

  /** Writes {@code html} to {@code file} and the stylesheet into the same directory. */
  public static void write(Path file, String html) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Files.writeString(file, html);
    writeStylesheet(dir);
  }

  /** Puts {@value #STYLESHEET} into {@code dir} (replacing an older one). */
  public static void writeStylesheet(Path dir) {
    try (InputStream in = Pages.class.getResourceAsStream(STYLESHEET)) {
      if (in == null) {
        throw new IllegalStateException(STYLESHEET + " is missing from the jar");
      }
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, ".hexo-ci", ".css");
      Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      Files.move(tmp, dir.resolve(STYLESHEET), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dir.resolve(STYLESHEET), e);
    }
  }

  /** Milliseconds for a person: {@code 850 ms}, {@code 12.4 s}. */
  public static String duration(double ms) {
    if (Double.isNaN(ms)) {
      return "-";
    }
    return ms < 10_000
        ? String.format(Locale.ROOT, "%.0f ms", ms)
        : String.format(Locale.ROOT, "%.1f s", ms / 1000);
  }

  /** Bytes for a person: {@code 600 B}, {@code 524.0 KiB}, {@code 3.2 MiB}. */
  public static String bytes(long n) {
    if (n < 1024) {
      return n + " B";
    }
    return n < 1024 * 1024
        ? String.format(Locale.ROOT, "%.1f KiB", n / 1024.0)
        : String.format(Locale.ROOT, "%.1f MiB", n / (1024.0 * 1024));
  }

  /** An SVG coordinate with at most one decimal, whatever the default locale. */
  public static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v).replace(".0", "");
  }
}
