package dev.placementadvisor.render.registry;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.placementadvisor.input.Format;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.pricing.PriceCatalog.Confidence;
import dev.placementadvisor.pricing.PriceCatalog.Instance;
import dev.placementadvisor.pricing.PriceCatalog.Price;
import dev.placementadvisor.pricing.PriceCatalog.Quantity;
import dev.placementadvisor.pricing.PriceCatalog.TaxLine;
import dev.placementadvisor.pricing.PriceCatalog.Tier;
import dev.placementadvisor.render.Markdown;
import dev.placementadvisor.render.OutputFormat;
import dev.placementadvisor.render.json.JsonRenderer;
import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;

/**
 * Renders the price catalog in force ({@code advisor pricing}) as a table, markdown or JSON: every
 * price with its unit, tiers, source and the date it was checked. A user catalog's ids, units and
 * sources are shown, never obeyed (escaped for each format).
 */
public final class PricingRenderer {
  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  /** The formats it writes. */
  public static final java.util.Set<OutputFormat> FORMATS =
      java.util.EnumSet.of(OutputFormat.TABLE, OutputFormat.JSON, OutputFormat.MARKDOWN);

  public void render(PriceCatalog c, OutputFormat format, Writer out) throws IOException {
    switch (format) {
      case JSON -> json(c, out);
      case MARKDOWN -> markdown(c, out);
      default -> table(c, out);
    }
    out.flush();
  }

  private static List<Price> prices(PriceCatalog c) {
    return c.prices().values().stream().sorted(Comparator.comparing(Price::id)).toList();
  }

  private static List<Quantity> quantities(PriceCatalog c) {
    return c.quantities().values().stream().sorted(Comparator.comparing(Quantity::id)).toList();
  }

  private static List<Instance> instances(PriceCatalog c) {
    return c.instances().values().stream().sorted(Comparator.comparing(Instance::type)).toList();
  }

  private static List<TaxLine> tax(PriceCatalog c) {
    return c.kubernetesTax().values().stream().sorted(Comparator.comparing(TaxLine::id)).toList();
  }

  /** "$0.20" or "$0.0000166667 up to 6,000,000,000; $0.0000150000 beyond". */
  private static String tiers(Price p) {
    StringBuilder b = new StringBuilder();
    for (Tier t : p.tiers()) {
      b.append(b.length() == 0 ? "" : "; ").append("$").append(Format.price(t.price()));
      if (p.tiered()) {
        b.append(Double.isInfinite(t.upTo()) ? " beyond" : " up to " + Format.number(t.upTo()));
      }
    }
    return b.toString();
  }

  private static String header(PriceCatalog c) {
    return "Effective "
        + c.effectiveDate()
        + ", "
        + c.region()
        + ", "
        + c.currency()
        + ", "
        + Format.number(c.hoursPerMonth())
        + " hours per month";
  }

  private static void table(PriceCatalog c, Writer out) throws IOException {
    StringBuilder b = new StringBuilder();
    line(b, "Pricing catalog: " + c.origin());
    line(b, header(c));
    tablePrices(b, c);
    tableQuantities(b, c);
    tableInstances(b, c);
    tableTax(b, c);
    out.write(b.toString());
  }

  /** The table's prices: id, tiers, unit, then the source and date on a line of their own. */
  private static void tablePrices(StringBuilder b, PriceCatalog c) {
    b.append('\n');
    line(b, "Prices");
    int idWidth = width(prices(c).stream().map(Price::id).toList(), 28);
    for (Price p : prices(c)) {
      line(b, "  " + pad(p.id(), idWidth) + tiers(p) + " " + p.unit() + flag(p.confidence()));
      line(b, "  " + pad("", idWidth) + "source " + p.source() + " (checked " + p.checked() + ")");
    }
  }

  /** The table's quantities: id, value and unit, source and date. */
  private static void tableQuantities(StringBuilder b, PriceCatalog c) {
    b.append('\n');
    line(b, "Quantities");
    int quantityWidth = width(quantities(c).stream().map(Quantity::id).toList(), 36);
    for (Quantity q : quantities(c)) {
      line(
          b,
          "  "
              + pad(q.id(), quantityWidth)
              + Format.number(q.value())
              + " "
              + q.unit()
              + flag(q.confidence())
              + "  ("
              + q.source()
              + ", checked "
              + q.checked()
              + ")");
    }
  }

  /** The table's instance types with their hourly price and size; nothing when there are none. */
  private static void tableInstances(StringBuilder b, PriceCatalog c) {
    if (!c.instances().isEmpty()) {
      b.append('\n');
      line(b, "Instances (on-demand, per hour)");
    }
    for (Instance i : instances(c)) {
      line(
          b,
          "  "
              + pad(i.type(), 14)
              + pad("$" + Format.price(i.hourly()), 10)
              + Format.number(i.vcpu())
              + " vCPU, "
              + Format.number(i.memoryGib())
              + " GiB, "
              + i.architecture()
              + (i.gpu() > 0 ? ", " + i.gpu() + " GPU" : "")
              + (i.provider().equals("aws") ? "" : ", " + i.provider())
              + "  (checked "
              + i.checked()
              + ")"
              + flag(i.confidence()));
    }
  }

  /** The table's Kubernetes hidden tax lines; nothing when the catalog has none. */
  private static void tableTax(StringBuilder b, PriceCatalog c) {
    if (!c.kubernetesTax().isEmpty()) {
      b.append('\n');
      line(b, "Kubernetes hidden tax (per organization, per month)");
    }
    for (TaxLine t : tax(c)) {
      line(
          b,
          "  "
              + pad(t.label(), 40)
              + pad(Format.usd(t.monthly()), 11)
              + (t.waivedWithPlatformTeam() ? "waived with a platform team" : "")
              + flag(t.confidence()));
    }
  }

  /** " (estimated)" after an entry the catalog could not confirm on the provider's page. */
  private static String flag(Confidence c) {
    return c == Confidence.ESTIMATED ? " (estimated)" : "";
  }

  /** The checked column of markdown: the date, and "estimated" where the entry is. */
  private static String checked(String date, Confidence c) {
    return Markdown.escape(date) + (c == Confidence.ESTIMATED ? ", estimated" : "");
  }

  /** One line of the listing, printable, without trailing blanks. */
  private static void line(StringBuilder b, String text) {
    b.append(Text.printable(text).stripTrailing()).append('\n');
  }

  /** A column as wide as its longest id and two blanks, at least {@code least}. */
  private static int width(java.util.List<String> ids, int least) {
    int w = least;
    for (String id : ids) {
      w = Math.max(w, id.length() + 2);
    }
    return w;
  }

  private static String pad(String s, int w) {
    return s + " ".repeat(Math.max(1, w - s.length()));
  }

  private static void markdown(PriceCatalog c, Writer out) throws IOException {
    StringBuilder b = new StringBuilder("# Pricing catalog\n\n");
    b.append(Markdown.escape(c.origin()))
        .append(". ")
        .append(Markdown.escape(header(c)))
        .append(".\n\n");
    markdownPrices(b, c);
    markdownQuantities(b, c);
    markdownInstances(b, c);
    markdownTax(b, c);
    out.write(b.toString());
  }

  /** The markdown prices section: a row of id, tiers, unit, source and date for each price. */
  private static void markdownPrices(StringBuilder b, PriceCatalog c) {
    b.append("## Prices\n\n");
    Markdown.Table prices = new Markdown.Table("lrlll", "id", "price", "unit", "source", "checked");
    for (Price p : prices(c)) {
      prices.row(
          Markdown.code(p.id()),
          Markdown.escape(tiers(p)),
          Markdown.escape(p.unit()),
          Markdown.source(p.source()),
          checked(p.checked(), p.confidence()));
    }
    prices.appendTo(b);
  }

  /** The markdown quantities section: a row of id, value, unit, source and date for each. */
  private static void markdownQuantities(StringBuilder b, PriceCatalog c) {
    b.append("\n## Quantities\n\n");
    Markdown.Table quantities =
        new Markdown.Table("lrlll", "id", "value", "unit", "source", "checked");
    for (Quantity q : quantities(c)) {
      quantities.row(
          Markdown.code(q.id()),
          Format.number(q.value()),
          Markdown.escape(q.unit()),
          Markdown.source(q.source()),
          checked(q.checked(), q.confidence()));
    }
    quantities.appendTo(b);
  }

  /** The markdown instances section; nothing when the catalog has no instance types. */
  private static void markdownInstances(StringBuilder b, PriceCatalog c) {
    if (!c.instances().isEmpty()) {
      b.append("\n## Instances (on-demand)\n\n");
    }
    Markdown.Table instances =
        new Markdown.Table(
            "lrrrlrl", "type", "per hour", "vCPU", "GiB", "architecture", "GPU", "checked");
    for (Instance i : instances(c)) {
      instances.row(
          Markdown.code(i.type()),
          Markdown.escape("$" + Format.price(i.hourly())),
          Format.number(i.vcpu()),
          Format.number(i.memoryGib()),
          i.architecture(),
          Integer.toString(i.gpu()),
          checked(i.checked(), i.confidence()));
    }
    if (!c.instances().isEmpty()) {
      instances.appendTo(b);
    }
  }

  /** The markdown Kubernetes hidden tax section; nothing when the catalog has no tax lines. */
  private static void markdownTax(StringBuilder b, PriceCatalog c) {
    if (!c.kubernetesTax().isEmpty()) {
      b.append("\n## Kubernetes hidden tax (per organization, per month)\n\n");
    }
    Markdown.Table tax =
        new Markdown.Table(
            "lrlll",
            "line",
            "USD per month",
            "waived with a" + " platform team",
            "source",
            "checked");
    for (TaxLine t : tax(c)) {
      tax.row(
          Markdown.escape(t.label()),
          Markdown.usd(t.monthly()),
          t.waivedWithPlatformTeam() ? "yes" : "no",
          Markdown.source(t.source()),
          checked(t.checked(), t.confidence()));
    }
    if (!c.kubernetesTax().isEmpty()) {
      tax.appendTo(b);
    }
  }

  private static void json(PriceCatalog c, Writer out) throws IOException {
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.setPrettyPrinter(JsonRenderer.prettyPrinter());
      g.writeStartObject();
      g.writeNumberField("schemaVersion", 1);
      g.writeStringField("origin", c.origin());
      g.writeStringField("effectiveDate", c.effectiveDate());
      g.writeStringField("currency", c.currency());
      g.writeStringField("region", c.region());
      g.writeNumberField("hoursPerMonth", c.hoursPerMonth());
      jsonPrices(g, c);
      jsonQuantities(g, c);
      jsonInstances(g, c);
      jsonTax(g, c);
      g.writeEndObject();
    }
    out.write('\n');
  }

  /** The JSON prices array: each price's id, unit and tiers (an open last tier up to null). */
  private static void jsonPrices(JsonGenerator g, PriceCatalog c) throws IOException {
    g.writeArrayFieldStart("prices");
    for (Price p : prices(c)) {
      g.writeStartObject();
      g.writeStringField("id", p.id());
      g.writeStringField("unit", p.unit());
      g.writeArrayFieldStart("tiers");
      for (Tier t : p.tiers()) {
        g.writeStartObject();
        if (Double.isInfinite(t.upTo())) {
          g.writeNullField("upTo");
        } else {
          g.writeNumberField("upTo", t.upTo());
        }
        g.writeNumberField("price", t.price());
        g.writeEndObject();
      }
      g.writeEndArray();
      sourced(g, p.source(), p.checked(), p.confidence());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** The JSON quantities array: each quantity's id, value and unit. */
  private static void jsonQuantities(JsonGenerator g, PriceCatalog c) throws IOException {
    g.writeArrayFieldStart("quantities");
    for (Quantity q : quantities(c)) {
      g.writeStartObject();
      g.writeStringField("id", q.id());
      g.writeNumberField("value", q.value());
      g.writeStringField("unit", q.unit());
      sourced(g, q.source(), q.checked(), q.confidence());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** The JSON instances array: each instance type's provider, hourly price and size. */
  private static void jsonInstances(JsonGenerator g, PriceCatalog c) throws IOException {
    g.writeArrayFieldStart("instances");
    for (Instance i : instances(c)) {
      g.writeStartObject();
      g.writeStringField("type", i.type());
      g.writeStringField("provider", i.provider());
      g.writeNumberField("hourly", i.hourly());
      g.writeNumberField("vcpu", i.vcpu());
      g.writeNumberField("memoryGib", i.memoryGib());
      g.writeStringField("architecture", i.architecture());
      g.writeNumberField("gpu", i.gpu());
      sourced(g, i.source(), i.checked(), i.confidence());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** The JSON Kubernetes hidden tax array: each line's label, monthly amount and waiver. */
  private static void jsonTax(JsonGenerator g, PriceCatalog c) throws IOException {
    g.writeArrayFieldStart("kubernetesTax");
    for (TaxLine t : tax(c)) {
      g.writeStartObject();
      g.writeStringField("id", t.id());
      g.writeStringField("label", t.label());
      g.writeNumberField("monthly", t.monthly());
      g.writeBooleanField("waivedWithPlatformTeam", t.waivedWithPlatformTeam());
      sourced(g, t.source(), t.checked(), t.confidence());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void sourced(JsonGenerator g, String source, String checked, Confidence c)
      throws IOException {
    g.writeStringField("source", source);
    g.writeStringField("checked", checked);
    g.writeStringField("confidence", c.word());
  }
}
