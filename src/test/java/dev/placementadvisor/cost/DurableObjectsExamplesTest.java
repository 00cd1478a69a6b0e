package dev.placementadvisor.cost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.placementadvisor.engine.Assessor;
import dev.placementadvisor.inventory.Inventory;
import dev.placementadvisor.inventory.InventoryLoader;
import dev.placementadvisor.pricing.CatalogLoader;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.report.ServiceAssessment;
import dev.placementadvisor.result.CostLine;
import dev.placementadvisor.scoring.WeightsLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cloudflare's Durable Objects compute billing examples 1 to 3 (cloudflare/cloudflare-docs,
 * src/content/docs/durable-objects/platform/pricing.mdx, read 2026-12-04), each through a
 * one-service inventory on Workers. Example 4 is in {@link StateScenarioTest}.
 *
 * <p>The page bills each quantity beyond its allowance rounded up to a whole million ("(rounded)
 * 3,000,000 requests x $0.15 / 1,000,000") and counts the requests that open WebSockets; the model
 * bills exact units and counts no connection requests (the inventory does not say how many
 * connections are opened). So each example is checked twice: the model's total in exact units, and
 * the page's own rounding applied to the model's billable quantities, which must give the page's
 * printed lines and total. The second check fails when a quantity of the model's is off by more
 * than what the page's rounding hides (the connection requests are 150,000 and 100 of them).
 */
class DurableObjectsExamplesTest extends AbstractCostCliTest {
  private static final PriceCatalog CATALOG = CatalogLoader.bundled();
  private static final String REQUESTS = "durableobjects.requests";
  private static final String DURATION = "durableobjects.duration";

  static Stream<Arguments> examples() {
    return Stream.of(
        // Example 1: one object called 1.5M times by a Worker, as the service's key-value store.
        // Exact: (1.5M - 1M) x $0.15/M = $0.075 + $5 = $5.075. Page: $0.15 + $0.00 + $5 = $5.15.
        Arguments.of(
            "D1 coordination service over HTTP",
            "cost-durableobjects-d1.yaml",
            "5.08",
            "0.15",
            "0.00",
            "5.15"),
        // Example 2: 100 objects x 50 WebSockets without hibernation, a message a minute 8 h a day.
        // Exact: $0.39 + $133.24 + $5 = $138.63. Page: $0.45 + $137.50 + $5 = $142.95.
        Arguments.of(
            "D2 WebSockets 8 hours a day",
            "cost-durableobjects-d2.yaml",
            "138.63",
            "0.45",
            "137.50",
            "142.95"),
        // Example 3: 100 objects x 1 WebSocket, a message a second all month.
        // Exact: $1.794 + $409.72 + $5 = $416.514. Page: $1.80 + $412.50 + $5 = $419.30.
        Arguments.of(
            "D3 WebSockets active all month",
            "cost-durableobjects-d3.yaml",
            "416.51",
            "1.80",
            "412.50",
            "419.30"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void theModelsTotalInExactUnits(
      String example,
      String fixture,
      String exact,
      String pageRequests,
      String pageDuration,
      String pageTotal) {
    JsonNode service = firstService(fixture(fixture));
    assertThat(service.path("placement").asText()).as(example).isEqualTo("wasm-edge");
    assertThat(cost(service, "recommended")).as(example).isEqualByComparingTo(exact);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void thePagesRoundingOfTheModelsQuantitiesGivesThePublishedLines(
      String example,
      String fixture,
      String exact,
      String pageRequests,
      String pageDuration,
      String pageTotal) {
    List<CostLine> lines = durableObjectLines(fixture);
    BigDecimal requests = roundedUpToMillions(lines, REQUESTS);
    BigDecimal duration = roundedUpToMillions(lines, DURATION);
    assertThat(requests).as("%s: requests", example).isEqualByComparingTo(pageRequests);
    assertThat(duration).as("%s: duration", example).isEqualByComparingTo(pageDuration);
    BigDecimal plan = BigDecimal.valueOf(CATALOG.price("edge.baseFee").first());
    assertThat(requests.add(duration).add(plan))
        .as("%s: the page's total", example)
        .isEqualByComparingTo(pageTotal);
  }

  /**
   * The Durable Objects lines of the service's recommended cost, unrounded: its Workers quote's
   * (WebSocket messages) and its data tier's (a key-value store).
   */
  private static List<CostLine> durableObjectLines(String fixture) {
    Path p = fixture(fixture);
    Inventory inv;
    try {
      inv = InventoryLoader.parse(Files.readString(p, StandardCharsets.UTF_8), p.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ServiceAssessment s = new Assessor(WeightsLoader.defaults()).assess(inv).services().get(0);
    List<CostLine> lines = new ArrayList<>();
    s.costs().choice().platforms().stream()
        .filter(q -> q.id().equals("cloudflare-workers"))
        .forEach(q -> lines.addAll(q.lines()));
    if (s.dataTier() != null) {
      assertThat(s.dataTier().platform()).isEqualTo("cloudflare-durable-objects");
      lines.addAll(s.dataTier().lines());
    }
    return lines;
  }

  /**
   * The line priced by {@code priceId} as Cloudflare's page prints it: its billable quantity (the
   * amount over the price per million) rounded up to a whole million, times the price.
   */
  private static BigDecimal roundedUpToMillions(List<CostLine> lines, String priceId) {
    List<CostLine> matching = lines.stream().filter(l -> priceId.equals(l.priceId())).toList();
    assertThat(matching).as("one %s line", priceId).hasSize(1);
    double price = CATALOG.price(priceId).first();
    double millions = matching.get(0).amount() / price;
    // A hair of floating-point error must not add a million.
    long rounded = (long) Math.ceil(millions - 1e-9);
    return BigDecimal.valueOf(rounded * price).setScale(2, RoundingMode.HALF_UP);
  }
}
