package dev.placementadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.placementadvisor.testing.MarkdownDoc;
import dev.placementadvisor.testing.MarkdownDoc.Chart;
import dev.placementadvisor.testing.MarkdownDoc.Table;
import dev.placementadvisor.testing.MarkdownDoc.Title;
import dev.placementadvisor.testing.MermaidChart;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Writes every sample's markdown report with {@code -o}, parses it as CommonMark with GFM tables
 * and checks the document an architect gets: its sections, the services table, and that every chart
 * is valid Mermaid followed by a table of the same numbers.
 */
class MarkdownReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<String> SECTIONS =
      List.of(
          "Executive summary",
          "Services",
          "Cost curves",
          "Service details",
          "Assumptions",
          "Pricing");

  private static final List<String> SERVICE_COLUMNS =
      List.of(
          "service",
          "placement",
          "requests per month",
          "monthly cost",
          "Kubernetes score",
          "crossover",
          "main reasons");

  private static final List<String> CURVE_COLUMNS =
      List.of("requests per month", "serverless", "kubernetes", "wasm-edge");

  static List<Path> samples() throws IOException {
    return GoldenOutputTest.samples();
  }

  /** The sample's markdown report as written to a file, and its JSON report. */
  private record Reports(String markdown, JsonNode json) {}

  private static Reports reports(Path sample, Path dir) throws IOException {
    Path out = dir.resolve("report.md");
    String file = sample.toString().replace('\\', '/');
    CliRun md = CliRun.of("assess", file, "--format", "markdown", "-o", out.toString());
    assertThat(md.err()).isEmpty();
    assertThat(md.exitCode()).isZero();
    assertThat(md.out()).as("with -o nothing goes to stdout").isEmpty();
    String markdown = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(markdown)
        .as("the file holds what stdout would")
        .isEqualTo(CliRun.of("assess", file, "--format", "markdown").out());
    CliRun json = CliRun.of("assess", file, "--format", "json");
    assertThat(json.exitCode()).isZero();
    return new Reports(markdown, JSON.readTree(json.out()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void hasTheTitleAndTheSections(Path sample, @TempDir Path dir) throws IOException {
    Reports r = reports(sample, dir);
    List<Title> headings = MarkdownDoc.parse(r.markdown()).headings();

    assertThat(headings.get(0))
        .isEqualTo(new Title(1, "Placement report: " + r.json().get("organization").asText()));
    assertThat(headings.stream().filter(h -> h.level() == 1)).hasSize(1);
    assertThat(headings.stream().filter(h -> h.level() == 2).map(Title::text))
        .containsExactlyElementsOf(SECTIONS);

    List<String> details = new ArrayList<>();
    for (JsonNode s : r.json().get("services")) {
      details.add(s.get("name").asText() + ": " + s.get("placement").asText());
    }
    assertThat(headings.stream().filter(h -> h.level() == 3).map(Title::text))
        .as("one section per service, in inventory order")
        .containsSubsequence(details);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void hasOneServicesTableRowPerService(Path sample, @TempDir Path dir) throws IOException {
    Reports r = reports(sample, dir);
    Table t = MarkdownDoc.parse(r.markdown()).tableWithHeader(SERVICE_COLUMNS);

    assertThat(t).as("a table with the services columns").isNotNull();
    List<String> names = new ArrayList<>();
    List<String> placements = new ArrayList<>();
    for (JsonNode s : r.json().get("services")) {
      names.add(s.get("name").asText());
      String on =
          s.get("platform").asText()
              + (s.get("frontPlatform").isNull() ? "" : "+" + s.get("frontPlatform").asText());
      placements.add(s.get("placement").asText() + " on " + on);
    }
    assertThat(t.column("service")).containsExactlyElementsOf(names);
    assertThat(t.column("placement")).containsExactlyElementsOf(placements);
    List<BigDecimal> recommended = new ArrayList<>();
    for (JsonNode s : r.json().get("services")) {
      recommended.add(s.get("monthlyCost").get("recommended").decimalValue().setScale(2));
    }
    assertThat(t.column("monthly cost").stream().map(MarkdownReportTest::dollars))
        .containsExactlyElementsOf(recommended);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void everyChartIsFollowedByATableOfItsNumbers(Path sample, @TempDir Path dir) throws IOException {
    Reports r = reports(sample, dir);
    List<Chart> charts = MarkdownDoc.parse(r.markdown()).mermaidCharts();

    assertThat(charts).isNotEmpty();
    int curves = 0;
    for (Chart c : charts) {
      assertThat(c.table()).as("the table after\n%s", c.source()).isNotNull();
      if (MermaidChart.isPie(c.source())) {
        MermaidChart.Pie pie = MermaidChart.pie(c.source());
        assertThat(c.table().rows()).hasSameSizeAs(pie.slices().entrySet());
        assertThat(c.table().column("placement")).containsExactlyElementsOf(pie.slices().keySet());
        assertThat(c.table().column("services").stream().map(BigDecimal::new))
            .containsExactlyElementsOf(pie.slices().values());
      } else {
        curves++;
        MermaidChart.XyChart xy = MermaidChart.xyChart(c.source());
        assertThat(xy.lines()).as("serverless, kubernetes and wasm-edge").hasSize(3);
        assertThat(c.table().header()).isEqualTo(CURVE_COLUMNS);
        assertThat(xy.labels()).hasSameSizeAs(c.table().rows());
        for (int i = 0; i < xy.lines().size(); i++) {
          List<BigDecimal> plotted = xy.lines().get(i);
          assertThat(plotted).hasSameSizeAs(c.table().rows());
          assertThat(
                  c.table().column(CURVE_COLUMNS.get(i + 1)).stream()
                      .map(MarkdownReportTest::dollars))
              .as("the table's %s column", CURVE_COLUMNS.get(i + 1))
              .usingElementComparator(BigDecimal::compareTo)
              .containsExactlyElementsOf(plotted);
          assertThat(plotted).allMatch(v -> v.compareTo(xy.yMax()) <= 0, "within the y-axis");
        }
      }
    }
    long inUse = 0;
    for (JsonNode n : r.json().get("totals").get("placements")) {
      inUse += n.asInt() > 0 ? 1 : 0;
    }
    assertThat(charts.stream().filter(c -> MermaidChart.isPie(c.source())))
        .as("a pie only when it has two slices or more")
        .hasSize(inUse >= 2 ? 1 : 0);
    assertThat(curves).isBetween(1, 3);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void thePieHasOneSlicePerPlacementInUse(Path sample, @TempDir Path dir) throws IOException {
    Reports r = reports(sample, dir);
    Chart pie =
        MarkdownDoc.parse(r.markdown()).mermaidCharts().stream()
            .filter(c -> MermaidChart.isPie(c.source()))
            .findFirst()
            .orElse(null);
    if (pie == null) {
      return; // one placement for every service: no pie (checked above)
    }

    Map<String, BigDecimal> expected = new LinkedHashMap<>();
    r.json()
        .get("totals")
        .get("placements")
        .fields()
        .forEachRemaining(
            e -> {
              if (e.getValue().asInt() > 0) {
                expected.put(e.getKey(), BigDecimal.valueOf(e.getValue().asInt()));
              }
            });
    // Largest slice first, as Mermaid draws them, each in its placement's colour.
    assertThat(MermaidChart.pie(pie.source()).slices())
        .containsOnly(expected.entrySet().toArray(Map.Entry[]::new));
    assertThat(new ArrayList<>(MermaidChart.pie(pie.source()).slices().values()))
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(pie.source()).startsWith("%%{init: {\"themeVariables\": {\"pie1\": \"#");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void statesTheTotalsThePricingDateAndTheSources(Path sample, @TempDir Path dir)
      throws IOException {
    Reports r = reports(sample, dir);
    String text = r.markdown();
    String total =
        String.format(Locale.ROOT, "%,.2f", r.json().get("totals").get("monthlyCost").asDouble());

    assertThat(text).contains("**Monthly cost as recommended: \\$" + total + "**");
    assertThat(text).contains("- Against everything on kubernetes (");
    assertThat(text).contains("- Against everything on serverless (");
    assertThat(text).contains(r.json().get("pricing").get("effectiveDate").asText());
    assertThat(text).contains("<https://aws.amazon.com/lambda/pricing/>");
    // Links that still work once the report is pasted elsewhere: absolute, to the repository.
    assertThat(text)
        .contains(
            "[cost-model.md](https://github.com/placement-advisor/placement-advisor/blob/main/docs/cost-model.md)");
    assertThat(text)
        .contains(
            "[scoring.md](https://github.com/placement-advisor/placement-advisor/blob/main/docs/scoring.md)");
    assertThat(MarkdownDoc.mathHazards(text)).as("lines GitHub could read as math").isEmpty();
  }

  /** "costs **\\$32.67 a month more**" followed by sub-items whose last amounts add up to it. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void theBreakdownOfAnExtraCostAddsUp(Path sample, @TempDir Path dir) throws IOException {
    Reports r = reports(sample, dir);
    Pattern more = Pattern.compile("costs \\*\\*\\\\\\$([0-9,.]+) a month more\\*\\*");
    Pattern part = Pattern.compile("(saves |\\+)\\\\\\$([0-9,.]+) a month\\.$");
    List<String> lines = List.of(r.markdown().split("\n"));
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = more.matcher(lines.get(i));
      if (!m.find()) {
        continue;
      }
      BigDecimal sum = BigDecimal.ZERO;
      int j = i + 1;
      for (; j < lines.size() && lines.get(j).startsWith("  - "); j++) {
        Matcher p = part.matcher(lines.get(j));
        assertThat(p.find()).as("an amount ends %s", lines.get(j)).isTrue();
        BigDecimal a = new BigDecimal(p.group(2).replace(",", ""));
        sum = p.group(1).equals("saves ") ? sum.subtract(a) : sum.add(a);
      }
      assertThat(j).as("a breakdown follows %s", lines.get(i)).isGreaterThan(i + 1);
      assertThat(sum)
          .as("the breakdown of %s", lines.get(i))
          .isEqualByComparingTo(m.group(1).replace(",", ""));
    }
  }

  private static BigDecimal dollars(String cell) {
    assertThat(cell).startsWith("$");
    return new BigDecimal(cell.substring(1).replace(",", ""));
  }
}
