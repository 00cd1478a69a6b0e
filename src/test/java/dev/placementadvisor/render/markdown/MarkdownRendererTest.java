package dev.placementadvisor.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.placementadvisor.input.Location;
import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.render.Docs;
import dev.placementadvisor.report.Report;
import dev.placementadvisor.report.Sensitivity;
import dev.placementadvisor.report.ServiceAssessment;
import dev.placementadvisor.result.CostLine;
import dev.placementadvisor.result.Reason;
import dev.placementadvisor.result.ServiceCosts;
import dev.placementadvisor.result.WasmAudit;
import dev.placementadvisor.result.WasmAudit.RuntimeFit;
import dev.placementadvisor.testing.MarkdownDoc;
import dev.placementadvisor.testing.MarkdownDoc.Title;
import dev.placementadvisor.testing.MermaidChart;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Renders markdown reports built in code, with names full of markdown, HTML and Mermaid syntax, and
 * checks that a CommonMark parser reads back exactly the names and no markup of theirs.
 */
class MarkdownRendererTest {
  private static final String ORG = "Acme | *Retail* <b>bold</b> &amp; $5 and $6 [x](y) #1 ~s~";
  private static final List<String> NAMES =
      List.of(
          "orders | \"core\" *x* <script>alert(1)</script> $1 $2",
          "a_b_c `tick` [link](http://example.com) \\ back",
          "#hash: %% mermaid; {braces} [brackets]");

  private static ServiceAssessment service(String name, Placement placement, double cost) {
    return new ServiceAssessment(
        name,
        new Location("inventory.yaml", 1, 1),
        placement,
        3,
        -2,
        placement,
        new WasmAudit(true, false, true, RuntimeFit.GOOD),
        List.of(new Reason("team-size", -4, "3 engineers | $1 and $2 * leans serverless")),
        placement == Placement.KUBERNETES ? Set.of(Placement.SERVERLESS) : Set.of(),
        List.of("placement score -2 is in the serverless band"),
        placement == Placement.HYBRID ? "edge in front; Kubernetes core" : null,
        new ServiceCosts(10, 20, 5, 25, 3_000_000.0),
        1_000_000,
        cost,
        Sensitivity.none(),
        null);
  }

  private static Report report(String org, List<ServiceAssessment> services, boolean curves) {
    List<Report.CostCurve> c = new ArrayList<>();
    if (curves) {
      c.add(
          new Report.CostCurve(
              services.get(0).name(),
              1_000_000,
              3_000_000,
              List.of(
                  new Report.Point(1_500_000, 5.005, 20, 2.5),
                  new Report.Point(3_000_000, 10, 10, 5),
                  new Report.Point(6_000_000, 20.123, 21.5, 10))));
    }
    return new Report(
        Report.SCHEMA_VERSION,
        "inventories/acme_*retail*.yaml",
        org,
        services,
        new Report.Pricing(
            "bundled catalog",
            "2026-11-24",
            "us-east-1",
            false,
            730,
            List.of("Seed article | *with* markup", "https://aws.amazon.com/lambda/pricing/")),
        List.of(new CostLine("Monitoring", "$1,200.00 per month (seed)", 1200)),
        c,
        new Report.Context(6, 0, List.of("pci-dss"), "t3.medium", 2, 0.7, true));
  }

  private static String render(Report r) throws IOException {
    StringWriter out = new StringWriter();
    new MarkdownRenderer().render(r, out);
    return out.toString();
  }

  private static Report hostile() {
    return report(
        ORG,
        List.of(
            service(NAMES.get(0), Placement.SERVERLESS, 10),
            service(NAMES.get(1), Placement.KUBERNETES, 40),
            service(NAMES.get(2), Placement.HYBRID, 25)),
        true);
  }

  /**
   * Text as a reader sees it: the zero-width spaces that keep GitHub from turning {@code #1},
   * {@code @name} or a bare URL into a reference, a mention or a link are invisible.
   */
  private static String visible(String s) {
    return s.replace("\u200B", "");
  }

  @Test
  void namesReadBackExactlyInHeadingsAndTables() throws IOException {
    MarkdownDoc doc = MarkdownDoc.parse(render(hostile()));

    assertThat(visible(doc.headings().get(0).text())).isEqualTo("Placement report: " + ORG);
    assertThat(
            doc.headings().stream()
                .filter(h -> h.level() == 3)
                .map(Title::text)
                .map(MarkdownRendererTest::visible))
        .contains(
            NAMES.get(0) + ": cost by volume",
            NAMES.get(0) + ": serverless",
            NAMES.get(1) + ": kubernetes",
            NAMES.get(2) + ": hybrid");
    MarkdownDoc.Table services =
        doc.tables().stream().filter(t -> t.header().contains("service")).findFirst().orElseThrow();
    assertThat(services.column("service").stream().map(MarkdownRendererTest::visible))
        .containsExactlyElementsOf(NAMES);
    assertThat(services.rows()).allMatch(r -> r.size() == services.header().size());
  }

  @Test
  void userTextAddsNoLinksHtmlOrMath() throws IOException {
    String md = render(hostile());
    MarkdownDoc doc = MarkdownDoc.parse(md);

    assertThat(doc.links())
        .containsExactly(
            Docs.url("cost-model.md"),
            Docs.url("scoring.md"),
            "https://aws.amazon.com/lambda/pricing/");
    // The renderer's own folding of the per-service sections is the only HTML.
    assertThat(doc.htmlTags()).isSubsetOf("details", "summary", "strong");
    assertThat(MarkdownDoc.mathHazards(md)).isEmpty();
  }

  @Test
  void chartLabelsStayInsideTheirQuotes() throws IOException {
    MarkdownDoc doc = MarkdownDoc.parse(render(hostile()));
    MarkdownDoc.Chart curve =
        doc.mermaidCharts().stream()
            .filter(c -> MermaidChart.isXyChart(c.source()))
            .findFirst()
            .orElseThrow();

    MermaidChart.XyChart xy = MermaidChart.xyChart(curve.source());
    assertThat(xy.title()).startsWith("orders | 'core' *x* script alert(1) /script $1 $2");
    assertThat(xy.labels()).containsExactly("1.5M", "3M", "6M");
    assertThat(xy.lines().get(0))
        .extracting(Object::toString)
        .containsExactly("5.01", "10", "20.12");
    assertThat(xy.yMax()).isEqualByComparingTo("25");
    assertThat(curve.table().rows()).hasSize(3);
    assertThat(Mermaid.label(NAMES.get(2))).isEqualTo("hash: mermaid braces brackets");
  }

  @Test
  void aReportWithoutCurvesOrNameStillHasEverySection() throws IOException {
    Report r = report("", List.of(service("api", Placement.SERVERLESS, 10)), false);
    String md = render(r);
    MarkdownDoc doc = MarkdownDoc.parse(md);

    assertThat(doc.headings().get(0)).isEqualTo(new Title(1, "Placement report"));
    assertThat(doc.headings().stream().filter(h -> h.level() == 2).map(Title::text))
        .containsExactly(
            "Executive summary",
            "Services",
            "Cost curves",
            "Service details",
            "Assumptions",
            "Pricing");
    assertThat(md).contains("The service is recommended for **serverless**.");
    assertThat(md).contains("No service has a volume at which Kubernetes overtakes serverless");
    // One placement has every service: no single-slice pie; no curve either.
    assertThat(doc.mermaidCharts()).isEmpty();
  }

  @Test
  void explainsWhyTheRecommendationCostsMoreThanOnePlatform() throws IOException {
    // Kubernetes: 20 + 20 + 20 = 60; recommended: 10 + 40 + 25 = 75.
    String md = render(hostile());

    assertThat(md)
        .contains(
            "- Against everything on kubernetes (\\$60.00 a month): the recommendation costs"
                + " **\\$15.00 a month more**. Where the difference comes from:");
    assertThat(md).contains("Placement weighs more than price for ");
    assertThat(md)
        .contains(
            "- Against everything on serverless (\\$30.00 a month): the recommendation costs"
                + " **\\$45.00 a month more**. Everything on serverless is not possible: a platform"
                + " limit rules it out for");
  }

  /** The report links to the repository the build names, so the two cannot drift apart. */
  @Test
  void docsLinkToTheRepositoryThePomNames() throws IOException {
    String pom = java.nio.file.Files.readString(java.nio.file.Path.of("pom.xml"));
    assertThat(pom).contains("<url>" + Docs.REPOSITORY + "</url>");
    assertThat(Docs.url("cost-model.md"))
        .isEqualTo(Docs.REPOSITORY + "/blob/main/docs/cost-model.md");
  }
}
