package org.hexo.ci.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.hexo.ci.Infra;
import org.hexo.ci.ShippedCli;
import org.hexo.ci.matrix.MatrixComparator;
import org.hexo.ci.matrix.Threshold;
import org.hexo.ci.report.matrix.ComparisonHtmlWriter;
import org.hexo.ci.report.matrix.MatrixHtmlWriter;
import org.hexo.ci.report.matrix.TrendHtmlWriter;
import org.hexo.ci.report.page.Pages;
import org.hexo.ci.report.page.TrendPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report pages in a real browser: served from 127.0.0.1 with Jenkins' default Content Security
 * Policy and rendered by headless Chromium (Debian's {@code chromium}), asserting on the DOM it
 * built and on the screenshot's pixels, so a colour that only an inline style could give, or an SVG
 * that does not lay out, fails here.
 */
class PagesBrowserIT {
  static final String CSP = "sandbox; default-src 'none'; img-src 'self'; style-src 'self';";
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir static Path site;
  static HttpServer server;
  static List<String> served = new ArrayList<>();

  @BeforeAll
  static void serve() throws IOException {
    List<TrendPage.Input> nights = PagesTest.nights();
    var compare =
        new MatrixComparator(Threshold.DEFAULT)
            .compare(nights.get(1).result(), nights.get(2).result());
    Pages.write(
        site.resolve("index.html"),
        HtmlSummary.render(
            "hexo-ci migration tests",
            List.of(Fixtures.fail(), Fixtures.pass(), Fixtures.error(), Fixtures.roundTrip())));
    MatrixHtmlWriter.write(nights.get(2).result(), compare, site.resolve("matrix.html"));
    ComparisonHtmlWriter.write(compare, site.resolve("comparison.html"));
    TrendHtmlWriter.write(TrendPage.of(nights, Threshold.DEFAULT), site.resolve("trend.html"));
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        ex -> {
          String name = ex.getRequestURI().getPath().substring(1);
          Path f = site.resolve(name).normalize();
          synchronized (served) {
            served.add(name);
          }
          if (!f.startsWith(site) || !Files.isRegularFile(f)) {
            ex.sendResponseHeaders(404, -1);
            ex.close();
            return;
          }
          byte[] body = Files.readAllBytes(f);
          ex.getResponseHeaders()
              .add("Content-Type", name.endsWith(".css") ? "text/css" : "text/html; charset=utf-8");
          ex.getResponseHeaders().add("Content-Security-Policy", CSP);
          ex.sendResponseHeaders(200, body.length);
          try (OutputStream o = ex.getResponseBody()) {
            o.write(body);
          }
        });
    server.start();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  private static String url(String page) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + page;
  }

  /** Runs headless Chromium with {@code args} and the page's URL; returns its stdout. */
  static String chromium(Path profile, String page, String... args)
      throws IOException, InterruptedException {
    Infra.require(Files.isExecutable(CHROMIUM), "Debian package chromium (" + CHROMIUM + ")");
    List<String> cmd =
        new ArrayList<>(
            List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox", // root in CI; the page has no script anyway
                "--disable-gpu",
                "--no-first-run",
                "--hide-scrollbars",
                "--user-data-dir=" + profile));
    cmd.addAll(List.of(args));
    cmd.add(url(page));
    Process p =
        new ProcessBuilder(cmd).redirectError(profile.resolve("chromium.log").toFile()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    assertThat(p.exitValue())
        .as("chromium exit; its log: %s", Files.readString(profile.resolve("chromium.log")))
        .isZero();
    return out;
  }

  /**
   * A screenshot of {@code page} at {@code w} x {@code h}; also copied into the directory the
   * system property {@code hexo.screenshots} names (scripts/screenshots.sh, for the README).
   */
  static BufferedImage screenshot(Path profile, String page, int w, int h) throws Exception {
    Path png = profile.resolve(page.replace("/", "-").replace(".html", ".png"));
    chromium(profile, page, "--window-size=" + w + "," + h, "--screenshot=" + png);
    String keep = System.getProperty("hexo.screenshots", "");
    if (!keep.isEmpty() && !page.equals("inline.html") && !page.contains("/")) {
      Files.createDirectories(Path.of(keep));
      Files.copy(
          png, Path.of(keep).resolve(png.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }
    return ImageIO.read(png.toFile());
  }

  /** How many pixels are within 3 of {@code rgb} on each channel. */
  static int pixels(BufferedImage img, int rgb) {
    int n = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int p = img.getRGB(x, y);
        if (near(p >> 16, rgb >> 16) && near(p >> 8, rgb >> 8) && near(p, rgb)) {
          n++;
        }
      }
    }
    return n;
  }

  private static boolean near(int a, int b) {
    return Math.abs((a & 0xff) - (b & 0xff)) <= 3;
  }

  @Test
  void testPageRendersItsTimelineAndVerdictColoursUnderTheCsp(@TempDir Path profile)
      throws Exception {
    String dom = chromium(profile, "index.html", "--dump-dom");
    assertThat(dom)
        .as("Chromium built the page's DOM through the policy")
        .contains("<svg class=\"timeline\"")
        .contains("class=\"ph ph-destination\"")
        .contains("<span class=\"add\">");
    assertThat(served).contains("hexo-ci.css");
    BufferedImage img = screenshot(profile, "index.html", 1000, 800);
    assertThat(pixels(img, 0xf5b5b5)).as("FAIL red from the stylesheet").isGreaterThan(500);
    assertThat(pixels(img, 0xc8f0c8)).as("PASS green").isGreaterThan(500);
    assertThat(pixels(img, 0xf7d9a0)).as("ERROR orange").isGreaterThan(500);
    assertThat(pixels(img, 0x4c8bd6)).as("the timeline's source bar, laid out").isGreaterThan(1000);
    assertThat(pixels(img, 0x3aa36b)).as("the destination bar").isGreaterThan(1000);
  }

  @Test
  void matrixHeatMapAndTrendChartsRenderUnderTheCsp(@TempDir Path profile) throws Exception {
    BufferedImage heat = screenshot(profile, "matrix.html", 1000, 700);
    assertThat(pixels(heat, 0xc8f0c8)).as("a PASS cell").isGreaterThan(300);
    assertThat(pixels(heat, 0xf5b5b5)).as("a FAIL cell").isGreaterThan(300);

    BufferedImage trend = screenshot(profile, "trend.html", 1000, 900);
    assertThat(pixels(trend, 0x4c8bd6)).as("the total line and dots").isGreaterThan(100);
    assertThat(pixels(trend, 0xc0392b)).as("the downtime line and dots").isGreaterThan(100);
    assertThat(pixels(trend, 0xa00000)).as("the ring of the flagged night").isGreaterThan(20);
  }

  @Test
  void aRealRunsReportRendersUnderTheCsp(@TempDir Path profile, @TempDir Path logs)
      throws Exception {
    Infra.require(
        new ProcessBuilder("docker", "version").start().waitFor() == 0, "a running Docker daemon");
    // the pages of a real migration through the shipped jar, not of a recorded fixture
    ShippedCli.Run run =
        ShippedCli.run(
            logs,
            Map.of(),
            Duration.ofMinutes(20),
            "migrate",
            "--app",
            ShippedCli.projectRoot().resolve("apps/is").toString(),
            "--class",
            "S",
            "--trigger",
            "output:^\\s*3$",
            "--report",
            site.resolve("real").toString());
    assertThat(run.exit()).as(run.describe()).isZero();

    String dom = chromium(profile, "real/index.html", "--dump-dom");
    assertThat(dom)
        .contains("<svg class=\"timeline\"")
        .contains("class=\"ph ph-source\"")
        .contains("class=\"ph ph-destination\"")
        .contains("is.S.cr.x86-to-arm.output");
    assertThat(served).contains("real/hexo-ci.css");
    BufferedImage img = screenshot(profile, "real/index.html", 1000, 800);
    assertThat(pixels(img, 0xc8f0c8)).as("PASS green").isGreaterThan(500);
    assertThat(pixels(img, 0x4c8bd6)).as("the source's bar, laid out").isGreaterThan(200);
    assertThat(pixels(img, 0x3aa36b)).as("the destination's bar").isGreaterThan(200);
  }

  @Test
  void anInlineStyleIsBlockedByThatPolicySoTheCheckAboveMeansSomething(@TempDir Path profile)
      throws Exception {
    Files.writeString(
        site.resolve("inline.html"),
        "<!DOCTYPE html><html><body><div style=\"background:#f5b5b5;width:400px;height:300px\">"
            + "x</div></body></html>");
    BufferedImage img = screenshot(profile, "inline.html", 800, 600);
    assertThat(pixels(img, 0xf5b5b5)).as("style-src 'self' drops inline styles").isZero();
  }
}
