package dev.placementadvisor.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.placementadvisor.compare.Comparison;
import dev.placementadvisor.compare.GateOptions;
import dev.placementadvisor.compare.GateResult;
import dev.placementadvisor.compare.ReportDiff;
import dev.placementadvisor.compare.Snapshot;
import dev.placementadvisor.compare.Threshold;
import dev.placementadvisor.render.ci.GithubRenderer;
import dev.placementadvisor.render.ci.JunitRenderer;
import dev.placementadvisor.render.ci.SarifRenderer;
import dev.placementadvisor.render.markdown.ComparisonMarkdownRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A pull request that touches a large estate: every list a PR comment, an annotation stream, a
 * SARIF or a JUnit file carries is capped, with a line that counts the rest, and no line grows with
 * the estate (one gate's line once reached 640,060 characters).
 */
class BoundedOutputTest {
  private static final int SERVICES = 5_000;

  /** 5,000 services, every one moved and dearer; every gate fails. */
  private static Comparison large() {
    List<Snapshot.Entry> before = new ArrayList<>();
    List<Snapshot.Entry> after = new ArrayList<>();
    for (int i = 0; i < SERVICES; i++) {
      String name = "service-with-a-fairly-long-name-" + i;
      before.add(new Snapshot.Entry(name, "serverless", 10, i + 1, 3));
      after.add(new Snapshot.Entry(name, "kubernetes", 30, i + 1, 3));
    }
    return ReportDiff.compare(
        new Snapshot("base.json", "inventory.yaml", before, 10.0 * SERVICES),
        new Snapshot("inventory.yaml", "inventory.yaml", after, 30.0 * SERVICES),
        new GateOptions(Threshold.parse("10%"), Threshold.parse("5"), 1000.0, true, false));
  }

  @Test
  void aGateNamesAFewServicesAndCountsTheRest() {
    Comparison c = large();
    for (GateResult g : c.gates()) {
      assertThat(g.passed()).isFalse();
      assertThat(g.message().length()).as(g.id()).isLessThan(600);
    }
    assertThat(
            c.gates().stream()
                .filter(g -> g.id().equals("placement-change"))
                .findFirst()
                .orElseThrow()
                .message())
        .endsWith(", and " + (SERVICES - ReportDiff.MAX_NAMED) + " more");
  }

  @Test
  void thePullRequestCommentListsFiftyOfEach() throws IOException {
    String md = render(new ComparisonMarkdownRenderer(), large());
    assertThat(md.lines().filter(l -> l.startsWith("| service-with"))).hasSize(50);
    assertThat(md.lines().filter(l -> l.startsWith("- `service-with"))).hasSize(50);
    assertThat(md)
        .contains("… and 4950 more changed services not shown.")
        .contains("- … and 4950 more\n");
    assertThat(md.lines().mapToInt(String::length).max().orElseThrow()).isLessThan(1000);
    assertThat(md.length()).isLessThan(30_000);
  }

  @Test
  void annotationsStopAtAHundredServices() throws IOException {
    String out = render(new GithubRenderer(), large());
    List<String> lines = out.lines().toList();
    assertThat(lines.stream().filter(l -> l.contains("title=advisor%3A service-with")))
        .hasSize(100);
    assertThat(out)
        .contains(
            "::notice file=inventory.yaml,title=advisor::… and 4900 more services"
                + " not listed here; the JSON report has them all\n");
    assertThat(lines).hasSizeLessThan(110);
    assertThat(lines.stream().mapToInt(String::length).max().orElseThrow()).isLessThan(1000);
  }

  @Test
  void sarifStopsAtAHundredServicesAndSaysSo() throws IOException {
    JsonNode run =
        new ObjectMapper().readTree(render(new SarifRenderer(), large())).path("runs").get(0);
    // Two results a service (its move and its rise), for the first 100, and the total's gates.
    assertThat(run.path("results").size()).isEqualTo(2 * 100 + 2);
    assertThat(
            run.path("invocations")
                .get(0)
                .path("toolExecutionNotifications")
                .get(0)
                .path("message")
                .path("text")
                .asText())
        .isEqualTo("… and 4900 more services not listed here; the JSON report has them all");
  }

  @Test
  void junitStopsAtAHundredServicesAndSaysSo() throws IOException {
    String xml = render(new JunitRenderer(), large());
    assertThat(xml.lines().filter(l -> l.contains("classname=\"advisor.services\""))).hasSize(100);
    assertThat(xml)
        .contains("tests=\"104\"")
        .contains(
            "<system-out>… and 4900 more services not listed here; the JSON report has them"
                + " all</system-out>");
  }

  @Test
  void aSmallComparisonIsListedWhole() throws IOException {
    Comparison c = ComparisonFixtures.awkward("inventory.yaml", false);
    assertThat(render(new GithubRenderer(), c)).doesNotContain("more services");
    assertThat(render(new SarifRenderer(), c)).doesNotContain("invocations");
    assertThat(render(new JunitRenderer(), c)).doesNotContain("system-out");
  }

  private static String render(ComparisonRenderer r, Comparison c) throws IOException {
    StringWriter w = new StringWriter();
    r.render(c, w);
    return w.toString();
  }
}
