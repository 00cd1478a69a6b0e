package dev.placementadvisor.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.placementadvisor.cost.Platforms;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.pricing.PriceCatalog;
import java.io.IOException;
import java.io.Writer;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Renders the platform registry ({@code advisor platforms}): each platform's id, placement class,
 * provider, what is priced, its limits (with the catalog's values) and its source, as a table,
 * markdown (docs/platforms.md) or JSON.
 */
public final class PlatformsRenderer {
  /** The formats it writes. */
  public static final Set<OutputFormat> FORMATS =
      EnumSet.of(OutputFormat.TABLE, OutputFormat.JSON, OutputFormat.MARKDOWN);

  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  public void render(
      List<Platforms.Info> platforms, PriceCatalog catalog, OutputFormat format, Writer out)
      throws IOException {
    switch (format) {
      case JSON -> json(platforms, catalog, out);
      case MARKDOWN -> markdown(platforms, catalog, out);
      default -> table(platforms, catalog, out);
    }
    out.flush();
  }

  private static void table(List<Platforms.Info> platforms, PriceCatalog c, Writer out)
      throws IOException {
    StringBuilder b = new StringBuilder();
    int width = "ID".length();
    for (Platforms.Info p : platforms) {
      width = Math.max(width, p.id().length());
    }
    b.append(pad("ID", width)).append("  ").append(pad("CLASS", 10)).append("  NAME\n");
    for (Platforms.Info p : platforms) {
      b.append(pad(p.id(), width)).append("  ").append(pad(p.placement().id(), 10)).append("  ")
          .append(p.name()).append('\n');
    }
    for (Platforms.Info p : platforms) {
      b.append('\n').append(p.id()).append(" (").append(p.name()).append(")\n");
      b.append("  prices: ").append(p.summary()).append('\n');
      b.append("  billed: ").append(billed(p)).append('\n');
      b.append("  limits: ").append(Text.printable(p.limits(c))).append('\n');
      b.append("  catalog: ").append(String.join(", ", p.prices()))
          .append(p.usesInstances() ? ", and every instance type" : "").append('\n');
      b.append("  source: ").append(p.source()).append('\n');
    }
    out.write(b.toString());
  }

  /** How a platform bills, in words: what decides between platforms of one placement. */
  static String billed(Platforms.Info p) {
    return p.perRequest()
        ? "per request, scales to zero"
        : "for capacity that runs all month";
  }

  private static String pad(String s, int w) {
    return s + " ".repeat(Math.max(0, w - s.length()));
  }

  private static void markdown(List<Platforms.Info> platforms, PriceCatalog c, Writer out)
      throws IOException {
    StringBuilder b = new StringBuilder();
    Markdown.Table t = new Markdown.Table("llll", "id", "class", "provider", "name");
    for (Platforms.Info p : platforms) {
      t.row(Markdown.code(p.id()), p.placement().id(), p.provider(), Markdown.escape(p.name()));
    }
    t.appendTo(b);
    for (Platforms.Info p : platforms) {
      b.append("\n### `").append(p.id()).append("`: ").append(Markdown.escape(p.name()))
          .append("\n\n");
      b.append("- **Class:** ").append(p.placement().id()).append('\n');
      b.append("- **Priced:** ").append(Markdown.escape(p.summary())).append('\n');
      b.append("- **Billed:** ").append(billed(p)).append('\n');
      b.append("- **Limits:** ").append(Markdown.escape(p.limits(c))).append('\n');
      b.append("- **Catalog entries:** ")
          .append(String.join(", ", p.prices().stream().map(Markdown::code).toList()))
          .append(p.usesInstances() ? ", and every instance type" : "").append('\n');
      b.append("- **Source:** ").append(Markdown.source(p.source())).append('\n');
    }
    out.write(b.toString());
  }

  private static void json(List<Platforms.Info> platforms, PriceCatalog c, Writer out)
      throws IOException {
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.setPrettyPrinter(JsonRenderer.prettyPrinter());
      g.writeStartObject();
      g.writeNumberField("schemaVersion", 1);
      g.writeArrayFieldStart("platforms");
      for (Platforms.Info p : platforms) {
        g.writeStartObject();
        g.writeStringField("id", p.id());
        g.writeStringField("name", p.name());
        g.writeStringField("placement", p.placement().id());
        g.writeStringField("provider", p.provider());
        g.writeStringField("priced", p.summary());
        g.writeStringField("billing", p.perRequest() ? "requests" : "capacity");
        g.writeStringField("limits", p.limits(c));
        g.writeArrayFieldStart("catalog");
        for (String id : p.prices()) {
          g.writeString(id);
        }
        g.writeEndArray();
        g.writeBooleanField("instanceTypes", p.usesInstances());
        g.writeStringField("source", p.source());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
  }
}
