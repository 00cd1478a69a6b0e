package dev.placementadvisor.cost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14's reviewer point: when a REST API Gateway is most of a service's serverless bill,
 * explain and the report name the cheaper door. The reviewer's framing: a service whose REST API is
 * 80% of its Lambda bill (30M requests a month, 162 ms at 256 MB, no free tier: requests $6.00,
 * duration 1,215,000 GB-s x $0.0000166667 = $20.25, REST 30 x $3.50 = $105.00, of $131.25) gets the
 * HTTP API and the load balancer named with their costs and the crossover.
 */
class CheaperDoorsScenarioTest extends AbstractCostCliTest {
  /** The ALB's hours and one LCU-hour a month (730 h). */
  private static final double ALB_MONTH = 730 * 0.0225;

  private static final double LCU_PER_REQUEST = 0.008 * 730 / (25 * 2_628_000.0);

  /**
   * HTTP API: 30 x $1.00 = $30.00, so $56.25 on Lambda, saving $75.00. ALB alone: $16.43 of hours
   * and 30M x $0.008 x 730 / (25 x 2,628,000) = $2.67 of capacity units, $19.09, so $45.34 on
   * Lambda, saving $85.91. The crossover: $16.425 / ($1.00 - $0.0889) per 1M = 18,027,440.
   */
  @Test
  void aRestApiAtEightyPercentOfItsLambdaBillNamesTheHttpApiAndTheAlb() {
    JsonNode s = firstService(fixture("doors-rest-api.yaml"));
    JsonNode doors = s.path("cheaperDoors");

    assertThat(s.path("platform").asText()).isEqualTo("aws-lambda");
    assertThat(doors.size()).isEqualTo(2);
    JsonNode http = doors.path(0);
    JsonNode alb = doors.path(1);
    assertThat(http.path("door").asText()).isEqualTo("http-api");
    assertThat(money(http, "restCost")).isEqualByComparingTo("105.00");
    assertThat(money(http, "monthlyCost")).isEqualByComparingTo("30.00");
    assertThat(money(http, "platformCost")).isEqualByComparingTo("56.25");
    assertThat(money(http, "saving")).isEqualByComparingTo("75.00");

    assertThat(alb.path("door").asText()).isEqualTo("alb");
    assertThat(money(alb, "monthlyCost"))
        .isEqualByComparingTo(cents(ALB_MONTH + 3e7 * LCU_PER_REQUEST))
        .isEqualByComparingTo("19.09");
    assertThat(money(alb, "platformCost")).isEqualByComparingTo("45.34");
    assertThat(money(alb, "saving")).isEqualByComparingTo("85.91");

    long crossover = (long) Math.ceil(ALB_MONTH / (1.00 / 1e6 - LCU_PER_REQUEST));
    assertThat(http.path("crossoverRequests").asLong())
        .isEqualTo(alb.path("crossoverRequests").asLong())
        .isBetween(crossover - 1, crossover + 1)
        .isEqualTo(18_027_440L);
  }

  /**
   * The HTTP API door is the platform's own formula: the same inventory with {@code apiGateway:
   * http} costs on Lambda what the door says.
   */
  @Test
  void theHttpDoorIsWhatTheSameServiceCostsWithAnHttpApi(@TempDir Path dir) throws Exception {
    String rest = java.nio.file.Files.readString(fixture("doors-rest-api.yaml"));
    assertThat(rest).contains("apiGateway: rest");
    JsonNode http =
        firstService(write(dir, "http.yaml", rest.replace("apiGateway: rest", "apiGateway: http")));
    JsonNode door = firstService(fixture("doors-rest-api.yaml")).path("cheaperDoors").path(0);
    assertThat(money(door, "platformCost")).isEqualByComparingTo(cost(http, "serverless"));
  }

  /** Explain and the markdown report say the same, with the volume now. */
  @Test
  void explainAndTheMarkdownReportNameTheDoors() {
    String explain = text("explain", fixture("doors-rest-api.yaml").toString(), "catalog-api");
    assertThat(explain)
        .contains(
            "Cheaper doors: the REST API Gateway is $105.00 of its $131.25 a month on"
                + " aws-lambda (80%)")
        .contains("an HTTP API (API Gateway): $30.00 a month")
        .contains("saving $75.00 a month")
        .contains("an Application Load Balancer in front of Lambda")
        .contains("$19.09 a month")
        .contains("from 18,027,440 requests a month (now 30,000,000)");
    String markdown =
        text("assess", fixture("doors-rest-api.yaml").toString(), "--format", "markdown");
    assertThat(markdown)
        .contains("Cheaper doors: the REST API Gateway is \\$105.00 of its \\$131.25")
        .contains("saving \\$85.91 a month");
  }

  /**
   * No door is named where the REST API is half of the bill or less, nor for an HTTP API; at 1M
   * requests the load balancer's hours make it dearer than the REST API (a negative saving).
   */
  @Test
  void noDoorBelowHalfAndANegativeSavingAtLowVolume(@TempDir Path dir) {
    String base =
        "version: 1\norganization: {name: o, engineers: 12, platformEngineers: 0}\n"
            + "pricing: {freeTier: false}\nservices:\n  - name: a\n"
            + "    traffic: {pattern: steady, requestsPerMonth: %s}\n"
            + "    avgDurationMs: %s\n    memoryMb: %s\n    apiGateway: %s\n";
    // REST $3.50 of $3.50 + $0.20 + 1M x 1 s x 1 GB x $0.0000166667 = $20.37: 17%.
    assertThat(
            firstService(write(dir, "heavy.yaml", base.formatted("1M", 1000, 1024, "rest")))
                .has("cheaperDoors"))
        .isFalse();
    assertThat(
            firstService(write(dir, "http.yaml", base.formatted("30M", 162, 256, "http")))
                .has("cheaperDoors"))
        .isFalse();
    JsonNode small = firstService(write(dir, "small.yaml", base.formatted("1M", 10, 128, "rest")));
    JsonNode alb = small.path("cheaperDoors").path(1);
    assertThat(money(alb, "saving")).isNegative();
    assertThat(money(small.path("cheaperDoors").path(0), "saving")).isEqualByComparingTo("2.50");
  }
}
