package dev.placementadvisor.cost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.placementadvisor.cli.Main;
import dev.placementadvisor.testing.Fixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * The recommended cost shares each platform's account charges only among the services recommended
 * onto it: a platform with one service charges it the whole minimum bill.
 */
class EstateCostTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode assess(String fixture) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(out),
            new PrintWriter(err),
            "assess",
            Fixtures.path(fixture).toString(),
            "--format",
            "json");
    assertThat(code).as(err.toString()).isZero();
    return JSON.readTree(out.toString());
  }

  private static JsonNode service(JsonNode report, String name) {
    for (JsonNode s : report.path("services")) {
      if (s.path("name").asText().equals(name)) {
        return s;
      }
    }
    throw new AssertionError("no service " + name);
  }

  @Test
  void eachPlatformsMinimumFallsOnTheServicesPlacedOnIt() throws IOException {
    JsonNode mixed = assess("cost-estate-mixed.yaml");
    JsonNode sessions = service(mixed, "sessions");
    JsonNode api = service(mixed, "api");
    assertThat(sessions.path("placement").asText()).isEqualTo("kubernetes");
    assertThat(api.path("placement").asText()).isEqualTo("serverless");

    JsonNode sessionsAlone = service(assess("cost-estate-alone-sessions.yaml"), "sessions");
    JsonNode apiAlone = service(assess("cost-estate-alone-api.yaml"), "api");

    assertThat(sessions.at("/monthlyCost/recommended").decimalValue())
        .isEqualByComparingTo(sessionsAlone.at("/monthlyCost/kubernetes").decimalValue());
    assertThat(api.at("/monthlyCost/recommended").decimalValue())
        .isEqualByComparingTo(apiAlone.at("/monthlyCost/serverless").decimalValue());
    assertThat(mixed.at("/totals/monthlyCost").decimalValue())
        .isEqualByComparingTo(
            sessionsAlone
                .at("/monthlyCost/kubernetes")
                .decimalValue()
                .add(apiAlone.at("/monthlyCost/serverless").decimalValue()));
    // The what-if column still shares the cluster with both services.
    assertThat(sessions.at("/monthlyCost/kubernetes").decimalValue())
        .isLessThan(sessions.at("/monthlyCost/recommended").decimalValue());
  }
}
