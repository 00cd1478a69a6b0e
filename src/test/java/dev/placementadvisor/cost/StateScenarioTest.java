package dev.placementadvisor.cost;

import static dev.placementadvisor.testing.BadInput.assertLocated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.placementadvisor.engine.Assessor;
import dev.placementadvisor.inventory.Inventory;
import dev.placementadvisor.inventory.InventoryLoader;
import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.report.Report;
import dev.placementadvisor.report.ServiceAssessment;
import dev.placementadvisor.result.CostLine;
import dev.placementadvisor.result.DataTierCost;
import dev.placementadvisor.result.ServiceCosts;
import dev.placementadvisor.scoring.WeightsLoader;
import dev.placementadvisor.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 6: a data store is a priced line rather than a reason to rule serverless out, and
 * persistent connections are priced where a platform can hold them (an API Gateway WebSocket API on
 * Lambda, a Durable Object on Workers, any container) and a limit only where none can.
 */
class StateScenarioTest {
  @TempDir Path tmp;

  private static Inventory load(String fixture) throws IOException {
    Path p = Fixtures.path(fixture);
    return InventoryLoader.parse(Files.readString(p, StandardCharsets.UTF_8), p.toString());
  }

  private static Report assess(Inventory inv) {
    return new Assessor(WeightsLoader.defaults()).assess(inv);
  }

  private static ServiceCosts.PlatformQuote quote(ServiceAssessment s, String platform) {
    return s.costs().choice().platforms().stream()
        .filter(q -> q.id().equals(platform))
        .findFirst()
        .orElseThrow();
  }

  private static double line(ServiceCosts.PlatformQuote q, String priceId) {
    return q.lines().stream()
        .filter(l -> priceId.equals(l.priceId()))
        .mapToDouble(CostLine::amount)
        .sum();
  }

  /**
   * The reviewer's chat: two engineers, API Gateway WebSockets and Lambda, "$6.50" against a
   * cluster of $152 plus the hidden tax. The fixture's traffic at the published prices:
   *
   * <pre>
   * Lambda requests     1,000,000 x $0.20 / 1M                              = $0.20
   * Lambda duration     1,000,000 x 100 ms x 128 MB / 1024 = 12,500 GB-s
   *                     x $0.0000166667                                     = $0.2083
   * WebSocket messages  5,000,000 (1M received, each sent to 4) x $1.00 / 1M = $5.00
   * connection minutes  100 clients x 730 h x 60 = 4,380,000 x $0.25 / 1M   = $1.095
   *                                                                   total = $6.5033
   * </pre>
   */
  @Test
  void theTwoPersonWebSocketChatIsPricedOnApiGatewayWebSocketsAndLambda() throws IOException {
    Inventory inv = load("state-websocket-chat.yaml");
    ServiceAssessment chat = assess(inv).services().get(0);
    ServiceCosts.PlatformQuote lambda = quote(chat, "aws-lambda");

    assertThat(lambda.blockedBy()).isEmpty();
    assertThat(lambda.monthlyCost()).isCloseTo(6.50, within(0.005));
    assertThat(line(lambda, "lambda.requests")).isCloseTo(0.20, within(1e-9));
    assertThat(line(lambda, "lambda.duration.x86_64")).isCloseTo(0.2083, within(1e-4));
    assertThat(line(lambda, "apigateway.websocket.messages")).isCloseTo(5.00, within(1e-9));
    assertThat(line(lambda, "apigateway.websocket.connectionMinutes"))
        .isCloseTo(1.095, within(1e-9));
    assertThat(chat.excluded()).doesNotContain(Placement.SERVERLESS);
    assertThat(chat.costs().choice().serverless()).isEqualTo("aws-lambda");
    assertThat(chat.costs().serverless()).isCloseTo(lambda.monthlyCost(), within(1e-9));
    assertThat(chat.costs().kubernetes()).isGreaterThan(20 * lambda.monthlyCost());
    // Its connection registry is a DynamoDB table, priced beside it: 1M x 1 read x $0.125/M +
    // 1M x 0.1 write x $0.625/M + 1 GB x $0.25.
    assertThat(chat.dataTier().platform()).isEqualTo("aws-dynamodb");
    assertThat(chat.dataTier().monthlyCost()).isCloseTo(0.4375, within(1e-9));
  }

  @Test
  void aServiceThatKeepsStateInTheProcessIsStillKeptOffFunctions() throws IOException {
    ServiceAssessment chat = assess(load("engine-stateful-websocket.yaml")).services().get(0);

    assertThat(quote(chat, "aws-lambda").blockedBy())
        .containsExactly(
            "holds persistent connections: a Lambda invocation ends with its response, and only"
                + " a WebSocket API in front (apiGateway: websocket) holds them",
            "keeps state in the process: Lambda environments are discarded at will");
    assertThat(chat.placement()).isEqualTo(Placement.KUBERNETES);
  }

  @Test
  void connectionsThatAreNotWebSocketsStayOffLambdaButNotOffServerless() throws IOException {
    String yaml =
        """
        version: 1
        services:
          - name: mq-bridge
            traffic: {requestsPerMonth: 1M}
            persistentConnections: true
            apiGateway: http
        """;
    ServiceAssessment s = assess(InventoryLoader.parse(yaml, "mq.yaml")).services().get(0);

    assertThat(quote(s, "aws-lambda").blockedBy()).hasSize(1);
    assertThat(quote(s, "cloudflare-workers").blockedBy()).hasSize(1);
    assertThat(quote(s, "aws-fargate").blockedBy()).isEmpty();
    assertThat(s.excluded()).doesNotContain(Placement.SERVERLESS).contains(Placement.WASM_EDGE);
  }

  /**
   * A key-value store on DynamoDB: 10M requests x 2 reads x 2 units (6 KB over 4 KB, rounded up) =
   * 40M RRU x $0.125/M = $5.00; 10M x 0.5 writes x 6 units = 30M WRU x $0.625/M = $18.75; 30 GB x
   * $0.25 = $7.50; $31.25. A cache at every default on Valkey: 1 GB x 730 h x $0.084 = $61.32 and
   * 10M x 2 ECPUs x $0.0023/M = $0.046.
   */
  @Test
  void aKeyValueServiceOnLambdaGetsADynamoDbLineAndACacheAnElastiCacheOne() throws IOException {
    Report r = assess(load("state-key-value-lambda.yaml"));
    ServiceAssessment sessions = r.services().get(0);
    ServiceAssessment cache = r.services().get(1);

    assertThat(quote(sessions, "aws-lambda").blockedBy()).isEmpty();
    assertThat(sessions.dataTier().platform()).isEqualTo("aws-dynamodb");
    assertThat(sessions.dataTier().lines())
        .extracting(CostLine::priceId, CostLine::amount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("dynamodb.onDemand.readRequestUnits", 5.00),
            org.assertj.core.groups.Tuple.tuple("dynamodb.onDemand.writeRequestUnits", 18.75),
            org.assertj.core.groups.Tuple.tuple("dynamodb.storage.standard", 7.50));
    assertThat(sessions.dataTier().monthlyCost()).isCloseTo(31.25, within(1e-9));
    assertThat(cache.dataTier().platform()).isEqualTo("aws-elasticache-serverless");
    assertThat(cache.dataTier().monthlyCost()).isCloseTo(61.32 + 0.046, within(1e-9));
    assertThat(sessions.recommendedCost())
        .isCloseTo(sessions.costs().on(sessions.placement()) + 31.25, within(0.02));
  }

  @Test
  void aCacheIsBilledAtLeastItsEnginesMinimum() {
    String yaml =
        """
        version: 1
        services:
          - name: tiny
            traffic: {requestsPerMonth: 0}
            dataStore: {type: cache, storageGb: 0.01}
          - name: tiny-redis
            traffic: {requestsPerMonth: 0}
            dataStore: {type: cache, storageGb: 0.01, engine: redis}
        """;
    Report r = assess(InventoryLoader.parse(yaml, "cache.yaml"));

    // 0.1 GB x 730 h x $0.084 = $6.132 (Valkey); 1 GB x 730 h x $0.125 = $91.25 (Redis OSS).
    assertThat(r.services().get(0).dataTier().monthlyCost()).isCloseTo(6.132, within(1e-9));
    assertThat(r.services().get(1).dataTier().monthlyCost()).isCloseTo(91.25, within(1e-9));
  }

  /**
   * Cloudflare's Durable Objects Example 4 (WebSocket Hibernation) on Workers, in exact units:
   * 432,000,000 messages / 20 = 21,600,000 requests, less 1,000,000 included, x $0.15/M = $3.09;
   * 432,000,000 x 10 ms x 0.128 GB = 552,960 GB-s, less 400,000, x $12.50/M = $1.912; with the $5
   * plan, $10.00. Cloudflare's page prints $20.65: it rounds each billable quantity up to a whole
   * million and counts 10,000 WebSocket upgrades ($0.0015), which the model does not.
   */
  @Test
  void aWebSocketServiceAtTheEdgeIsHeldByADurableObject() throws IOException {
    ServiceAssessment s = assess(load("state-websocket-edge.yaml")).services().get(0);
    ServiceCosts.PlatformQuote workers = quote(s, "cloudflare-workers");

    assertThat(workers.blockedBy()).isEmpty();
    assertThat(line(workers, "edge.requests")).isZero();
    assertThat(line(workers, "edge.cpuMs")).isZero();
    assertThat(line(workers, "durableobjects.requests")).isCloseTo(3.09, within(1e-9));
    assertThat(line(workers, "durableobjects.duration")).isCloseTo(1.912, within(1e-9));
    assertThat(workers.monthlyCost()).isCloseTo(10.002, within(1e-9));
    assertThat(s.excluded()).doesNotContain(Placement.WASM_EDGE);
  }

  @Test
  void aKeyValueStoreOnCloudflareIsADurableObject() throws IOException {
    String yaml =
        """
        version: 1
        services:
          - name: counters
            traffic: {requestsPerMonth: 3M}
            dataStore: {type: key-value, readsPerRequest: 1, writesPerRequest: 1, storageGb: 7}
          - name: pinned
            traffic: {requestsPerMonth: 3M}
            platforms: [cloudflare-workers]
            dataStore: {type: key-value, readsPerRequest: 1, writesPerRequest: 1, storageGb: 7}
        """;
    Inventory inv = InventoryLoader.parse(yaml, "kv.yaml");
    Costing costing = new Assessor(WeightsLoader.defaults()).costing(inv);

    assertThat(costing.dataTier(0, false).platform()).isEqualTo("aws-dynamodb");
    DataTierCost edge = costing.dataTier(0, "cloudflare-workers", false);
    // Requests (3M - 1M) x $0.15/M = $0.30; 3M x 10 ms x 0.128 GB = 3,840 GB-s, within the
    // 400,000; rows read and written within their allowances; (7 - 5) GB x $0.20 = $0.40.
    assertThat(edge.platform()).isEqualTo("cloudflare-durable-objects");
    assertThat(edge.monthlyCost()).isCloseTo(0.70, within(1e-9));
    assertThat(costing.dataTier(0, "aws-lambda", false).platform()).isEqualTo("aws-dynamodb");
    assertThat(costing.dataTier(1, false).platform()).isEqualTo("cloudflare-durable-objects");
  }

  @Test
  void givenConnectionFiguresScaleWithTheVolumePricedAndNeverFallAsItGrows() throws IOException {
    Inventory inv = load("state-websocket-chat.yaml");
    Service chat = inv.services().get(0);
    Platform lambda =
        Platforms.AWS_LAMBDA
            .factory()
            .create(
                new Platforms.Setting(
                    dev.placementadvisor.pricing.CatalogLoader.bundled(),
                    inv.organization().kubernetes(),
                    false,
                    null));
    Bill bill = Bill.items();
    double previous = -1;
    for (double r : new double[] {0, 1, 1e3, 5e5, 1e6, 2e6, 1e9, 1e12}) {
      double total = lambda.total(chat, r, lambda.alone(), bill);
      assertThat(total).isGreaterThanOrEqualTo(previous);
      previous = total;
    }
    lambda.price(chat, 2e6, lambda.alone(), bill.reset());
    List<CostLine> lines = bill.lines();
    assertThat(
            lines.stream()
                .filter(l -> l.priceId().equals("apigateway.websocket.messages"))
                .mapToDouble(CostLine::amount)
                .sum())
        .isCloseTo(10.00, within(1e-9));
    assertThat(
            lines.stream()
                .filter(l -> l.priceId().equals("apigateway.websocket.connectionMinutes"))
                .mapToDouble(CostLine::amount)
                .sum())
        .isCloseTo(2.19, within(1e-9));
  }

  @Test
  void theSizingOfAKeyValueStoreAndOfACacheIsRead() throws IOException {
    Inventory inv = load("state-key-value-lambda.yaml");
    dev.placementadvisor.inventory.DataStore kv = inv.services().get(0).dataStore();
    Service chat = load("state-websocket-chat.yaml").services().get(0);

    assertThat(kv.storageGb()).isEqualTo(30.0);
    assertThat(kv.sizing())
        .isEqualTo(new dev.placementadvisor.inventory.DataStore.Sizing(2.0, 0.5, 6.0, null, null));
    assertThat(inv.services().get(1).dataStore().sizing().cacheEngine())
        .isEqualTo(dev.placementadvisor.inventory.DataStore.CacheEngine.VALKEY);
    assertThat(chat.connections())
        .isEqualTo(new dev.placementadvisor.inventory.Connections(100.0, null, 5_000_000.0));
    assertThat(chat.apiGateway()).isEqualTo(dev.placementadvisor.inventory.ApiGateway.WEBSOCKET);
  }

  @Test
  void aWebSocketApiIsForAServiceThatHoldsConnections() {
    String file = Fixtures.path("state-websocket-no-connections.yaml").toString();
    String message = assertLocated(tmp, file, 5, 17);

    assertThat(message)
        .isEqualTo(
            "'apiGateway: websocket' in service 'chat' holds persistent connections: add"
                + " 'persistentConnections: true'");
  }

  @Test
  void connectionFiguresNeedTheFlagAndOneMeasureOfTime() {
    String twice =
        assertLocated(tmp, Fixtures.path("state-connections-twice.yaml").toString(), 7, 35);
    String without =
        assertLocated(tmp, Fixtures.path("state-connections-without-flag.yaml").toString(), 5, 5);

    assertThat(twice)
        .isEqualTo(
            "give 'concurrent' or 'minutesPerMonth' in the connections of service 'chat',"
                + " not both");
    assertThat(without)
        .isEqualTo(
            "'connections' in service 'chat' describes persistent connections: add"
                + " 'persistentConnections: true'");
  }
}
