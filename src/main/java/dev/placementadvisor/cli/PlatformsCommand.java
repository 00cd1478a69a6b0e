package dev.placementadvisor.cli;

import dev.placementadvisor.cost.DataTiers;
import dev.placementadvisor.cost.Platforms;
import dev.placementadvisor.io.AtomicOutput;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.render.OutputFormat;
import dev.placementadvisor.render.registry.PlatformsRenderer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code advisor platforms}: the platform registry, with each platform's class, limits and source.
 */
@Command(
    name = "platforms",
    mixinStandardHelpOptions = true,
    description =
        "List every platform the cost model prices: its id, placement class, what is priced, its"
            + " limits and its source; then the data tiers a service's data store is priced on.")
final class PlatformsCommand implements Callable<Integer> {
  @Mixin PricingOption pricing;
  @Mixin OutputOptions output;
  @Mixin PathsOption paths;
  @Mixin Terminal terminal;

  @Override
  public Integer call() throws Exception {
    OutputFormat format = output.format(PlatformsRenderer.FORMATS);
    AtomicOutput out = AtomicOutput.to(output.file(), terminal.out(), pricing.input());
    PriceCatalog catalog = pricing.catalog(paths.allowOutside);
    out.write(
        w ->
            new PlatformsRenderer()
                .render(Platforms.entries(catalog), DataTiers.entries(), format, w));
    return ExitCodes.OK;
  }
}
