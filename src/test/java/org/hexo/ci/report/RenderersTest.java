package org.hexo.ci.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class RenderersTest {
  private final List<org.hexo.ci.migration.MigrationResult> all =
      List.of(Fixtures.pass(), Fixtures.fail(), Fixtures.error());

  @Test
  void jsonMatchesGolden() throws Exception {
    Golden.assertMatches("pass.json", Fixtures.portable(ResultJson.render(Fixtures.pass())));
    Golden.assertMatches("error.json", Fixtures.portable(ResultJson.render(Fixtures.error())));
  }

  @Test
  void junitXmlMatchesGoldenAndParses() throws Exception {
    String xml = JunitXml.render("hexo-ci.migration", all);
    Golden.assertMatches("junit.xml", Fixtures.portable(xml));
    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(
                new java.io.ByteArrayInputStream(
                    xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo("3");
    assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("1");
    assertThat(doc.getDocumentElement().getAttribute("errors")).isEqualTo("1");
    assertThat(doc.getElementsByTagName("failure").item(0).getTextContent())
        .as("the diff survives escaping")
        .contains("+        <5> & \"6\"");
  }

  @Test
  void htmlMatchesGoldenAndEscapesRunOutput() throws Exception {
    String html = HtmlSummary.render("hexo-ci migration tests", all);
    Golden.assertMatches("summary.html", Fixtures.portable(html));
    assertThat(html).doesNotContain("<5>").contains("&lt;5&gt; &amp; \"6\"");
  }

  @Test
  void jsonCarriesTheDocumentedFields() throws Exception {
    JsonNode n = new ObjectMapper().readTree(ResultJson.render(Fixtures.error()));
    assertThat(n.get("schema").asText()).isEqualTo(ResultJson.SCHEMA);
    assertThat(n.get("verdict").asText()).isEqualTo("ERROR");
    assertThat(n.get("phasesMs").get("downtime").asLong()).isEqualTo(310);
    assertThat(n.get("checkpointBytes").get("heap.bin").asLong()).isEqualTo(536576);
    assertThat(n.get("manifest").get("hermit").asText()).hasSize(40);
    assertThat(n.get("legs").get(1).get("resourceUsage").get("maxRssKiB").asLong()).isEqualTo(2048);
    assertThat(n.get("transfers").get(0).get("files").get(0).get("intact").asBoolean()).isFalse();
  }
}
