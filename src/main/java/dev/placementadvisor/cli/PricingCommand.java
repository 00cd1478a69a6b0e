package dev.placementadvisor.cli;

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

  @Mixin Terminal terminal;

  @Override
  public Integer call() {
    PriceCatalog c = CatalogLoader.bundled();
    if (pricing != null) {
      c = CatalogLoader.applyFile(c, pricing, pricing.toString());
    }
    PrintWriter out = terminal.out();
    out.println("Pricing catalog: " + c.origin());
    out.println("Effective " + c.effectiveDate() + ", " + c.region() + ", " + c.currency()
        + ", " + Format.number(c.hoursPerMonth()) + " hours per month");
    out.println();
    out.println("Prices");
    c.prices().values().stream().sorted(java.util.Comparator.comparing(PriceCatalog.Price::id)).forEach(p -> {
      StringBuilder b = new StringBuilder();
      for (PriceCatalog.Tier t : p.tiers()) {
        b.append(b.length() == 0 ? "" : "; ").append("$").append(Format.price(t.price()));
        if (p.tiered()) {
          b.append(Double.isInfinite(t.upTo()) ? " beyond" : " up to " + Format.number(t.upTo()));
        }
      }
      out.println("  " + pad(p.id(), 28) + b + " " + p.unit());
      out.println("  " + pad("", 28) + "source " + p.source() + " (checked " + p.checked() + ")");
    });
    out.println();
    out.println("Quantities");
    c.quantities().values().stream().sorted(java.util.Comparator.comparing(PriceCatalog.Quantity::id)).forEach(q ->
        out.println("  " + pad(q.id(), 36) + Format.number(q.value()) + " " + q.unit() + "  (" + q.source() + ", checked " + q.checked() + ")"));
    out.println();
    out.println("Instances (on-demand, per hour)");
    c.instances().values().stream().sorted(java.util.Comparator.comparing(PriceCatalog.Instance::type)).forEach(i ->
        out.println("  " + pad(i.type(), 14) + pad("$" + Format.price(i.hourly()), 10) + Format.number(i.vcpu()) + " vCPU, "
            + Format.number(i.memoryGib()) + " GiB, " + i.architecture() + (i.gpu() > 0 ? ", " + i.gpu() + " GPU" : "")
            + "  (checked " + i.checked() + ")"));
    out.println();
    out.println("Kubernetes hidden tax (per organization, per month)");
    c.kubernetesTax().values().stream().sorted(java.util.Comparator.comparing(PriceCatalog.TaxLine::id)).forEach(t ->
        out.println("  " + pad(t.label(), 40) + pad(Format.usd(t.monthly()), 11)
            + (t.waivedWithPlatformTeam() ? "waived with a platform team" : "")));
    out.flush();
    return ExitCodes.OK;
  }

  private static String pad(String s, int w) {
    return s + " ".repeat(Math.max(1, w - s.length()));
  }
}
