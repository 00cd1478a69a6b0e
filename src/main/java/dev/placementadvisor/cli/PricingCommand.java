package dev.placementadvisor.cli;

import dev.placementadvisor.engine.Pipeline;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.pricing.CatalogLoader;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.report.Format;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code advisor pricing}: prints the pricing catalog in use, with dates and sources. */
@Command(
    name = "pricing",
    mixinStandardHelpOptions = true,
    description = "Print the pricing catalog in use, with every price's unit, date and source.")
final class PricingCommand implements Callable<Integer> {
  @Option(names = "--pricing", paramLabel = "FILE", description = "Pricing catalog overriding bundled prices.")
  Path pricing;

  @Mixin PathsOption paths;
  @Mixin Terminal terminal;

  @Override
  public Integer call() {
    PriceCatalog c = CatalogLoader.bundled();
    if (pricing != null) {
      c = Pipeline.namedCatalog(c, pricing, paths.allowOutside);
    }
    PrintWriter out = terminal.out();
    line(out, "Pricing catalog: " + c.origin());
    line(out, "Effective " + c.effectiveDate() + ", " + c.region() + ", " + c.currency()
        + ", " + Format.number(c.hoursPerMonth()) + " hours per month");
    out.println();
    line(out, "Prices");
    c.prices().values().stream().sorted(java.util.Comparator.comparing(PriceCatalog.Price::id)).forEach(p -> {
      StringBuilder b = new StringBuilder();
      for (PriceCatalog.Tier t : p.tiers()) {
        b.append(b.length() == 0 ? "" : "; ").append("$").append(Format.price(t.price()));
        if (p.tiered()) {
          b.append(Double.isInfinite(t.upTo()) ? " beyond" : " up to " + Format.number(t.upTo()));
        }
      }
      line(out, "  " + pad(p.id(), 28) + b + " " + p.unit());
      line(out, "  " + pad("", 28) + "source " + p.source() + " (checked " + p.checked() + ")");
    });
    out.println();
    line(out, "Quantities");
    c.quantities().values().stream().sorted(java.util.Comparator.comparing(PriceCatalog.Quantity::id)).forEach(q ->
        line(out, "  " + pad(q.id(), 36) + Format.number(q.value()) + " " + q.unit() + "  (" + q.source() + ", checked " + q.checked() + ")"));
    out.println();
    line(out, "Instances (on-demand, per hour)");
    c.instances().values().stream().sorted(java.util.Comparator.comparing(PriceCatalog.Instance::type)).forEach(i ->
        line(out, "  " + pad(i.type(), 14) + pad("$" + Format.price(i.hourly()), 10) + Format.number(i.vcpu()) + " vCPU, "
            + Format.number(i.memoryGib()) + " GiB, " + i.architecture() + (i.gpu() > 0 ? ", " + i.gpu() + " GPU" : "")
            + "  (checked " + i.checked() + ")"));
    out.println();
    line(out, "Kubernetes hidden tax (per organization, per month)");
    c.kubernetesTax().values().stream().sorted(java.util.Comparator.comparing(PriceCatalog.TaxLine::id)).forEach(t ->
        line(out, "  " + pad(t.label(), 40) + pad(Format.usd(t.monthly()), 11)
            + (t.waivedWithPlatformTeam() ? "waived with a platform team" : "")));
    out.flush();
    return ExitCodes.OK;
  }

  /** One line of the listing: a user catalog's ids, units and sources are shown, never obeyed. */
  private static void line(PrintWriter out, String text) {
    out.println(Text.printable(text));
  }

  private static String pad(String s, int w) {
    return s + " ".repeat(Math.max(1, w - s.length()));
  }
}
