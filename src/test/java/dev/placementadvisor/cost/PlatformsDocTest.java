package dev.placementadvisor.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.placementadvisor.pricing.CatalogLoader;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.result.CostLine;
import dev.placementadvisor.result.PlatformCost;
import dev.placementadvisor.testing.CliRunner;
import dev.placementadvisor.testing.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The platform registry against the catalog and the docs: docs/platforms.md's registry is the
 * output of {@code advisor platforms --format markdown}, every catalog entry a platform or a data
 * tier names exists, every price and quantity of the catalog is read by some platform or data tier
 * (several only when they are one provider's), and the formulas' own lines name only entries their
 * platform or data tier lists.
 */
class PlatformsDocTest {
  private static final Path DOC = Path.of("docs", "platforms.md");
  private static final String BEGIN = "<!-- platforms:begin -->\n";
  private static final String END = "<!-- platforms:end -->";

  /** Providers whose platforms run on another provider's machines, and that provider. */
  private static final java.util.Map<String, String> HOSTED_ON =
      java.util.Map.of("wasmcloud", "aws");

  @Test
  void theRegistryInTheDocsIsTheOutputOfThePlatformsCommand() throws IOException {
    CliRunner.Result r = CliRunner.run("platforms", "--format", "markdown");
    assertThat(r.code()).as(r.err()).isZero();
    String expected = Golden.normalise(r.out());
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int b = doc.indexOf(BEGIN) + BEGIN.length();
    int e = doc.indexOf(END);
    assertThat(b).isGreaterThanOrEqualTo(BEGIN.length());
    String block = doc.substring(b, e);
    if (block.equals(expected)) {
      return;
    }
    if (Golden.updating()) {
      Files.writeString(
          DOC, doc.substring(0, b) + expected + doc.substring(e), StandardCharsets.UTF_8);
      return;
    }
    fail(
        "the registry in "
            + DOC
            + " differs from `advisor platforms --format markdown`; run "
            + Golden.HOW_TO_UPDATE
            + "\n"
            + Golden.diff(DOC + " block", block, expected));
  }

  @Test
  void everyCatalogEntryIsReadByAPlatformThatNamesIt() {
    PriceCatalog c = CatalogLoader.bundled();
    java.util.Map<String, String> named = new java.util.HashMap<>();
    for (Platforms.Info p : Platforms.ALL) {
      for (String id : p.prices()) {
        assertThat(c.prices().containsKey(id) || c.quantities().containsKey(id))
            .as("%s names %s", p.id(), id)
            .isTrue();
        // Two products of one provider may share its prices (GKE's cluster fee); no more, but
        // for wasmCloud, which runs on an EKS cluster and pays AWS's prices for it.
        String payee = HOSTED_ON.getOrDefault(p.provider(), p.provider());
        String provider = named.putIfAbsent(id, payee);
        assertThat(provider == null || provider.equals(payee))
            .as("%s is named by platforms of one provider only", id)
            .isTrue();
      }
      assertThat(p.limits(c)).doesNotContain("{");
    }
    for (DataTiers.Info t : DataTiers.ALL) {
      for (String id : t.prices()) {
        assertThat(c.prices().containsKey(id) || c.quantities().containsKey(id))
            .as("%s names %s", t.id(), id)
            .isTrue();
        String provider = named.putIfAbsent(id, t.provider());
        assertThat(provider == null || provider.equals(t.provider()))
            .as("%s is named by one provider's platforms and data tiers only", id)
            .isTrue();
      }
    }
    Set<String> all = new HashSet<>(c.prices().keySet());
    all.addAll(c.quantities().keySet());
    all.removeAll(named.keySet());
    assertThat(all).as("catalog entries no platform names").isEmpty();
  }

  @Test
  void aDataTiersLinesNameOnlyWhatItLists() {
    PriceCatalog c = CatalogLoader.bundled();
    for (DataTiers.Info t : DataTiers.ALL) {
      DataTier tier = t.factory().create(c);
      for (var store :
          List.of(
              dev.placementadvisor.inventory.DataStore.of(t.store()),
              new dev.placementadvisor.inventory.DataStore(
                  t.store(),
                  5.0,
                  0,
                  4,
                  null,
                  dev.placementadvisor.inventory.DataStore.StorageType.IO_OPTIMIZED,
                  null,
                  null))) {
        var s =
            AwsAuroraServerlessV2Test.service(
                dev.placementadvisor.inventory.TrafficPattern.STEADY, 1e6, 2, store);
        Bill bill = Bill.withLines();
        tier.price(s, 1e6, bill);
        assertThat(bill.lines()).isNotEmpty();
        for (CostLine l : bill.lines()) {
          assertThat(t.prices()).as("%s on %s", l.item(), t.id()).contains(l.priceId());
        }
      }
    }
  }

  @Test
  void aFormulasLinesNameOnlyWhatItsPlatformLists() {
    CostModel model = CostFormulaTest.models().get(1);
    java.util.Random r = new java.util.Random(1);
    for (int i = 0; i < 200; i++) {
      var s = CostFormulaTest.service(r, i);
      Costing costing = new Costing(model, List.of(s));
      for (PlatformCost cost : costing.explain(0)) {
        Platforms.Info p = Platforms.byId(cost.platform());
        for (CostLine l : cost.lines()) {
          if (l.priceId() != null) {
            assertThat(
                    p.prices().contains(l.priceId())
                        || p.usesInstances()
                            && model.catalog().instances().containsKey(l.priceId()))
                .as("%s on %s reads %s", l.item(), p.id(), l.priceId())
                .isTrue();
          }
        }
      }
    }
  }
}
