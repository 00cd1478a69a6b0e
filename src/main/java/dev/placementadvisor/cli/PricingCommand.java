package dev.placementadvisor.cli;

import dev.placementadvisor.cost.DataTiers;
import dev.placementadvisor.cost.Platforms;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.io.AtomicOutput;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.render.OutputFormat;
import dev.placementadvisor.render.registry.PricingRenderer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code advisor pricing}: prints the pricing catalog in use, with dates and sources. */
@Command(
    name = "pricing",
    mixinStandardHelpOptions = true,
    description = "Print the pricing catalog in use, with every price's unit, date and source.")
final class PricingCommand implements Callable<Integer> {
  @Mixin PricingOption pricing;

  @Option(
      names = "--platform",
      paramLabel = "ID",
      description =
          "Only what this platform's or data tier's formula reads (advisor platforms lists the"
              + " ids).")
  String platform;

  @Mixin OutputOptions output;
  @Mixin PathsOption paths;
  @Mixin Terminal terminal;

  @Override
  public Integer call() throws Exception {
    OutputFormat format = output.format(PricingRenderer.FORMATS);
    AtomicOutput out = AtomicOutput.to(output.file(), terminal.out(), pricing.input());
    PriceCatalog c = pricing.catalog(paths.allowOutside);
    if (platform != null) {
      Platforms.Info p = Platforms.byId(platform);
      DataTiers.Info tier = DataTiers.byId(platform);
      if (p == null && tier == null) {
        java.util.List<String> ids = new java.util.ArrayList<>(Platforms.ids());
        ids.addAll(DataTiers.ids());
        String hint = Text.didYouMean(platform, ids);
        throw new ParameterException(
            terminal.spec.commandLine(),
            "unknown platform '"
                + Text.printable(platform)
                + "'"
                + (hint == null ? "" : " (did you mean '" + hint + "'?)")
                + "; platforms: "
                + String.join(", ", Platforms.ids())
                + "; data tiers: "
                + String.join(", ", DataTiers.ids()));
      }
      c = p != null ? c.only(p.prices(), p.usesInstances()) : c.only(tier.prices(), false);
    }
    PriceCatalog catalog = c;
    out.write(w -> new PricingRenderer().render(catalog, format, w));
    return ExitCodes.OK;
  }
}
