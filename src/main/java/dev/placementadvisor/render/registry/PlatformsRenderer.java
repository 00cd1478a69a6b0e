package dev.placementadvisor.render.registry;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.render.Markdown;
import dev.placementadvisor.render.OutputFormat;
import dev.placementadvisor.render.json.JsonRenderer;
import dev.placementadvisor.result.DataTierEntry;
import dev.placementadvisor.result.PlatformEntry;
import java.io.IOException;
import java.io.Writer;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Renders the platform registry ({@code advisor platforms}): each platform's id, placement class,
 * provider, what is priced, its limits (with the catalog's values) and its source, then each data
 * tier's, as a table, markdown (docs/platforms.md) or JSON.
 */
public final class PlatformsRenderer {
  /** The formats it writes. */
  public static final Set<OutputFormat> FORMATS =
      EnumSet.of(OutputFormat.TABLE, OutputFormat.JSON, OutputFormat.MARKDOWN);

  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  public void render(List<PlatformEntry> platforms, OutputFormat format, Writer out)
      throws IOException {
    render(platforms, List.of(), format, out);
  }

  /** The platforms, then the data tiers (where a service's data store is priced). */
  public void render(
      List<PlatformEntry> platforms, List<DataTierEntry> dataTiers, OutputFormat format, Writer out)
      throws IOException {
    switch (format) {
      case JSON -> json(platforms, dataTiers, out);
      case MARKDOWN -> markdown(platforms, dataTiers, out);
      default -> table(platforms, dataTiers, out);
    }
    out.flush();
  }

  private static void table(
      List<PlatformEntry> platforms, List<DataTierEntry> dataTiers, Writer out) throws IOException {
    StringBuilder b = new StringBuilder();
    int width = "ID".length();
    for (PlatformEntry p : platforms) {
      width = Math.max(width, p.id().length());
    }
    b.append(pad("ID", width)).append("  ").append(pad("CLASS", 10)).append("  NAME\n");
    for (PlatformEntry p : platforms) {
      b.append(pad(p.id(), width))
          .append("  ")
          .append(pad(p.placement().id(), 10))
          .append("  ")
          .append(p.name())
          .append('\n');
    }
    for (PlatformEntry p : platforms) {
      b.append('\n').append(p.id()).append(" (").append(p.name()).append(")\n");
      b.append("  prices: ").append(p.priced()).append('\n');
      b.append("  billed: ").append(billed(p)).append('\n');
      b.append("  limits: ").append(Text.printable(p.limits())).append('\n');
      b.append("  catalog: ")
          .append(String.join(", ", p.catalog()))
          .append(p.instanceTypes() ? ", and every instance type" : "")
          .append('\n');
      b.append("  source: ").append(p.source()).append('\n');
    }
    if (!dataTiers.isEmpty()) {
      int w = "DATA TIER".length();
      for (DataTierEntry t : dataTiers) {
        w = Math.max(w, t.id().length());
      }
      b.append('\n')
          .append(pad("DATA TIER", w))
          .append("  ")
          .append(pad("STORE", 10))
          .append("  NAME\n");
      for (DataTierEntry t : dataTiers) {
        b.append(pad(t.id(), w))
            .append("  ")
            .append(pad(t.store().id(), 10))
            .append("  ")
            .append(t.name())
            .append('\n');
      }
      for (DataTierEntry t : dataTiers) {
        b.append('\n').append(t.id()).append(" (").append(t.name()).append(")\n");
        b.append("  store: ").append(t.store().id()).append(" (a service's dataStore)\n");
        b.append("  prices: ").append(t.priced()).append('\n');
        b.append("  billed: ").append(t.billing()).append('\n');
        b.append("  catalog: ").append(String.join(", ", t.catalog())).append('\n');
        b.append("  source: ").append(t.source()).append('\n');
      }
    }
    out.write(b.toString());
  }

  /** How a platform bills, in words: what decides between platforms of one placement. */
  private static String billed(PlatformEntry p) {
    return (p.perRequest() ? "per request, scales to zero" : "for capacity that runs all month")
        + (p.option() ? "; an option, priced where an inventory names its id" : "");
  }

  private static String pad(String s, int w) {
    return s + " ".repeat(Math.max(0, w - s.length()));
  }

  private static void markdown(
      List<PlatformEntry> platforms, List<DataTierEntry> dataTiers, Writer out) throws IOException {
    StringBuilder b = new StringBuilder();
    Markdown.Table t = new Markdown.Table("llll", "id", "class", "provider", "name");
    for (PlatformEntry p : platforms) {
      t.row(Markdown.code(p.id()), p.placement().id(), p.provider(), Markdown.escape(p.name()));
    }
    t.appendTo(b);
    for (PlatformEntry p : platforms) {
      b.append("\n### `")
          .append(p.id())
          .append("`: ")
          .append(Markdown.escape(p.name()))
          .append("\n\n");
      b.append("- **Class:** ").append(p.placement().id()).append('\n');
      b.append("- **Priced:** ").append(Markdown.escape(p.priced())).append('\n');
      b.append("- **Billed:** ").append(billed(p)).append('\n');
      b.append("- **Limits:** ").append(Markdown.escape(p.limits())).append('\n');
      b.append("- **Catalog entries:** ")
          .append(String.join(", ", p.catalog().stream().map(Markdown::code).toList()))
          .append(p.instanceTypes() ? ", and every instance type" : "")
          .append('\n');
      b.append("- **Source:** ").append(Markdown.source(p.source())).append('\n');
    }
    if (!dataTiers.isEmpty()) {
      b.append("\n### Data tiers\n\nWhere a service's `dataStore` is priced: the same whatever")
          .append(" its placement, and no placement of its own.\n\n");
      Markdown.Table d = new Markdown.Table("llll", "id", "store", "provider", "name");
      for (DataTierEntry tier : dataTiers) {
        d.row(
            Markdown.code(tier.id()),
            tier.store().id(),
            tier.provider(),
            Markdown.escape(tier.name()));
      }
      d.appendTo(b);
      for (DataTierEntry tier : dataTiers) {
        b.append("\n### `")
            .append(tier.id())
            .append("`: ")
            .append(Markdown.escape(tier.name()))
            .append("\n\n");
        b.append("- **Store:** ").append(tier.store().id()).append('\n');
        b.append("- **Priced:** ").append(Markdown.escape(tier.priced())).append('\n');
        b.append("- **Billed:** ").append(Markdown.escape(tier.billing())).append('\n');
        b.append("- **Catalog entries:** ")
            .append(String.join(", ", tier.catalog().stream().map(Markdown::code).toList()))
            .append('\n');
        b.append("- **Source:** ").append(Markdown.source(tier.source())).append('\n');
      }
    }
    out.write(b.toString());
  }

  private static void json(List<PlatformEntry> platforms, List<DataTierEntry> dataTiers, Writer out)
      throws IOException {
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.setPrettyPrinter(JsonRenderer.prettyPrinter());
      g.writeStartObject();
      g.writeNumberField("schemaVersion", 1);
      g.writeArrayFieldStart("platforms");
      for (PlatformEntry p : platforms) {
        g.writeStartObject();
        g.writeStringField("id", p.id());
        g.writeStringField("name", p.name());
        g.writeStringField("placement", p.placement().id());
        g.writeStringField("provider", p.provider());
        g.writeStringField("priced", p.priced());
        g.writeStringField("billing", p.perRequest() ? "requests" : "capacity");
        g.writeBooleanField("option", p.option());
        g.writeStringField("limits", p.limits());
        g.writeArrayFieldStart("catalog");
        for (String id : p.catalog()) {
          g.writeString(id);
        }
        g.writeEndArray();
        g.writeBooleanField("instanceTypes", p.instanceTypes());
        g.writeStringField("source", p.source());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("dataTiers");
      for (DataTierEntry t : dataTiers) {
        g.writeStartObject();
        g.writeStringField("id", t.id());
        g.writeStringField("name", t.name());
        g.writeStringField("store", t.store().id());
        g.writeStringField("provider", t.provider());
        g.writeStringField("priced", t.priced());
        g.writeStringField("billing", t.billing());
        g.writeArrayFieldStart("catalog");
        for (String id : t.catalog()) {
          g.writeString(id);
        }
        g.writeEndArray();
        g.writeStringField("source", t.source());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
  }
}
