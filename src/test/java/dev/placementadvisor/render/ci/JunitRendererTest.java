package dev.placementadvisor.render.ci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.placementadvisor.compare.Comparison;
import dev.placementadvisor.compare.GateOptions;
import dev.placementadvisor.compare.ReportDiff;
import dev.placementadvisor.compare.Snapshot;
import dev.placementadvisor.render.ComparisonFixtures;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code --format junit} parses as XML with the right counts, names and escaping. */
class JunitRendererTest {
  private static String render(Comparison c) throws Exception {
    StringWriter out = new StringWriter();
    new JunitRenderer().render(c, out);
    return out.toString();
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> testcases(Document doc, String classname, boolean failedOnly) {
    List<String> names = new ArrayList<>();
    NodeList cases = doc.getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      Element e = (Element) cases.item(i);
      boolean failed = e.getElementsByTagName("failure").getLength() > 0;
      if (e.getAttribute("classname").equals(classname) && (failed || !failedOnly)) {
        names.add(e.getAttribute("name"));
      }
    }
    return names;
  }

  @Test
  void countsAndNamesOfServicesAndGates() throws Exception {
    Document doc = parse(render(ComparisonFixtures.awkward("inventory.yaml", false)));
    Element suites = doc.getDocumentElement();
    Element suite = (Element) suites.getElementsByTagName("testsuite").item(0);
    assertThat(suites.getTagName()).isEqualTo("testsuites");
    // Five services (four current, one removed) and four gates.
    for (Element e : List.of(suites, suite)) {
      assertThat(e.getAttribute("name")).isEqualTo("advisor");
      assertThat(e.getAttribute("tests")).isEqualTo("9");
      // Services named by a failed gate: the awkward one (max-increase, max-service-increase,
      // budget), moved (budget, placement-change), new (max-increase, budget) and steady
      // (budget, among the largest); plus all four gates, which failed.
      assertThat(e.getAttribute("failures")).isEqualTo("8");
    }
    assertThat(testcases(doc, "advisor.services", false))
        .containsExactly(ComparisonFixtures.AWKWARD, "moved", "steady", "new", "gone");
    assertThat(testcases(doc, "advisor.services", true))
        .containsExactly(ComparisonFixtures.AWKWARD, "moved", "steady", "new");
    assertThat(testcases(doc, "advisor.gates", false))
        .containsExactly("max-increase", "max-service-increase", "budget", "placement-change");
    assertThat(testcases(doc, "advisor.gates", true))
        .containsExactly("max-increase", "max-service-increase", "budget", "placement-change");
    assertThat(doc.getElementsByTagName("property").getLength()).isEqualTo(4);
  }

  @Test
  void passingGatesAndUngatedComparisonsHaveNoFailures() throws Exception {
    Document doc = parse(render(ComparisonFixtures.ungated("inventory.yaml")));
    assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo("3");
    assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("0");
    assertThat(doc.getElementsByTagName("failure").getLength()).isZero();
  }

  @Test
  void markupInNamesAndMessagesIsEscaped() throws Exception {
    String xml = render(ComparisonFixtures.awkward("a&b <inventory>.yaml", false));
    assertThat(xml).contains("name=\"a:b,c%d &amp; &lt;e&gt; &quot;f&quot; &apos;g&apos;\"");
    Document doc = parse(xml);
    assertThat(testcases(doc, "advisor.services", false)).contains(ComparisonFixtures.AWKWARD);
    Element failure = (Element) doc.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).startsWith(ComparisonFixtures.AWKWARD + " fails ");
    assertThat(failure.getTextContent()).startsWith(ComparisonFixtures.AWKWARD + ": monthly cost");
    NodeList properties = doc.getElementsByTagName("property");
    assertThat(((Element) properties.item(1)).getAttribute("value"))
        .isEqualTo("a&b <inventory>.yaml");
  }

  @Test
  void controlCharactersAreShownAndWhatXmlCannotCarryIsDropped() throws Exception {
    String name = "bell\u0007 nul\u0000 lone\ud800 ffff\uffff emoji\ud83d\ude00 tab\tline\nend";
    Snapshot base = new Snapshot("b.json", "i.yaml", List.of(), 0);
    Snapshot current =
        new Snapshot(
            "i.yaml", "i.yaml", List.of(new Snapshot.Entry(name, "serverless", 1, 2, 3)), 1);
    String xml = render(ReportDiff.compare(base, current, GateOptions.none()));
    Document doc = parse(xml);
    assertThat(testcases(doc, "advisor.services", false))
        .containsExactly(
            "bell\\u0007 nul\\u0000 lone\\ud800 ffff emoji\ud83d\ude00 tab\\u0009line\\u000aend");
    assertThat(JunitRenderer.escape("a\u0001b\u001fc\u0085d"))
        .isEqualTo("a\\u0001b\\u001fc\\u0085d");
    assertThat(JunitRenderer.escapeText("x\ny\tz\r")).isEqualTo("x\ny\tz&#13;");
  }

  @Test
  void noFailStillReportsTheFailures() throws Exception {
    Document doc = parse(render(ComparisonFixtures.awkward("inventory.yaml", true)));
    assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("8");
    NodeList properties = doc.getElementsByTagName("property");
    assertThat(((Element) properties.item(3)).getAttribute("value"))
        .isEqualTo("4 of 4 gates failed (reported only: --no-fail)");
  }
}
