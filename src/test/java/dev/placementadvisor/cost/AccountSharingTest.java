package dev.placementadvisor.cost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Account-level items (free tiers, tiered prices, the edge plan's base fee and allowances, the
 * cluster's minimum, control plane and load balancer) are shared across services in proportion
 * to usage. Sharing must be exact: one service alone costs what the provider would bill, and the
 * shares of several services add up to the account's bill. The bills here are computed by hand in
 * the test from the published prices, independently of the model's code.
 */
class AccountSharingTest extends AbstractCostCliTest {
  private static final double HOURS = 730;
  private static final double SECONDS = HOURS * 3600;

  /** A node type with the catalog's published specification and price. */
  record Node(double vcpu, double memoryGib, double hourly) {}

  static Node node(String type) {
    return switch (type) {
      case "t3.medium" -> new Node(2, 4, 0.0416);
      case "m5.large" -> new Node(2, 8, 0.096);
      case "c5.xlarge" -> new Node(4, 8, 0.17);
      case "c6g.xlarge" -> new Node(4, 8, 0.136);
      default -> throw new IllegalArgumentException(type);
    };
  }

  /** Price of {@code usage} under cumulative tiers: bounds[i] ends tier i, prices per {@code per}. */
  static double tiered(double usage, double[] bounds, double[] prices, double per) {
    double cost = 0;
    double lower = 0;
    for (int i = 0; i < prices.length && usage > lower; i++) {
      double upper = i < bounds.length ? bounds[i] : Double.POSITIVE_INFINITY;
      cost += (Math.min(usage, upper) - lower) / per * prices[i];
      lower = upper;
    }
    return cost;
  }

  static final double[] X86_BOUNDS = {6e9, 15e9};
  static final double[] X86_PRICES = {0.0000166667, 0.000015, 0.0000133334};
  static final double[] ARM_BOUNDS = {7.5e9, 18.75e9};
  static final double[] ARM_PRICES = {0.0000133334, 0.0000120001, 0.0000106667};
  static final double[] REST_BOUNDS = {333e6, 1e9, 20e9};
  static final double[] REST_PRICES = {3.50, 2.80, 2.38, 1.51};
  static final double[] HTTP_BOUNDS = {300e6};
  static final double[] HTTP_PRICES = {1.00, 0.90};

  static double gbSeconds(Svc s) {
    return s.requests() * Math.ceil(s.durationMs()) / 1000 * s.memoryMb() / 1024;
  }

  static double cpuMs(Svc s) {
    if (s.cpuMs() != null) {
      return s.cpuMs();
    }
    double share = switch (s.workload()) {
      case "compute-bound" -> 0.9;
      case "io-bound" -> 0.1;
      default -> 0.5;
    };
    return s.durationMs() * share;
  }

  static double peakToAverage(String pattern) {
    return switch (pattern) {
      case "steady" -> 1.5;
      case "spiky" -> 5;
      case "event-driven", "unpredictable" -> 4;
      case "batch" -> 8;
      case "realtime" -> 2;
      default -> throw new IllegalArgumentException(pattern);
    };
  }

  /** The Lambda account's bill: requests, duration, API Gateway, logs, one NAT gateway. */
  static double serverlessBill(List<Svc> services, boolean freeTier) {
    double requests = 0;
    double x86 = 0;
    double arm = 0;
    double rest = 0;
    double http = 0;
    double logs = 0;
    boolean nat = false;
    for (Svc s : services) {
      requests += s.requests();
      if (s.architecture().equals("arm64")) {
        arm += gbSeconds(s);
      } else {
        x86 += gbSeconds(s);
      }
      rest += s.apiGateway().equals("rest") ? s.requests() : 0;
      http += s.apiGateway().equals("http") ? s.requests() : 0;
      logs += s.logsGb();
      nat |= s.vpcEgress();
    }
    assertThat(x86 == 0 || arm == 0)
        .as("the hand bill covers one architecture per account (how AWS splits the free tier"
            + " between architectures is not published)")
        .isTrue();
    double freeRequests = freeTier ? 1_000_000 : 0;
    double freeGbs = freeTier ? 400_000 : 0;
    double bill = Math.max(0, requests - freeRequests) / 1e6 * 0.20;
    bill += tiered(Math.max(0, x86 - freeGbs), X86_BOUNDS, X86_PRICES, 1);
    bill += tiered(Math.max(0, arm - freeGbs), ARM_BOUNDS, ARM_PRICES, 1);
    bill += tiered(rest, REST_BOUNDS, REST_PRICES, 1e6);
    bill += tiered(http, HTTP_BOUNDS, HTTP_PRICES, 1e6);
    bill += logs * 0.50;
    bill += nat ? HOURS * 0.045 : 0;
    return bill;
  }

  /** The Workers Paid (Standard) bill: $5, then requests beyond 10M and CPU-ms beyond 30M. */
  static double edgeBill(List<Svc> services) {
    double requests = 0;
    double cpu = 0;
    for (Svc s : services) {
      requests += s.requests();
      cpu += s.requests() * cpuMs(s);
    }
    return 5.00 + Math.max(0, requests - 10e6) / 1e6 * 0.30 + Math.max(0, cpu - 30e6) / 1e6 * 0.02;
  }

  /** The nodes one service needs, as docs/cost-model.md describes the sizing. */
  static double nodes(Svc s, Node n) {
    double cores = s.requests() / SECONDS * cpuMs(s) / 1000;
    double sized = s.autoscaling() ? cores : cores * peakToAverage(s.pattern());
    double replicas = Math.max(2, Math.ceil(sized - 1e-9));
    double vcpu = sized / 0.70;
    double memoryGib = replicas * s.memoryMb() / 1024.0 / 0.70;
    return Math.max(vcpu / n.vcpu(), memoryGib / n.memoryGib());
  }

  /** The EKS bill: the cluster's nodes (at least its minimum), control plane, ALB and LCUs. */
  static double kubernetesBill(List<Svc> services) {
    Svc first = services.get(0);
    Node n = node(first.instanceType());
    double demand = 0;
    double requests = 0;
    for (Svc s : services) {
      demand += nodes(s, n);
      requests += s.requests();
    }
    double cluster = Math.max(first.minNodes(), demand);
    if (!first.autoscaling()) {
      cluster = Math.ceil(cluster - 1e-9);
    }
    double lcu = requests / SECONDS / 25;
    return cluster * n.hourly() * HOURS + 0.10 * HOURS + 0.0225 * HOURS + lcu * 0.008 * HOURS;
  }

  /** Single services covering every gateway, both architectures, free tier, logs, NAT, clusters. */
  static List<Svc> singles() {
    List<Svc> out = new ArrayList<>();
    double[] volumes = {0, 700_000, 4_000_000, 25_000_000, 400_000_000, 9e9};
    String[] gateways = {"none", "rest", "http"};
    int i = 0;
    for (double r : volumes) {
      for (String gw : gateways) {
        for (String arch : new String[] {"x86_64", "arm64"}) {
          Svc s = Svc.of(r, new double[] {3, 120.5, 800, 4_000}[i % 4],
                  new int[] {128, 512, 1769, 4096, 10_240}[i % 5])
              .gateway(gw)
              .arch(arch)
              .freeTier(i % 2 == 0)
              .workload(new String[] {"mixed", "io-bound", "compute-bound"}[i % 3])
              .pattern(new String[] {"steady", "spiky", "batch"}[(i / 2) % 3])
              .logs(i % 3 == 0 ? 7.5 : 0)
              .vpc(i % 4 == 1);
          s = switch (i % 4) {
            case 0 -> s.cluster("t3.medium", 2, true);
            case 1 -> s.cluster("m5.large", 3, false);
            case 2 -> s.cluster("c5.xlarge", 1, true);
            default -> s.cluster("c6g.xlarge", 2, false);
          };
          out.add(s);
          i++;
        }
      }
    }
    return out;
  }

  @Test
  void oneServiceCostsWhatTheProviderWouldBillForIt(@TempDir Path dir) {
    SoftAssertions soft = new SoftAssertions();
    int n = 0;
    for (Svc s : singles()) {
      JsonNode service = firstService(write(dir, "one-" + (n++) + ".yaml", s.yaml()));
      soft.assertThat(cost(service, "serverless"))
          .as("serverless for %s", s)
          .isEqualByComparingTo(cents(serverlessBill(List.of(s), s.freeTier())));
      soft.assertThat(cost(service, "wasm-edge"))
          .as("wasm-edge for %s", s)
          .isEqualByComparingTo(cents(edgeBill(List.of(s))));
      soft.assertThat(cost(service, "kubernetes"))
          .as("kubernetes for %s", s)
          .isEqualByComparingTo(cents(kubernetesBill(List.of(s))));
    }
    soft.assertAll();
  }

  /** The services of cost-two-services.yaml. */
  static List<Svc> twoServices() {
    Svc orders = Svc.of(6e6, 150, 512).gateway("rest").logs(2).vpc(true).cpu(20.0).freeTier(true);
    Svc catalog = Svc.of(9e6, 80, 1024).gateway("http").workload("io-bound").pattern("spiky")
        .cpu(30.0).freeTier(true);
    return List.of(orders, catalog);
  }

  /** The services of cost-two-services-large.yaml. */
  static List<Svc> twoLargeServices() {
    Svc ingest = Svc.of(250e6, 2000, 10_240).gateway("rest").workload("io-bound").cpu(40.0)
        .cluster("m5.large", 3, false).freeTier(true);
    Svc render = Svc.of(150e6, 1400.4, 8192).gateway("rest").pattern("batch").logs(120)
        .cluster("m5.large", 3, false).freeTier(true);
    return List.of(ingest, render);
  }

  @Test
  void twoServicesAddUpToTheAccountsBill() {
    // By hand: requests (15M - 1M free) x $0.20/M = $2.80; GB-s 6M x 0.15 x 0.5 + 9M x 0.08 x 1
    // = 1,170,000 - 400,000 free = 770,000 x $0.0000166667 = $12.833359; REST 6M x $3.50 =
    // $21.00; HTTP 9M x $1.00 = $9.00; logs 2 GB x $0.50 = $1.00; one NAT gateway 730 h x
    // $0.045 = $32.85. Total $79.483359.
    assertThat(serverlessBill(twoServices(), true)).isCloseTo(79.483359, org.assertj.core.api.Assertions.within(1e-6));
    // $5 once; (15M - 10M) x $0.30/M = $1.50; (120M + 270M - 30M) CPU-ms x $0.02/M = $7.20.
    assertThat(edgeBill(twoServices())).isCloseTo(13.70, org.assertj.core.api.Assertions.within(1e-9));
    // Nodes 0.357 + 0.714 (memory-bound: 2 replicas each) < the 2-node minimum: 2 x $0.0416 x
    // 730 = $60.736, control plane $73, ALB $16.425, LCUs 15M / 2,628,000 s / 25 x $0.008 x 730.
    assertThat(kubernetesBill(twoServices())).isCloseTo(151.494333, org.assertj.core.api.Assertions.within(1e-6));

    assertTotalsMatch(assess(fixture("cost-two-services.yaml")), twoServices());
  }

  @Test
  void twoLargeServicesShareTiersAndAClusterAboveItsMinimum() {
    List<Svc> services = twoLargeServices();
    // Together they pass tiers neither reaches alone.
    assertThat(gbSeconds(services.get(0))).isLessThan(6e9);
    assertThat(gbSeconds(services.get(0)) + gbSeconds(services.get(1)) - 400_000).isGreaterThan(6e9);
    assertThat(services.get(0).requests()).isLessThan(333e6);
    assertThat(services.get(0).requests() + services.get(1).requests()).isGreaterThan(333e6);
    Node n = node("m5.large");
    assertThat(nodes(services.get(0), n) + nodes(services.get(1), n)).isGreaterThan(3);

    assertTotalsMatch(assess(fixture("cost-two-services-large.yaml")), services);
  }

  private static void assertTotalsMatch(JsonNode report, List<Svc> services) {
    JsonNode platforms = report.path("totals").path("platforms");
    assertThat(money(platforms, "serverless"))
        .as("totals.platforms.serverless")
        .isEqualByComparingTo(cents(serverlessBill(services, true)));
    assertThat(money(platforms, "wasm-edge"))
        .as("totals.platforms.wasm-edge")
        .isEqualByComparingTo(cents(edgeBill(services)));
    assertThat(money(platforms, "kubernetes"))
        .as("totals.platforms.kubernetes")
        .isEqualByComparingTo(cents(kubernetesBill(services)));
    // The per-service costs are the shares: they add up to the total within a cent per service.
    for (String p : new String[] {"serverless", "wasm-edge", "kubernetes"}) {
      BigDecimal sum = BigDecimal.ZERO;
      for (JsonNode s : report.path("services")) {
        sum = sum.add(cost(s, p));
      }
      assertThat(sum.subtract(money(platforms, p)).abs())
          .as("sum of services' %s costs vs the total", p)
          .isLessThanOrEqualTo(new BigDecimal("0.01").multiply(BigDecimal.valueOf(services.size())));
    }
  }
}
