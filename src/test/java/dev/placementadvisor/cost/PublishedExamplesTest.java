package dev.placementadvisor.cost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The providers' own worked pricing examples, reproduced to the cent through one-service
 * inventories and {@code advisor assess --format json}.
 *
 * <p>Each example lists its lines twice: the exact amount (the published rate times the usage) and
 * the amount the provider prints. Providers round each line to cents and add the rounded lines; the
 * model adds unrounded lines and rounds the total once. The test checks both ways give the
 * published total, so a one-cent difference from the rounding order would show up here as a failure
 * of the rounding assertions, not be hidden in the model assertion. For these examples the two ways
 * agree.
 *
 * <p>Lines the model does not price (ephemeral storage, response streaming, tenant isolation, event
 * poller units, durable-function operations, data transfer out) are left out of both the inventory
 * and the expected total; the comment of each case says which and by how much.
 */
class PublishedExamplesTest extends AbstractCostCliTest {

  /** One published line: its exact amount and the amount the provider prints. */
  record Line(String item, String exact, String printed) {}

  static Line line(String item, String exact, String printed) {
    return new Line(item, exact, printed);
  }

  static Stream<Arguments> examples() {
    return Stream.of(
        // L1, Example 1: mobile application backend. 3M requests, 120 ms, 1536 MB, x86, free tier.
        // 3M x 0.12 s x 1.5 GB = 540,000 GB-s - 400,000 free = 140,000 x $0.0000166667.
        Arguments.of(
            "L1 Lambda mobile backend",
            "cost-lambda-l1.yaml",
            "serverless",
            List.of(line("compute", "2.333338", "2.33"), line("requests", "0.40", "0.40")),
            "2.73"),
        // L2, Example 2: streaming telemetry. 7.44M requests, 2 s, 1 GB, x86, no free tier.
        Arguments.of(
            "L2 Lambda streaming telemetry",
            "cost-lambda-l2.yaml",
            "serverless",
            List.of(line("requests", "1.488", "1.49"), line("compute", "248.000496", "248.00")),
            "249.49"),
        // L3, Example 3: ML inference. 6M requests, 280 ms, 4096 MB, x86, free tier.
        // The page's total is $106.41: it includes $0.08 of ephemeral storage (1536 MB beyond the
        // free 512 MB), which the model does not price. Without that line: $106.33.
        Arguments.of(
            "L3 Lambda ML inference (no ephemeral storage)",
            "cost-lambda-l3.yaml",
            "serverless",
            List.of(line("compute", "105.333544", "105.33"), line("requests", "1.00", "1.00")),
            "106.33"),
        // L4, response streaming. 3M requests, 500 ms, 1536 MB, x86, free tier. The page's total
        // $39.04 includes $7.81 of streamed bytes beyond 6 MB per response (not modelled).
        Arguments.of(
            "L4 Lambda response streaming (no streaming line)",
            "cost-lambda-l4.yaml",
            "serverless",
            List.of(line("compute", "30.833395", "30.83"), line("requests", "0.40", "0.40")),
            "31.23"),
        // L5, durable functions on Arm: the core Lambda lines. 1M executions x 32 s of compute in
        // 2 invocations each = 2M invocations of 16 s on average, 1 GB, arm64, free tier.
        // 32M GB-s - 400,000 = 31.6M x $0.0000133334; 2M - 1M free requests. The durable-function
        // lines ($32.00 + $26.00 + $10.92, total $490.46) are not Lambda core pricing.
        Arguments.of(
            "L5 Lambda arm64 durable functions (core lines)",
            "cost-lambda-l5.yaml",
            "serverless",
            List.of(line("compute", "421.33544", "421.34"), line("requests", "0.20", "0.20")),
            "421.54"),
        // L6, tenant isolation. 10M requests, 2 s, 1 GB, x86, no free tier.
        // 20M GB-s x $0.0000166667 = $333.334, which rounds to $333.33. The page prints $333.34
        // (and $368.74 in total with $33.40 of tenant isolation, i.e. $335.34 without it): the
        // page rounds this line up. Rounded half-up, as every other line of every example is, the
        // lines sum to $2.00 + $333.33 = $335.33. The tenant isolation line is not modelled.
        Arguments.of(
            "L6 Lambda tenant isolation (no isolation line)",
            "cost-lambda-l6.yaml",
            "serverless",
            List.of(line("requests", "2.00", "2.00"), line("compute", "333.334", "333.33")),
            "335.33"),
        // L7b, Provisioned Mode ESM for SQS. 30M requests, 1 s, 1 GB, x86, no free tier.
        // The page prints "$500" for 500.001 and "$6"; the EPU line ($74) is not modelled.
        Arguments.of(
            "L7b Lambda SQS event source (no EPU line)",
            "cost-lambda-l7b.yaml",
            "serverless",
            List.of(line("compute", "500.001", "500.00"), line("requests", "6.00", "6.00")),
            "506.00"),
        // L7c, Provisioned Mode ESM, Pricing Example 3: ten Kafka ESMs grouped in one poller group
        // feed one function. 1M invocations a day per ESM x 30 days x 10 = 300M requests, 0.2 s,
        // 1024 MB, x86, no free tier (the page applies none). 60M GB-s x $0.0000166667 =
        // $1,000.002, printed $1,000; 300M x $0.20/M = $60.00. The EPU line (720 EPU-hours x
        // $0.185 = $133.20; total $1,193.20) is not modelled.
        Arguments.of(
            "L7c Lambda Kafka event sources (no EPU line)",
            "cost-lambda-l7c.yaml",
            "serverless",
            List.of(line("compute", "1000.002", "1000.00"), line("requests", "60.00", "60.00")),
            "1060.00"),
        // E1, Workers Example 1. 15M requests, 7 ms CPU each.
        Arguments.of(
            "E1 Workers 15M requests",
            "cost-workers-e1.yaml",
            "wasm-edge",
            List.of(
                line("subscription", "5.00", "5.00"),
                line("requests", "1.50", "1.50"),
                line("cpu", "1.50", "1.50")),
            "8.00"),
        // E2, Workers Example 2. 15M requests of which 12M static assets (free, so not in the
        // inventory): 3M Worker requests x 7 ms, all within the included allowances.
        Arguments.of(
            "E2 Workers static assets",
            "cost-workers-e2.yaml",
            "wasm-edge",
            List.of(
                line("subscription", "5.00", "5.00"),
                line("requests", "0", "0.00"),
                line("cpu", "0", "0.00")),
            "5.00"),
        // E3, Workers Example 3: Cron Trigger. 720 requests x 180,000 ms CPU; avgDurationMs is
        // 180,000 too because CPU time cannot exceed wall time.
        Arguments.of(
            "E3 Workers cron trigger",
            "cost-workers-e3.yaml",
            "wasm-edge",
            List.of(
                line("subscription", "5.00", "5.00"),
                line("requests", "0", "0.00"),
                line("cpu", "1.992", "1.99")),
            "6.99"),
        // E4, Workers Example 4: high traffic. 100M requests, 7 ms CPU each.
        Arguments.of(
            "E4 Workers high traffic",
            "cost-workers-e4.yaml",
            "wasm-edge",
            List.of(
                line("subscription", "5.00", "5.00"),
                line("requests", "27.00", "27.00"),
                line("cpu", "13.40", "13.40")),
            "45.40"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void reproducesThePublishedTotalToTheCent(
      String example, String fixture, String platform, List<Line> lines, String total) {
    JsonNode service = firstService(fixture(fixture));
    assertThat(cost(service, platform))
        .as("%s: monthlyCost.%s of %s", example, platform, fixture)
        .isEqualByComparingTo(total);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void providerRoundingAndModelRoundingAgree(
      String example, String fixture, String platform, List<Line> lines, String total) {
    BigDecimal exactSum = BigDecimal.ZERO;
    BigDecimal roundedLines = BigDecimal.ZERO;
    BigDecimal printedLines = BigDecimal.ZERO;
    for (Line l : lines) {
      BigDecimal exact = new BigDecimal(l.exact());
      exactSum = exactSum.add(exact);
      roundedLines = roundedLines.add(exact.setScale(2, RoundingMode.HALF_UP));
      printedLines = printedLines.add(new BigDecimal(l.printed()));
    }
    // The provider's way: each line to cents, then summed.
    assertThat(roundedLines)
        .as("%s: lines rounded, then summed", example)
        .isEqualByComparingTo(total);
    // What the page prints (line by line) adds up to the same.
    assertThat(printedLines).as("%s: printed lines", example).isEqualByComparingTo(total);
    // The model's way: summed unrounded, the total rounded once.
    assertThat(exactSum.setScale(2, RoundingMode.HALF_UP))
        .as("%s: unrounded sum, rounded once", example)
        .isEqualByComparingTo(total);
  }

  /**
   * G1, API Gateway REST example: "5 million * $3.50/million = $17.50". The serverless total of a
   * Lambda behind a REST API is the Lambda's own lines plus exactly that line (the data transfer
   * out line of the example, $1.29, is not modelled).
   */
  @Test
  void g1RestApiAddsSeventeenFiftyForFiveMillionCalls() {
    BigDecimal withGateway = cost(firstService(fixture("cost-apigw-g1.yaml")), "serverless");
    BigDecimal lambdaOnly =
        cost(firstService(fixture("cost-apigw-g1-lambda-only.yaml")), "serverless");
    // The Lambda lines by hand: (5M - 1M free) x $0.20/M = $0.80; 5M x 0.12 s x 1.5 GB =
    // 900,000 GB-s - 400,000 free = 500,000 x $0.0000166667 = $8.33335.
    assertThat(lambdaOnly).isEqualByComparingTo("9.13");
    assertThat(withGateway).isEqualByComparingTo(lambdaOnly.add(usd("17.50")));
    assertThat(withGateway).isEqualByComparingTo("26.63");
  }

  /**
   * G2, API Gateway REST example at 15 billion calls, the request tiers only: 333M x $3.50 + 667M x
   * $2.80 + 14B x $2.38 = $1,165.50 + $1,867.60 + $33,320.00 = $36,353.10.
   */
  @Test
  void g2RestApiTiersAtFifteenBillionCalls() {
    BigDecimal published = usd("1165.50").add(usd("1867.60")).add(usd("33320.00"));
    assertThat(published).isEqualByComparingTo("36353.10");
    BigDecimal withGateway = cost(firstService(fixture("cost-apigw-g2.yaml")), "serverless");
    BigDecimal lambdaOnly =
        cost(firstService(fixture("cost-apigw-g2-lambda-only.yaml")), "serverless");
    // The Lambda lines by hand: 15B x $0.20/M = $3,000; 15B x 0.001 s x 0.125 GB = 1,875,000
    // GB-s x $0.0000166667 = $31.2500625.
    assertThat(lambdaOnly).isEqualByComparingTo("3031.25");
    assertThat(withGateway).isEqualByComparingTo(lambdaOnly.add(published));
  }

  /**
   * H1, API Gateway HTTP API Pricing Example 1 (stored markdown copy of
   * https://aws.amazon.com/api-gateway/pricing/, last_updated 2025-11-02, read 2026-12-04): 10,000
   * page loads a minute for 30 days = 432M requests, across the 300M tier boundary: 300M x $1.00/M
   * + 132M x $0.90/M = $300 + $118.80 = $418.80. Example 2 (documents of 4.5 MB uploaded to an
   * HTTPS backend, metered in 512 KB increments: 9 requests each, $9.72) has no inventory form: the
   * inventory gives no request size, and the model meters one request a request.
   */
  @Test
  void h1HttpApiTiersAtFourHundredThirtyTwoMillionRequests() {
    JsonNode service = firstService(fixture("cost-apigw-h1.yaml"));
    assertThat(lambdaLine(service, "apigateway.http.requests")).isEqualByComparingTo("418.80");
    BigDecimal lambdaOnly =
        cost(firstService(fixture("cost-apigw-h1-lambda-only.yaml")), "serverless");
    // The Lambda lines by hand: 432M x $0.20/M = $86.40; 432M x 0.001 s x 0.125 GB = 54,000 GB-s
    // x $0.0000166667 = $0.9000018.
    assertThat(lambdaOnly).isEqualByComparingTo("87.30");
    assertThat(cost(service, "serverless")).isEqualByComparingTo(lambdaOnly.add(usd("418.80")));
  }

  /**
   * W1, API Gateway WebSocket API example, "Chat Application" (same stored copy of
   * https://aws.amazon.com/api-gateway/pricing/, read 2026-12-04): 1,000 users connected 12 hours a
   * day, each sending 100 and receiving 500 messages of 3 KB a day, 30 days. Messages (100 + 500) x
   * 1,000 x 30 = 18M x $1.00/M = $18.00; connection minutes 1,000 x 12 x 60 x 30 = 21.6M x $0.25/M
   * = $5.40; total $23.40. The inventory gives both figures in {@code connections}; the 3M messages
   * the users send are the function's invocations.
   */
  @Test
  void w1WebSocketChatApplication() {
    JsonNode service = firstService(fixture("cost-apigw-w1.yaml"));
    assertThat(lambdaLine(service, "apigateway.websocket.messages")).isEqualByComparingTo("18.00");
    assertThat(lambdaLine(service, "apigateway.websocket.connectionMinutes"))
        .isEqualByComparingTo("5.40");
    BigDecimal lambdaOnly =
        cost(firstService(fixture("cost-apigw-w1-lambda-only.yaml")), "serverless");
    // The Lambda lines by hand: 3M x $0.20/M = $0.60; 3M x 0.001 s x 0.125 GB = 375 GB-s x
    // $0.0000166667 = $0.00625.
    assertThat(lambdaOnly).isEqualByComparingTo("0.61");
    assertThat(cost(service, "serverless")).isEqualByComparingTo(lambdaOnly.add(usd("23.40")));
  }

  /** The line of {@code service}'s aws-lambda quote priced by catalog entry {@code priceId}. */
  static BigDecimal lambdaLine(JsonNode service, String priceId) {
    for (JsonNode p : service.path("platforms")) {
      if (!"aws-lambda".equals(p.path("id").asText())) {
        continue;
      }
      for (JsonNode l : p.path("lines")) {
        if (priceId.equals(l.path("price").asText())) {
          return money(l, "monthlyCost");
        }
      }
    }
    throw new AssertionError("no aws-lambda line priced by " + priceId + " in " + service);
  }

  /**
   * Not published: Example 1 on arm64, from the published Arm rate. AWS's page has no Arm variant
   * of Example 1; this is the model's arithmetic checked by hand: 140,000 GB-s x $0.0000133334 =
   * $1.866676, plus $0.40 of requests.
   */
  @Test
  void derivedL1OnArm(@org.junit.jupiter.api.io.TempDir Path dir) {
    Path inv =
        write(dir, "l1-arm.yaml", Svc.of(3_000_000, 120, 1536).arch("arm64").freeTier(true).yaml());
    assertThat(cost(firstService(inv), "serverless")).isEqualByComparingTo("2.27");
  }

  /**
   * Not published: the duration tier boundaries, from the published tier rates and boundaries (AWS
   * Compute Blog, "Introducing tiered pricing for AWS Lambda"). x86: 7B GB-s = 6B x $0.0000166667 +
   * 1B x $0.000015 = $115,000.20, plus 7B requests x $0.20/M = $1,400. arm64: 8B GB-s = 7.5B x
   * $0.0000133334 + 0.5B x $0.0000120001 = $106,000.55, plus $1,600.
   */
  @Test
  void derivedDurationTierBoundaries(@org.junit.jupiter.api.io.TempDir Path dir) {
    Path x86 = write(dir, "x86.yaml", Svc.of(7e9, 1000, 1024).yaml());
    assertThat(cost(firstService(x86), "serverless")).isEqualByComparingTo("116400.20");
    Path arm = write(dir, "arm.yaml", Svc.of(8e9, 1000, 1024).arch("arm64").yaml());
    assertThat(cost(firstService(arm), "serverless")).isEqualByComparingTo("107600.55");
    // Past the second boundary: x86 20B GB-s = 6B x 0.0000166667 + 9B x 0.000015 + 5B x
    // 0.0000133334 = 100,000.2 + 135,000 + 66,667 = $301,667.20, plus 20B requests = $4,000.
    Path x86Top = write(dir, "x86top.yaml", Svc.of(2e10, 1000, 1024).yaml());
    assertThat(cost(firstService(x86Top), "serverless")).isEqualByComparingTo("305667.20");
  }

  /** Lambda bills duration rounded up to the next 1 ms: 120.2 ms is billed as 121 ms. */
  @Test
  void durationIsRoundedUpToTheMillisecond(@org.junit.jupiter.api.io.TempDir Path dir) {
    Path fraction = write(dir, "f.yaml", Svc.of(3_000_000, 120.2, 1536).freeTier(true).yaml());
    Path whole = write(dir, "w.yaml", Svc.of(3_000_000, 121, 1536).freeTier(true).yaml());
    BigDecimal f = cost(firstService(fraction), "serverless");
    assertThat(f).isEqualByComparingTo(cost(firstService(whole), "serverless"));
    // 3M x 0.121 s x 1.5 GB = 544,500 - 400,000 = 144,500 x $0.0000166667 = $2.40834, + $0.40.
    assertThat(f).isEqualByComparingTo("2.81");
  }
}
