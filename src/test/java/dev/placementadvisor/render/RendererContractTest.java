package dev.placementadvisor.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.placementadvisor.input.Location;
import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.render.explain.ExplainRenderer;
import dev.placementadvisor.render.formats.Renderers;
import dev.placementadvisor.render.json.JsonRenderer;
import dev.placementadvisor.render.table.TableRenderer;
import dev.placementadvisor.report.Report;
import dev.placementadvisor.report.Sensitivity;
import dev.placementadvisor.report.ServiceAssessment;
import dev.placementadvisor.result.CostLine;
import dev.placementadvisor.result.PlatformCost;
import dev.placementadvisor.result.Reason;
import dev.placementadvisor.result.ServiceCosts;
import dev.placementadvisor.result.WasmAudit;
import dev.placementadvisor.result.WasmAudit.RuntimeFit;
import dev.placementadvisor.scoring.Factors;
import dev.placementadvisor.scoring.WeightsLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Renders a {@link Report} built in code and checks the public contract: the JSON field names and
 * their order from PRODUCT.md's minimum, and colour only when asked for.
 */
class RendererContractTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ESC = "\u001b";

  private static Report report() {
    ServiceAssessment edge =
        new ServiceAssessment(
            "auth",
            new Location("inventory.yaml", 12, 5),
            Placement.WASM_EDGE,
            0,
            -6,
            Placement.SERVERLESS,
            new WasmAudit(true, true, true, RuntimeFit.GOOD),
            List.of(
                new Reason("team-size", -4, "3 engineers (1-3) leans serverless"),
                new Reason("wasm-audit", 0, "stateless, compute-bound, cold-start sensitive")),
            Set.of(),
            List.of("placement score -6 is in the serverless band", "passes the Wasm audit"),
            null,
            new ServiceCosts(2.73, 150.17, 8.0, 152.0, 33_786_213.0),
            12_000_000,
            8.0,
            Sensitivity.none(),
            null);
    ServiceAssessment core =
        new ServiceAssessment(
            "orders \"core\"",
            new Location("inventory.yaml", 30, 5),
            Placement.KUBERNETES,
            17,
            20,
            Placement.KUBERNETES,
            new WasmAudit(false, false, true, RuntimeFit.REWRITE),
            List.of(
                new Reason("stateful", 3, "keeps state | between \"requests\"\nsecond line"),
                new Reason("gpu", 5, "needs a GPU — ünïcode"),
                new Reason(
                    "limit-gpu", 0, "needs a GPU (rules out wasm-edge, serverless, hybrid)")),
            EnumSet.of(Placement.WASM_EDGE, Placement.SERVERLESS, Placement.HYBRID),
            List.of("placement score 20 is in the kubernetes band"),
            null,
            new ServiceCosts(672.5, 459.0, 120.25, 470.0, 0.0),
            50_000_000,
            459.0,
            Sensitivity.none(),
            null);
    ServiceAssessment split =
        new ServiceAssessment(
            "search",
            new Location("inventory.yaml", 44, 5),
            Placement.HYBRID,
            9,
            12,
            Placement.HYBRID,
            new WasmAudit(true, false, false, RuntimeFit.UNKNOWN),
            List.of(new Reason("many-services", 2, "the inventory has 11 services")),
            Set.of(),
            List.of("placement score 12 is in the hybrid band"),
            "serverless functions for bursts; Kubernetes core for the steady base load",
            new ServiceCosts(40.0, 60.0, 30.0, 65.0, null),
            20_000_000,
            65.0,
            Sensitivity.none(),
            null);
    return new Report(
        Report.SCHEMA_VERSION,
        "inventory.yaml",
        "Acme",
        List.of(edge, core, split),
        new Report.Pricing(
            "bundled catalog",
            "2026-11-24",
            "us-east-1",
            false,
            730,
            List.of("https://aws.amazon.com/lambda/pricing/")),
        List.of(new CostLine("Monitoring", "$1,200.00 per month", 1200)));
  }

  private static String render(Renderer renderer, Report report) throws IOException {
    StringWriter out = new StringWriter();
    renderer.render(report, out);
    return out.toString();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void jsonHasTheContractFieldsInTheContractOrder() throws IOException {
    JsonNode root = JSON.readTree(render(new JsonRenderer(), report()));

    assertThat(fieldNames(root)).first().isEqualTo("schemaVersion");
    assertThat(fieldNames(root)).containsSubsequence("schemaVersion", "services", "totals");
    assertThat(root.get("schemaVersion").isInt()).isTrue();
    assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(root.get("services").isArray()).isTrue();
    assertThat(root.get("services")).hasSize(3);
    assertThat(root.get("totals").isObject()).isTrue();

    for (JsonNode s : root.get("services")) {
      assertThat(fieldNames(s))
          .as("service fields")
          .containsSubsequence("name", "placement", "kubernetesScore", "wasmAudit", "reasons");
      assertThat(s.get("name").isTextual()).isTrue();
      assertThat(s.get("placement").asText())
          .isIn("wasm-edge", "serverless", "kubernetes", "hybrid");
      assertThat(s.get("kubernetesScore").isInt()).isTrue();

      JsonNode audit = s.get("wasmAudit");
      assertThat(fieldNames(audit))
          .as("wasmAudit fields")
          .containsSubsequence("stateless", "computeBound", "coldStartSensitive", "candidate");
      for (String f : List.of("stateless", "computeBound", "coldStartSensitive", "candidate")) {
        assertThat(audit.get(f).isBoolean()).as("wasmAudit.%s is a boolean", f).isTrue();
      }

      assertThat(s.get("reasons").isArray()).isTrue();
      for (JsonNode r : s.get("reasons")) {
        assertThat(fieldNames(r)).as("reason fields").startsWith("factor", "points", "detail");
        assertThat(r.get("factor").isTextual()).isTrue();
        assertThat(r.get("points").isInt()).isTrue();
        assertThat(r.get("detail").isTextual()).isTrue();
      }
    }
  }

  @Test
  void jsonCarriesTheReportsValuesExactly() throws IOException {
    JsonNode root = JSON.readTree(render(new JsonRenderer(), report()));

    JsonNode edge = root.get("services").get(0);
    assertThat(edge.get("name").asText()).isEqualTo("auth");
    assertThat(edge.get("placement").asText()).isEqualTo("wasm-edge");
    assertThat(edge.get("kubernetesScore").asInt()).isZero();
    assertThat(edge.get("wasmAudit").get("candidate").asBoolean()).isTrue();
    assertThat(edge.get("reasons").get(0).get("factor").asText()).isEqualTo("team-size");
    assertThat(edge.get("reasons").get(0).get("points").asInt()).isEqualTo(-4);

    JsonNode core = root.get("services").get(1);
    assertThat(core.get("name").asText()).isEqualTo("orders \"core\"");
    assertThat(core.get("placement").asText()).isEqualTo("kubernetes");
    assertThat(core.get("kubernetesScore").asInt()).isEqualTo(17);
    assertThat(core.get("wasmAudit").get("stateless").asBoolean()).isFalse();
    assertThat(core.get("wasmAudit").get("candidate").asBoolean()).isFalse();
    assertThat(core.get("reasons").get(0).get("detail").asText())
        .isEqualTo("keeps state | between \"requests\"\nsecond line");
    assertThat(core.get("reasons").get(1).get("detail").asText())
        .isEqualTo("needs a GPU — ünïcode");

    assertThat(root.get("services").get(2).get("placement").asText()).isEqualTo("hybrid");
  }

  @Test
  void jsonIsOneDocumentEndingWithANewline() throws IOException {
    String text = render(new JsonRenderer(), report());
    assertThat(text).endsWith("}\n").doesNotContain("\r");
    assertThat(render(new JsonRenderer(), report())).isEqualTo(text);
  }

  @Test
  void tableHasNoAnsiEscapesWhenColourIsOff() throws IOException {
    assertThat(render(new TableRenderer(false), report())).doesNotContain(ESC);
  }

  @Test
  void tableColoursWhenColourIsOnAndOtherwiseMatchesThePlainTable() throws IOException {
    String plain = render(new TableRenderer(false), report());
    String coloured = render(new TableRenderer(true), report());

    assertThat(coloured).contains(ESC + "[");
    assertThat(coloured).contains(ESC + "[0m");
    assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", ""))
        .as("colour adds escapes and nothing else")
        .isEqualTo(plain);
  }

  /** The report formats; github, sarif and junit render comparisons only (OutputFormatTest). */
  @ParameterizedTest
  @EnumSource(
      value = OutputFormat.class,
      names = {"GITHUB", "SARIF", "JUNIT"},
      mode = EnumSource.Mode.EXCLUDE)
  void machineFormatsNeverColourEvenWhenAsked(OutputFormat format) throws IOException {
    String text = render(Renderers.report(format, true), report());
    if (format == OutputFormat.TABLE) {
      assertThat(text).contains(ESC);
    } else {
      assertThat(text).as(format + " output").doesNotContain(ESC);
    }
    assertThat(render(Renderers.report(format, false), report())).doesNotContain(ESC);
  }

  @Test
  void explainColoursOnlyWhenAsked() throws IOException {
    ServiceAssessment s = report().services().get(1);
    StringWriter plain = new StringWriter();
    StringWriter coloured = new StringWriter();
    List<PlatformCost> costs =
        List.of(
            new PlatformCost(List.of(new CostLine("Lambda requests", "50M x $0.20 per 1M", 10))),
            new PlatformCost(List.of(new CostLine("Nodes", "3 x $0.17 x 730 h", 372.3))),
            new PlatformCost(List.of(new CostLine("Edge plan base fee", "$5 per month", 5))));
    new ExplainRenderer(false, Factors.entries(WeightsLoader.defaults()), List.of(), null)
        .render(s, costs, "inventory.yaml", plain);
    new ExplainRenderer(true, Factors.entries(WeightsLoader.defaults()), List.of(), null)
        .render(s, costs, "inventory.yaml", coloured);

    assertThat(plain.toString()).doesNotContain(ESC);
    assertThat(coloured.toString()).contains(ESC + "[");
    assertThat(coloured.toString().replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain.toString());
  }
}
