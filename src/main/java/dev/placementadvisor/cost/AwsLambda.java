package dev.placementadvisor.cost;

import static dev.placementadvisor.cost.Formulas.MILLION;
import static dev.placementadvisor.cost.Formulas.share;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.inventory.ApiGateway;
import dev.placementadvisor.inventory.Architecture;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.pricing.PriceCatalog.Price;
import dev.placementadvisor.result.CheaperDoors;
import dev.placementadvisor.result.CostLine;
import java.util.ArrayList;
import java.util.List;

/**
 * AWS Lambda ({@link Platforms#AWS_LAMBDA}): requests and duration, with the account's free tier
 * and duration tiers shared by usage, API Gateway (REST or HTTP) in front, CloudWatch Logs
 * ingestion, and a NAT gateway shared by the VPC services. The requests and the gateway are the
 * request layer a hybrid keeps. A service that holds persistent connections runs behind a WebSocket
 * API ({@link WebSocketApi}), which holds the connections and invokes the function once a message;
 * without one it is blocked. See docs/cost-model.md, "Serverless".
 *
 * <p>With Provisioned Concurrency ({@link Platforms#AWS_LAMBDA_PROVISIONED}) the same formula
 * prices the duration otherwise: environments kept warm all month for the service's peak
 * concurrency (memory x environments x hours at the provisioned rate), and every invocation's
 * duration at the lower provisioned rate, untiered; no free tier applies. Requests, the gateway,
 * logs and NAT are the same lines.
 *
 * <p>On Lambda a cold-start-sensitive service pays for its mitigation: a JVM runtime (java, kotlin)
 * SnapStart, at no charge for Java (a $0 line), any other Provisioned Concurrency's lines as above
 * ({@link ProvisionedConcurrency}, no free tier for the service). Step Functions' Lambda steps
 * ({@link AwsStepFunctions}) are priced the same.
 */
final class AwsLambda extends Platform {
  private final boolean provisioned;
  private final double hours;
  private final Price requestsPrice;
  private final Price durationX86;
  private final Price durationArm;
  private final Formulas.Tiers tiersX86;
  private final Formulas.Tiers tiersArm;
  private final Price rest;
  private final Price http;
  private final Formulas.Tiers restTiers;
  private final Formulas.Tiers httpTiers;
  private final Price logs;
  private final Price nat;
  private final WebSocketApi webSocket;
  private final boolean freeTier;
  private final double free;
  private final double freeGbs;
  private final double maxSeconds;
  private final double maxMemoryMb;

  /** True when a cold-start-sensitive service pays for its mitigation (Lambda itself). */
  private final boolean mitigates;

  /** Provisioned Concurrency's lines, or null when neither option nor mitigation uses them. */
  private final ProvisionedConcurrency warm;

  private final Price snapStart;

  /** The load balancer a cheaper door puts in front of the function ({@link #doors}). */
  private final LoadBalancer alb;

  /** Lambda, or with {@code provisioned} Lambda with Provisioned Concurrency (no free tier). */
  AwsLambda(PriceCatalog c, boolean freeTier, boolean provisioned) {
    this(c, freeTier, provisioned, !provisioned);
  }

  /**
   * Lambda, or with {@code provisioned} Lambda with Provisioned Concurrency (no free tier); with
   * {@code mitigates}, a cold-start-sensitive service pays for SnapStart or Provisioned
   * Concurrency.
   */
  AwsLambda(PriceCatalog c, boolean freeTier, boolean provisioned, boolean mitigates) {
    super(
        provisioned ? Platforms.AWS_LAMBDA_PROVISIONED : Platforms.AWS_LAMBDA,
        DIMENSIONS,
        REQUEST_LAYER);
    this.provisioned = provisioned;
    this.mitigates = mitigates;
    freeTier = freeTier && !provisioned;
    hours = c.hoursPerMonth();
    requestsPrice = c.price("lambda.requests");
    durationX86 = c.price("lambda.duration.x86_64");
    durationArm = c.price("lambda.duration.arm64");
    tiersX86 = Formulas.Tiers.of(durationX86);
    tiersArm = Formulas.Tiers.of(durationArm);
    rest = c.price("apigateway.rest.requests");
    http = c.price("apigateway.http.requests");
    restTiers = Formulas.Tiers.of(rest);
    httpTiers = Formulas.Tiers.of(http);
    logs = c.price("cloudwatch.logs.ingestion");
    nat = c.price("nat.hour");
    webSocket = new WebSocketApi(c);
    this.freeTier = freeTier;
    free = freeTier ? c.quantity("lambda.freeTier.requests") : 0;
    freeGbs = freeTier ? c.quantity("lambda.freeTier.gbSeconds") : 0;
    maxSeconds = c.quantity("lambda.maxDurationSeconds");
    maxMemoryMb = c.quantity("lambda.maxMemoryMb");
    warm = provisioned || mitigates ? new ProvisionedConcurrency(c) : null;
    snapStart = mitigates ? c.price("lambda.snapstart.java") : null;
    alb = new LoadBalancer(c);
  }

  /**
   * The environments kept warm for {@code requests} a month: the peak concurrency (the average
   * concurrency, requests x duration over the month's seconds, times the peak-to-average ratio),
   * rounded up, at least one.
   */
  double environments(Service s, double requests) {
    return ColdStarts.peakConcurrency(s, requests, hours * 3600);
  }

  /** True when {@code s} runs on Provisioned Concurrency here: the option, or its mitigation. */
  boolean warm(Service s) {
    return provisioned || mitigates && s.coldStartSensitive() && !ColdStarts.jvm(s);
  }

  /** True when {@code s} is a cold-start-sensitive JVM service that SnapStart starts here. */
  private boolean snapStart(Service s) {
    return mitigates && s.coldStartSensitive() && ColdStarts.jvm(s);
  }

  @Override
  public java.util.List<String> blockedBy(Service s) {
    java.util.List<String> why = new java.util.ArrayList<>();
    if (s.gpu()) {
      why.add("needs a GPU: Lambda has none");
    }
    if (s.maxDurationSeconds() > maxSeconds) {
      why.add(
          "an execution of "
              + Format.number(s.maxDurationSeconds())
              + " s exceeds Lambda's "
              + Format.number(maxSeconds)
              + " s");
    }
    if (s.memoryMb() > maxMemoryMb) {
      why.add(
          Format.number(s.memoryMb())
              + " MB exceeds Lambda's "
              + Format.number(maxMemoryMb)
              + " MB");
    }
    if (s.persistentConnections() && s.apiGateway() != ApiGateway.WEBSOCKET) {
      why.add(
          "holds persistent connections: a Lambda invocation ends with its response, and"
              + " only a WebSocket API in front (apiGateway: websocket) holds them");
    }
    if (s.stateful()) {
      why.add("keeps state in the process: Lambda environments are discarded at will");
    }
    if (s.onPremises()) {
      why.add("must run on premises: Lambda runs only in AWS regions");
    }
    return why;
  }

  /** The dimensions of its account usage. */
  static final int REQUESTS = 1;

  static final int GBS_X86 = 2;
  static final int GBS_ARM = 3;
  static final int REST_REQUESTS = 4;
  static final int HTTP_REQUESTS = 5;
  static final int NAT_SERVICES = 6;
  static final int NAT_REQUESTS = 7;
  static final int WEBSOCKET_MESSAGES = 8;
  static final int DIMENSIONS = 9;

  /** A hybrid's request layer on Lambda: its requests and API Gateway, not its duration. */
  private static final boolean[] REQUEST_LAYER = {
    true, true, false, false, true, true, false, false, true
  };

  @Override
  public void usage(Service s, double requests, double[] u, int o) {
    double gbs = gbSeconds(s, requests);
    boolean arm = s.architecture() == Architecture.ARM64;
    boolean warm = warm(s);
    u[o + Usage.SERVICES] = 1;
    // A warm function's requests have no free tier: they take no share of the account's.
    u[o + REQUESTS] = warm ? 0 : requests;
    // Provisioned duration is not tiered: it shares nothing across the account.
    u[o + GBS_X86] = arm || warm ? 0 : gbs;
    u[o + GBS_ARM] = arm && !warm ? gbs : 0;
    u[o + REST_REQUESTS] = s.apiGateway() == ApiGateway.REST ? requests : 0;
    u[o + HTTP_REQUESTS] = s.apiGateway() == ApiGateway.HTTP ? requests : 0;
    u[o + NAT_SERVICES] = s.vpcEgress() ? 1 : 0;
    u[o + NAT_REQUESTS] = s.vpcEgress() ? requests : 0;
    u[o + WEBSOCKET_MESSAGES] =
        s.apiGateway() == ApiGateway.WEBSOCKET ? webSocket.messages(s, requests) : 0;
  }

  /** A cold-start-sensitive JVM service's SnapStart: one function version, no charge for Java. */
  private void addSnapStart(Service s, Bill bill) {
    bill.add(
        "Lambda SnapStart (Java: no charge)",
        "lambda.snapstart.java",
        bill.explaining()
            ? "cold-start sensitive "
                + s.runtime().id()
                + ": SnapStart resumes each new"
                + " environment from a snapshot instead of a cold start; 1 function version x $"
                + Format.price(snapStart.first())
                + " for Java, and no Provisioned Concurrency"
                + " to pay for"
            : null,
        snapStart.first());
  }

  /** The GB-seconds of {@code requests} invocations: duration rounded up to the millisecond. */
  static double gbSeconds(Service s, double requests) {
    return requests * Math.ceil(s.avgDurationMs()) / 1000.0 * s.memoryMb() / 1024.0;
  }

  /** How {@link #gbSeconds} came to {@code gbs}: "N requests x M ms x X MB / 1024 = G GB-s". */
  static String gbSecondsText(Service s, double requests, double gbs) {
    return Format.number(requests)
        + " requests x "
        + Format.number(Math.ceil(s.avgDurationMs()))
        + " ms x "
        + Format.number(s.memoryMb())
        + " MB / 1024 = "
        + Format.number(gbs)
        + " GB-s";
  }

  @Override
  public void price(Service s, double requests, double[] others, Bill bill) {
    boolean arm = s.architecture() == Architecture.ARM64;
    boolean explain = bill.explaining();
    double gbs = gbSeconds(s, requests);

    boolean warm = warm(s);
    // The free tier does not apply to a function with Provisioned Concurrency.
    Formulas.addPerMillion(
        bill,
        "Lambda requests",
        "lambda.requests",
        "requests",
        requests,
        others[REQUESTS],
        warm ? 0 : free,
        requestsPrice.first());

    if (warm) {
      this.warm.add(
          s, requests, gbs, arm, provisioned ? null : "cold-start sensitive, so kept warm: ", bill);
    } else {
      addDuration(s, requests, gbs, arm, others, explain, bill);
    }
    if (snapStart(s)) {
      addSnapStart(s, bill);
    }

    if (s.apiGateway() == ApiGateway.WEBSOCKET) {
      webSocket.price(s, requests, others[WEBSOCKET_MESSAGES], others[Usage.SERVICES], bill);
    } else if (s.apiGateway() != ApiGateway.NONE) {
      addApiGateway(s, requests, others, explain, bill);
    }
    if (s.logsGbPerMonth() > 0) {
      addLogs(s, explain, bill);
    }
    if (s.vpcEgress()) {
      addNat(requests, others, explain, bill);
    }
  }

  /**
   * The duration of a function not kept warm: its {@code gbs} GB-seconds' share of the account's
   * tiered charge for its architecture, after the free tier, which both architectures share by
   * their GB-seconds.
   */
  private void addDuration(
      Service s,
      double requests,
      double gbs,
      boolean arm,
      double[] others,
      boolean explain,
      Bill bill) {
    double allX86 = others[GBS_X86] + (arm ? 0 : gbs);
    double allArm = others[GBS_ARM] + (arm ? gbs : 0);
    double allGbs = allX86 + allArm;
    double billableFraction = allGbs <= 0 ? 0 : Math.max(0, allGbs - freeGbs) / allGbs;
    double archGbs = arm ? allArm : allX86;
    double archCost = (arm ? tiersArm : tiersX86).cost(archGbs * billableFraction, 1);
    bill.add(
        arm ? "Lambda duration (arm64)" : "Lambda duration (x86_64)",
        arm ? "lambda.duration.arm64" : "lambda.duration.x86_64",
        explain
            ? gbSecondsText(s, requests, gbs)
                + (freeTier ? ", less its share of the 400,000 GB-s free tier" : "")
                + (others[Usage.SERVICES] > 0 ? ", its share of the account's tiered charge" : "")
                + " x "
                + Formulas.tierText(arm ? durationArm : durationX86, "GB-s")
            : null,
        share(gbs, archGbs, archCost));
  }

  /**
   * A REST or HTTP API in front: its share by requests of the account's tiered charge for that kind
   * of API, part of the request layer.
   */
  private void addApiGateway(
      Service s, double requests, double[] others, boolean explain, Bill bill) {
    boolean isRest = s.apiGateway() == ApiGateway.REST;
    double total = (isRest ? others[REST_REQUESTS] : others[HTTP_REQUESTS]) + requests;
    bill.add(
        isRest ? "API Gateway REST requests" : "API Gateway HTTP requests",
        isRest ? "apigateway.rest.requests" : "apigateway.http.requests",
        explain
            ? Format.number(requests)
                + " requests x "
                + Formulas.tierText(isRest ? rest : http, "requests")
                + (others[Usage.SERVICES] > 0 && total > requests
                    ? " (tiers on the account's " + Format.number(total) + ")"
                    : "")
            : null,
        share(requests, total, (isRest ? restTiers : httpTiers).cost(total, MILLION)),
        true);
  }

  /** The service's own CloudWatch Logs ingestion, untiered. */
  private void addLogs(Service s, boolean explain, Bill bill) {
    bill.add(
        "CloudWatch Logs ingestion",
        "cloudwatch.logs.ingestion",
        explain
            ? Format.number(s.logsGbPerMonth()) + " GB x $" + Format.price(logs.first()) + " per GB"
            : null,
        s.logsGbPerMonth() * logs.first());
  }

  /**
   * A NAT gateway's month, shared by requests with the account's other VPC services (evenly when
   * none has requests); its data processing is not priced, since no payload size is given.
   */
  private void addNat(double requests, double[] others, boolean explain, Bill bill) {
    double natMonth = nat.first() * hours;
    double allNatRequests = others[NAT_REQUESTS] + requests;
    double natServices = others[NAT_SERVICES] + 1;
    bill.add(
        "NAT gateway",
        "nat.hour",
        explain
            ? Format.number(hours)
                + " h x $"
                + Format.price(nat.first())
                + " per hour"
                + (natServices > 1
                    ? ", shared by requests with "
                        + (long) (natServices - 1)
                        + " other VPC service(s)"
                    : "")
                + " (data processing not included: no payload size given)"
            : null,
        allNatRequests > 0 ? share(requests, allNatRequests, natMonth) : natMonth / natServices);
  }

  /**
   * The cheaper doors of {@code s} at {@code requests} with the rest of the account {@code others},
   * or null when it has no REST API Gateway or that is not most of its bill here (more than {@link
   * CheaperDoors#SHARE} of it): the same formula with an HTTP API instead, and with no gateway but
   * an Application Load Balancer in front, its hours shared by requests with the account's other
   * REST API services (as if they moved behind it too), and the volume from which the load balancer
   * costs no more than the HTTP API.
   */
  CheaperDoors doors(Service s, double requests, double[] others) {
    if (s.apiGateway() != ApiGateway.REST) {
      return null;
    }
    Bill bill = Bill.items();
    price(s, requests, others, bill);
    double total = bill.total();
    double rest = doorCost(bill, "apigateway.rest.requests", null);
    if (!(rest > total * CheaperDoors.SHARE)) {
      return null;
    }
    List<CheaperDoors.Door> doors = new ArrayList<>();
    for (String door : new String[] {CheaperDoors.HTTP_API, CheaperDoors.ALB}) {
      priceBehind(door, s, requests, others, bill.reset());
      boolean http = door.equals(CheaperDoors.HTTP_API);
      List<CostLine> lines = new ArrayList<>();
      double cost =
          http
              ? doorCost(bill, "apigateway.http.requests", lines)
              : doorCost(bill, "alb.hour", lines) + doorCost(bill, "alb.lcu", lines);
      doors.add(
          new CheaperDoors.Door(
              door,
              http
                  ? "an HTTP API (API Gateway)"
                  : "an Application Load Balancer in front of Lambda (its hours shared by requests"
                      + " with the account's other REST APIs)",
              cost,
              bill.total(),
              total - bill.total(),
              lines));
    }
    Double from = Costing.crossover(new DoorRace(s, others));
    return new CheaperDoors(id(), total, rest, doors, from);
  }

  /** The bill of {@code s} behind {@code door} instead of its REST API: this same formula. */
  private void priceBehind(String door, Service s, double requests, double[] others, Bill bill) {
    if (door.equals(CheaperDoors.HTTP_API)) {
      price(s.withApiGateway(ApiGateway.HTTP), requests, others, bill);
      return;
    }
    price(s.withApiGateway(ApiGateway.NONE), requests, others, bill);
    double rest = others[REST_REQUESTS];
    alb.add(requests, LoadBalancer.share(requests, rest, 0), rest > 0, bill);
  }

  /** The sum of {@code bill}'s lines priced by {@code priceId}, each added to {@code into}. */
  private static double doorCost(Bill bill, String priceId, List<CostLine> into) {
    double sum = 0;
    for (CostLine l : bill.lines()) {
      if (priceId.equals(l.priceId())) {
        sum += l.amount();
        if (into != null) {
          into.add(l);
        }
      }
    }
    return sum;
  }

  /**
   * The HTTP API door against the load balancer door, at any volume (at least one request, so that
   * a load balancer shared with busier services is not free at none), the rest fixed.
   */
  private final class DoorRace extends Costing.Race {
    private final Service service;
    private final double[] others;
    private final Bill bill = Bill.totals();

    DoorRace(Service service, double[] others) {
      this.service = service;
      this.others = others;
    }

    @Override
    double first(double requests) {
      priceBehind(CheaperDoors.HTTP_API, service, Math.max(1, requests), others, bill.reset());
      return bill.total();
    }

    @Override
    double second(double requests) {
      priceBehind(CheaperDoors.ALB, service, Math.max(1, requests), others, bill.reset());
      return bill.total();
    }
  }
}
