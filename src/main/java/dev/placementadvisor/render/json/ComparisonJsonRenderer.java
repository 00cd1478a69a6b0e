package dev.placementadvisor.render.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.placementadvisor.compare.Comparison;
import dev.placementadvisor.compare.GateResult;
import dev.placementadvisor.compare.ServiceChange;
import dev.placementadvisor.compare.Snapshot;
import dev.placementadvisor.input.Format;
import dev.placementadvisor.render.ComparisonRenderer;
import dev.placementadvisor.render.ComparisonText;
import java.io.IOException;
import java.io.Writer;

/** Renders a comparison as JSON for scripts: totals, changed services, gates and the verdict. */
public final class ComparisonJsonRenderer implements ComparisonRenderer {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  @Override
  public void render(Comparison c, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(JsonRenderer.prettyPrinter());
      g.writeStartObject();
      g.writeNumberField("schemaVersion", 1);
      snapshot(g, "baseline", c.baseline());
      snapshot(g, "current", c.current());
      g.writeObjectFieldStart("totals");
      g.writeNumberField("before", Format.cents(c.totalBefore()));
      g.writeNumberField("after", Format.cents(c.totalAfter()));
      g.writeNumberField("delta", Format.cents(c.totalDelta()));
      percent(g, c.totalPercent());
      g.writeEndObject();
      g.writeArrayFieldStart("services");
      for (ServiceChange s : c.changed()) {
        g.writeStartObject();
        g.writeStringField("name", s.name());
        g.writeStringField("change", ComparisonText.kind(s));
        nullable(g, "placementBefore", s.placementBefore());
        nullable(g, "placementAfter", s.placementAfter());
        g.writeNumberField("before", Format.cents(s.before()));
        g.writeNumberField("after", Format.cents(s.after()));
        g.writeNumberField("delta", Format.cents(s.delta()));
        percent(g, s.percent());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeNumberField("unchanged", c.changes().size() - c.changed().size());
      g.writeArrayFieldStart("gates");
      for (GateResult r : c.gates()) {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("limit", r.limit());
        g.writeBooleanField("passed", r.passed());
        g.writeStringField("message", r.message());
        g.writeArrayFieldStart("services");
        for (String name : r.services()) {
          g.writeString(name);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeBooleanField("passed", c.passed());
      g.writeBooleanField("noFail", c.noFail());
      g.writeEndObject();
    }
    out.write('\n');
  }

  private static void snapshot(JsonGenerator g, String field, Snapshot s) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("source", s.source());
    g.writeStringField("inventory", s.inventory());
    g.writeNumberField("monthlyCost", Format.cents(s.total()));
    g.writeNumberField("services", s.services().size());
    g.writeEndObject();
  }

  private static void percent(JsonGenerator g, Double pct) throws IOException {
    if (pct == null) {
      g.writeNullField("percent");
    } else {
      g.writeNumberField(
          "percent",
          new java.math.BigDecimal(Double.toString(pct))
              .setScale(1, java.math.RoundingMode.HALF_UP));
    }
  }

  private static void nullable(JsonGenerator g, String field, String value) throws IOException {
    if (value == null) {
      g.writeNullField(field);
    } else {
      g.writeStringField(field, value);
    }
  }
}
