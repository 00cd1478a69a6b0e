package dev.placementadvisor.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.placementadvisor.input.Format;
import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.report.Report;
import dev.placementadvisor.report.Sensitivity;
import dev.placementadvisor.report.ServiceAssessment;
import dev.placementadvisor.result.CostLine;
import dev.placementadvisor.result.Reason;
import dev.placementadvisor.result.WasmAudit;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * The JSON renderer as it was before it wrote bytes itself (Jackson, through a Writer), kept as the
 * oracle the fast renderer must match byte for byte.
 *
 * <p>Renders the JSON report: the versioned, machine-readable contract (see
 * docs/report.schema.json). Field order is fixed and output is byte-for-byte deterministic.
 */
public final class JacksonJsonRenderer implements Renderer {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  @Override
  public void render(Report report, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(prettyPrinter());
      g.writeStartObject();
      g.writeNumberField("schemaVersion", report.schemaVersion());
      g.writeStringField("inventory", report.inventory());
      g.writeStringField("organization", report.organization());
      g.writeObjectFieldStart("pricing");
      g.writeStringField("catalog", report.pricing().catalog());
      g.writeStringField("effectiveDate", report.pricing().effectiveDate());
      g.writeStringField("region", report.pricing().region());
      g.writeBooleanField("freeTier", report.pricing().freeTier());
      g.writeEndObject();
      g.writeArrayFieldStart("services");
      for (ServiceAssessment s : report.services()) {
        service(g, s);
      }
      g.writeEndArray();
      g.writeObjectFieldStart("totals");
      g.writeNumberField("services", report.services().size());
      money(g, "monthlyCost", report.recommendedTotal());
      g.writeObjectFieldStart("platforms");
      for (Placement p : COST_ORDER) {
        money(g, p.id(), report.platformTotal(p));
      }
      g.writeEndObject();
      if (report.hasDataTier()) {
        g.writeObjectFieldStart("dataTier");
        money(g, "monthlyCost", report.dataTierTotal());
        g.writeEndObject();
      }
      g.writeObjectFieldStart("kubernetesTax");
      money(g, "monthlyCost", report.kubernetesTaxTotal());
      detailedLines(g, report.kubernetesTax());
      g.writeEndObject();
      g.writeArrayFieldStart("operations");
      for (Report.OperationsKind k : report.operations()) {
        g.writeStartObject();
        g.writeStringField("kind", k.kind());
        money(g, "perService", k.perService());
        detailedLines(g, k.lines());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("placements");
      for (Map.Entry<Placement, Integer> e : report.placementCounts().entrySet()) {
        g.writeNumberField(e.getKey().id(), e.getValue());
      }
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndObject();
    }
    out.write('\n');
  }

  private static void detailedLines(JsonGenerator g, List<CostLine> lines) throws IOException {
    g.writeArrayFieldStart("lines");
    for (CostLine l : lines) {
      g.writeStartObject();
      g.writeStringField("item", l.item());
      money(g, "monthlyCost", l.amount());
      g.writeStringField("detail", l.formula());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void service(JsonGenerator g, ServiceAssessment s) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", s.name());
    g.writeStringField("placement", s.placement().id());
    dev.placementadvisor.result.ServiceCosts.Choice choice = s.costs().choice();
    g.writeStringField("platform", choice.on(s.placement()));
    g.writeStringField("frontPlatform", s.placement() == Placement.HYBRID ? choice.front() : null);
    g.writeNumberField("kubernetesScore", s.kubernetesScore());
    g.writeNumberField("placementScore", s.placementScore());
    number(g, "requestsPerMonth", s.requestsPerMonth());
    g.writeObjectFieldStart("monthlyCost");
    money(g, "serverless", s.costs().serverless());
    money(g, "kubernetes", s.costs().kubernetes());
    money(g, "wasm-edge", s.costs().edge());
    money(g, "hybrid", s.costs().hybrid());
    money(g, "recommended", s.recommendedCost());
    g.writeEndObject();
    g.writeObjectFieldStart("tco");
    for (Placement p :
        List.of(
            Placement.SERVERLESS, Placement.KUBERNETES, Placement.WASM_EDGE, Placement.HYBRID)) {
      money(g, p.id(), s.costs().tco(p));
    }
    g.writeEndObject();
    g.writeObjectFieldStart("crossover");
    if (s.costs().crossoverRequests() == null) {
      g.writeNullField("requestsPerMonth");
    } else {
      g.writeNumberField("requestsPerMonth", s.costs().crossoverRequests().longValue());
    }
    g.writeEndObject();
    g.writeArrayFieldStart("platforms");
    for (dev.placementadvisor.result.ServiceCosts.PlatformQuote q : choice.platforms()) {
      g.writeStartObject();
      g.writeStringField("id", q.id());
      g.writeStringField("placement", q.placement().id());
      g.writeBooleanField("allowed", q.allowed());
      g.writeBooleanField("feasible", q.feasible());
      g.writeArrayFieldStart("blockedBy");
      for (String why : q.blockedBy()) {
        g.writeString(why);
      }
      g.writeEndArray();
      money(g, "monthlyCost", q.monthlyCost());
      g.writeArrayFieldStart("lines");
      for (dev.placementadvisor.result.CostLine l : q.lines()) {
        g.writeStartObject();
        g.writeStringField("item", l.item());
        g.writeStringField("price", l.priceId());
        money(g, "monthlyCost", l.amount());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    dev.placementadvisor.result.CheaperDoors doors = s.costs().doors();
    if (doors != null) {
      g.writeArrayFieldStart("cheaperDoors");
      for (dev.placementadvisor.result.CheaperDoors.Door d : doors.doors()) {
        g.writeStartObject();
        g.writeStringField("door", d.id());
        g.writeStringField("platform", doors.platform());
        money(g, "restCost", doors.restCost());
        money(g, "monthlyCost", d.monthlyCost());
        money(g, "platformCost", d.platformCost());
        money(g, "saving", d.saving());
        if (doors.albCheaperFromRequests() == null) {
          g.writeNullField("crossoverRequests");
        } else {
          g.writeNumberField("crossoverRequests", doors.albCheaperFromRequests().longValue());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    dev.placementadvisor.result.DataTierCost data = s.dataTier();
    if (data != null) {
      g.writeObjectFieldStart("dataTier");
      g.writeStringField("store", data.store().id());
      g.writeStringField("platform", data.platform());
      if (data.priced()) {
        money(g, "monthlyCost", data.monthlyCost());
      } else {
        g.writeNullField("monthlyCost");
      }
      g.writeArrayFieldStart("lines");
      for (dev.placementadvisor.result.CostLine l : data.lines()) {
        g.writeStartObject();
        g.writeStringField("item", l.item());
        g.writeStringField("price", l.priceId());
        money(g, "monthlyCost", l.amount());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeStringField("notPriced", data.notPriced());
      g.writeEndObject();
    }
    WasmAudit a = s.wasmAudit();
    g.writeObjectFieldStart("wasmAudit");
    g.writeBooleanField("stateless", a.stateless());
    g.writeBooleanField("computeBound", a.computeBound());
    g.writeBooleanField("coldStartSensitive", a.coldStartSensitive());
    g.writeBooleanField("candidate", a.candidate());
    g.writeStringField("runtimeFit", a.runtimeFit().id());
    g.writeEndObject();
    g.writeArrayFieldStart("excluded");
    for (Placement p : Placement.values()) {
      if (s.excluded().contains(p)) {
        g.writeString(p.id());
      }
    }
    g.writeEndArray();
    g.writeArrayFieldStart("reasons");
    for (Reason r : s.reasons()) {
      g.writeStartObject();
      g.writeStringField("factor", r.factor());
      g.writeNumberField("points", r.points());
      g.writeStringField("detail", r.detail());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("decision");
    for (String step : s.decision()) {
      g.writeString(step);
    }
    g.writeEndArray();
    if (s.hybridSplit() != null) {
      g.writeStringField("hybridSplit", s.hybridSplit());
    } else {
      g.writeNullField("hybridSplit");
    }
    if (!s.sensitivity().searched()) {
      g.writeNullField("flipPoints");
    } else {
      g.writeArrayFieldStart("flipPoints");
    }
    for (Sensitivity.FlipPoint f :
        s.sensitivity().searched()
            ? s.sensitivity().flipPoints()
            : List.<Sensitivity.FlipPoint>of()) {
      g.writeStartObject();
      g.writeStringField("input", f.input());
      g.writeStringField("direction", f.direction());
      number(g, "from", f.current());
      number(g, "at", f.value());
      g.writeStringField("placement", f.placement().id());
      g.writeEndObject();
    }
    if (s.sensitivity().searched()) {
      g.writeEndArray();
    }
    Sensitivity.Growth growth = s.sensitivity().growth();
    if (growth == null) {
      g.writeNullField("growth");
    } else {
      g.writeObjectFieldStart("growth");
      number(g, "perMonth", growth.perMonth());
      nullableInt(g, "crossoverMonth", growth.crossoverMonth());
      nullableInt(g, "flipMonth", growth.flipMonth());
      if (growth.flipPlacement() == null) {
        g.writeNullField("flipPlacement");
      } else {
        g.writeStringField("flipPlacement", growth.flipPlacement().id());
      }
      g.writeEndObject();
    }
    g.writeObjectFieldStart("location");
    g.writeNumberField("line", s.location().line());
    g.writeNumberField("column", s.location().column());
    g.writeEndObject();
    g.writeEndObject();
  }

  private static final Placement[] COST_ORDER = {
    Placement.SERVERLESS, Placement.KUBERNETES, Placement.WASM_EDGE, Placement.HYBRID
  };

  /** A number: whole numbers without a fraction, others with at most six decimals. */
  private static void number(JsonGenerator g, String field, double v) throws IOException {
    if (v == Math.rint(v) && Math.abs(v) < 9e15) {
      g.writeNumberField(field, (long) v);
    } else {
      g.writeNumberField(
          field,
          new java.math.BigDecimal(Double.toString(v))
              .setScale(6, java.math.RoundingMode.HALF_UP)
              .stripTrailingZeros());
    }
  }

  private static void nullableInt(JsonGenerator g, String field, Integer v) throws IOException {
    if (v == null) {
      g.writeNullField(field);
    } else {
      g.writeNumberField(field, v);
    }
  }

  private static void money(JsonGenerator g, String field, double usd) throws IOException {
    g.writeNumberField(field, Format.cents(usd));
  }

  public static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }
}
