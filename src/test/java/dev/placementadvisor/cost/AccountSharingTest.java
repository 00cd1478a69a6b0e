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
 * cluster's minimum, control plane and load balancer) are shared across services in proportion to
 * usage. Sharing must be exact: one service alone costs what the provider would bill, and the
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

  /**
   * Price of {@code usage} under cumulative tiers: bounds[i] ends tier i, prices per {@code per}.
   */
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
    double share =
        switch (s.workload()) {
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
        .as(
            "the hand bill covers one architecture per account (how AWS splits the free tier"
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

  static double peakHoursPerDay(String pattern) {
    return switch (pattern) {
      case "steady", "realtime" -> 8;
      case "spiky" -> 1;
      case "event-driven", "unpredictable" -> 2;
      case "batch" -> 4;
      default -> throw new IllegalArgumentException(pattern);
    };
  }

  /** The catalog's EC2 types without a GPU, by hand: name, architecture, size and price. */
  record Type(String name, String arch, Node node) {}

  static final List<Type> TYPES =
      List.of(
          new Type("t3.small", "x86_64", new Node(2, 2, 0.0208)),
          new Type("t3.medium", "x86_64", new Node(2, 4, 0.0416)),
          new Type("t3.large", "x86_64", new Node(2, 8, 0.0832)),
          new Type("t3.xlarge", "x86_64", new Node(4, 16, 0.1664)),
          new Type("t3.2xlarge", "x86_64", new Node(8, 32, 0.3328)),
          new Type("m5.large", "x86_64", new Node(2, 8, 0.096)),
          new Type("m5.xlarge", "x86_64", new Node(4, 16, 0.192)),
          new Type("m5.2xlarge", "x86_64", new Node(8, 32, 0.384)),
          new Type("m5.4xlarge", "x86_64", new Node(16, 64, 0.768)),
          new Type("c5.large", "x86_64", new Node(2, 4, 0.085)),
          new Type("c5.xlarge", "x86_64", new Node(4, 8, 0.17)),
          new Type("c5.2xlarge", "x86_64", new Node(8, 16, 0.34)),
          new Type("c5.4xlarge", "x86_64", new Node(16, 32, 0.68)),
          new Type("r5.large", "x86_64", new Node(2, 16, 0.126)),
          new Type("r5.xlarge", "x86_64", new Node(4, 32, 0.252)),
          new Type("m6g.large", "arm64", new Node(2, 8, 0.077)),
          new Type("m6g.xlarge", "arm64", new Node(4, 16, 0.154)),
          new Type("m6g.2xlarge", "arm64", new Node(8, 32, 0.308)),
          new Type("m7g.large", "arm64", new Node(2, 8, 0.0816)),
          new Type("m7g.xlarge", "arm64", new Node(4, 16, 0.1632)),
          new Type("m7g.2xlarge", "arm64", new Node(8, 32, 0.3264)),
          new Type("c6g.large", "arm64", new Node(2, 4, 0.068)),
          new Type("c6g.xlarge", "arm64", new Node(4, 8, 0.136)),
          new Type("c7g.large", "arm64", new Node(2, 4, 0.0725)),
          new Type("c7g.xlarge", "arm64", new Node(4, 8, 0.145)));

  /**
   * The machine a replica of {@code s} runs on: the cluster's type when its memory fits, else the
   * cheapest type of the same architecture it fits that costs at least the cluster's.
   */
  static Node machine(Svc s) {
    Type cluster =
        TYPES.stream().filter(t -> t.name().equals(s.instanceType())).findFirst().orElseThrow();
    double gib = s.memoryMb() / 1024.0;
    if (gib <= cluster.node().memoryGib()) {
      return cluster.node();
    }
    return TYPES.stream()
        .filter(
            t ->
                t.arch().equals(cluster.arch())
                    && t.node().memoryGib() >= gib
                    && t.node().hourly() >= cluster.node().hourly())
        .min(java.util.Comparator.comparingDouble((Type t) -> t.node().hourly()))
        .orElseThrow()
        .node();
  }

  /**
   * One service's nodes in the cluster, as docs/cost-model.md describes the sizing: {mean over the
   * month, off-peak, share of the month at peak}, in nodes of the cluster's type (a larger
   * machine's nodes counted by their price over the cluster type's).
   */
  static double[] nodes(Svc s, Node n) {
    double cores = s.requests() / SECONDS * cpuMs(s) / 1000;
    double ratio = peakToAverage(s.pattern());
    boolean job = s.pattern().equals("batch");
    double time = Math.min(peakHoursPerDay(s.pattern()) / 24, 1 / ratio);
    double peak = cores * ratio;
    double off = Math.max(0, cores * (1 - time * ratio) / (1 - time));
    if (!s.autoscaling()) {
      time = 1;
      off = peak;
    } else if (job) {
      // A batch job: its work in its window, or its requests one after another when shorter.
      time =
          Math.min(
              peakHoursPerDay(s.pattern()) / 24, s.requests() * s.durationMs() / 1000 / SECONDS);
      peak = time > 0 ? cores / Math.min(1, time) : 0;
      off = time >= 1 ? cores : 0;
      time = Math.min(1, time);
    }
    Node m = machine(s);
    double equivalent = m.hourly() / n.hourly();
    double atPeak = nodesAt(s, n, m, peak, job) * equivalent;
    double atOff = nodesAt(s, n, m, off, job) * equivalent;
    return new double[] {time * atPeak + (1 - time) * atOff, atOff, s.autoscaling() ? time : 0};
  }

  private static double nodesAt(Svc s, Node n, Node m, double cores, boolean job) {
    double replicas = job ? cores : Math.max(2, Math.ceil(cores - 1e-9));
    if (!m.equals(n)) {
      return replicas;
    }
    double vcpu = cores / 0.70;
    double memoryGib = replicas * s.memoryMb() / 1024.0 / 0.70;
    return Math.max(vcpu / n.vcpu(), memoryGib / n.memoryGib());
  }

  /**
   * The EKS bill: the cluster's nodes (with autoscaling, the off-peak nodes or the minimum, plus
   * the peaks above the room the minimum leaves; without, the demand or the minimum in whole
   * nodes), control plane, ALB and LCUs.
   */
  static double kubernetesBill(List<Svc> services) {
    Svc first = services.get(0);
    Node n = node(first.instanceType());
    double demand = 0;
    double off = 0;
    double time = 0;
    double requests = 0;
    for (Svc s : services) {
      double[] d = nodes(s, n);
      demand += d[0];
      off += d[1];
      time += d[2];
      requests += s.requests();
    }
    double cluster;
    if (first.autoscaling()) {
      double room = Math.max(0, first.minNodes() - off);
      cluster = Math.max(first.minNodes(), off) + Math.max(0, demand - off - room * time);
    } else {
      cluster = Math.ceil(Math.max(first.minNodes(), demand) - 1e-9);
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
          Svc s =
              Svc.of(
                      r,
                      new double[] {3, 120.5, 800, 4_000}[i % 4],
                      new int[] {128, 512, 1769, 4096, 10_240}[i % 5])
                  .gateway(gw)
                  .arch(arch)
                  .freeTier(i % 2 == 0)
                  .workload(new String[] {"mixed", "io-bound", "compute-bound"}[i % 3])
                  .pattern(new String[] {"steady", "spiky", "batch"}[(i / 2) % 3])
                  .logs(i % 3 == 0 ? 7.5 : 0)
                  .vpc(i % 4 == 1);
          s =
              switch (i % 4) {
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
      JsonNode service = firstService(write(dir, "one-" + (n++) + ".yaml", lambdaEksWorkers(s)));
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

  /**
   * {@code s}'s inventory on the platforms the hand bills price: Fargate kept off, since a batch
   * job is placed on the cheapest serverless platform and Fargate's tasks may be it.
   */
  static String lambdaEksWorkers(Svc s) {
    String yaml = s.yaml();
    assertThat(yaml).contains("organization:\n");
    return yaml.replace(
        "organization:\n", "organization:\n  platforms: [aws, cloudflare, -aws-fargate]\n");
  }

  /** The services of cost-two-services.yaml. */
  static List<Svc> twoServices() {
    Svc orders = Svc.of(6e6, 150, 512).gateway("rest").logs(2).vpc(true).cpu(20.0).freeTier(true);
    Svc catalog =
        Svc.of(9e6, 80, 1024)
            .gateway("http")
            .workload("io-bound")
            .pattern("spiky")
            .cpu(30.0)
            .freeTier(true);
    return List.of(orders, catalog);
  }

  /** The services of cost-two-services-large.yaml. */
  static List<Svc> twoLargeServices() {
    Svc ingest =
        Svc.of(250e6, 2000, 10_240)
            .gateway("rest")
            .workload("io-bound")
            .cpu(40.0)
            .cluster("m5.large", 3, false)
            .freeTier(true);
    Svc render =
        Svc.of(150e6, 1400.4, 8192)
            .gateway("rest")
            .pattern("batch")
            .logs(120)
            .cluster("m5.large", 3, false)
            .freeTier(true);
    return List.of(ingest, render);
  }

  @Test
  void twoServicesAddUpToTheAccountsBill() {
    // By hand: requests (15M - 1M free) x $0.20/M = $2.80; GB-s 6M x 0.15 x 0.5 + 9M x 0.08 x 1
    // = 1,170,000 - 400,000 free = 770,000 x $0.0000166667 = $12.833359; REST 6M x $3.50 =
    // $21.00; HTTP 9M x $1.00 = $9.00; logs 2 GB x $0.50 = $1.00; one NAT gateway 730 h x
    // $0.045 = $32.85. Total $79.483359.
    assertThat(serverlessBill(twoServices(), true))
        .isCloseTo(79.483359, org.assertj.core.api.Assertions.within(1e-6));
    // $5 once; (15M - 10M) x $0.30/M = $1.50; (120M + 270M - 30M) CPU-ms x $0.02/M = $7.20.
    assertThat(edgeBill(twoServices()))
        .isCloseTo(13.70, org.assertj.core.api.Assertions.within(1e-9));
    // Nodes 0.357 + 0.714 (memory-bound: 2 replicas each) < the 2-node minimum: 2 x $0.0416 x
    // 730 = $60.736, control plane $73, ALB $16.425, LCUs 15M / 2,628,000 s / 25 x $0.008 x 730.
    assertThat(kubernetesBill(twoServices()))
        .isCloseTo(151.494333, org.assertj.core.api.Assertions.within(1e-6));

    assertTotalsMatch(assess(fixture("cost-two-services.yaml")), twoServices());
  }

  @Test
  void twoLargeServicesShareTiersAndAClusterAboveItsMinimum() {
    List<Svc> services = twoLargeServices();
    // Together they pass tiers neither reaches alone.
    assertThat(gbSeconds(services.get(0))).isLessThan(6e9);
    assertThat(gbSeconds(services.get(0)) + gbSeconds(services.get(1)) - 400_000)
        .isGreaterThan(6e9);
    assertThat(services.get(0).requests()).isLessThan(333e6);
    assertThat(services.get(0).requests() + services.get(1).requests()).isGreaterThan(333e6);
    Node n = node("m5.large");
    assertThat(nodes(services.get(0), n)[0] + nodes(services.get(1), n)[0]).isGreaterThan(3);

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
          .isLessThanOrEqualTo(
              new BigDecimal("0.01").multiply(BigDecimal.valueOf(services.size())));
    }
  }
}
