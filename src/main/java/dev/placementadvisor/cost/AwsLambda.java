package dev.placementadvisor.cost;

import static dev.placementadvisor.cost.Formulas.MILLION;
import static dev.placementadvisor.cost.Formulas.share;

import dev.placementadvisor.inventory.ApiGateway;
import dev.placementadvisor.inventory.Architecture;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.pricing.PriceCatalog.Price;
import dev.placementadvisor.report.Format;

/**
 * AWS Lambda ({@link Platforms#AWS_LAMBDA}): requests and duration, with the account's free tier
 * and duration tiers shared by usage, API Gateway (REST or HTTP) in front, CloudWatch Logs
 * ingestion, and a NAT gateway shared by the VPC services. The requests and the gateway are the
 * request layer a hybrid keeps. A service that holds persistent connections runs behind a
 * WebSocket API ({@link WebSocketApi}), which holds the connections and invokes the function once
 * a message; without one it is blocked. See docs/cost-model.md, "Serverless".
 *
 * <p>With Provisioned Concurrency ({@link Platforms#AWS_LAMBDA_PROVISIONED}) the same formula
 * prices the duration otherwise: environments kept warm all month for the service's peak
 * concurrency (memory x environments x hours at the provisioned rate), and every invocation's
 * duration at the lower provisioned rate, untiered; no free tier applies. Requests, the gateway,
 * logs and NAT are the same lines.
 */
final class AwsLambda implements Platform {
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

  private final Price provisionedX86;
  private final Price provisionedArm;
  private final Price provisionedDurationX86;
  private final Price provisionedDurationArm;

  AwsLambda(PriceCatalog c, boolean freeTier) {
    this(c, freeTier, false);
  }

  /** Lambda, or with {@code provisioned} Lambda with Provisioned Concurrency (no free tier). */
  AwsLambda(PriceCatalog c, boolean freeTier, boolean provisioned) {
    this.provisioned = provisioned;
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
    provisionedX86 = provisioned ? c.price("lambda.provisioned.concurrency.x86_64") : null;
    provisionedArm = provisioned ? c.price("lambda.provisioned.concurrency.arm64") : null;
    provisionedDurationX86 = provisioned ? c.price("lambda.provisioned.duration.x86_64") : null;
    provisionedDurationArm = provisioned ? c.price("lambda.provisioned.duration.arm64") : null;
  }

  /**
   * The environments kept warm for {@code requests} a month: the peak concurrency (the average
   * concurrency, requests x duration over the month's seconds, times the peak-to-average ratio),
   * rounded up, at least one.
   */
  double environments(Service s, double requests) {
    double average = requests * s.avgDurationMs() / 1000.0 / (hours * 3600);
    return Math.max(1, Math.ceil(average * s.traffic().peakToAverage() - 1e-9));
  }

  @Override
  public java.util.List<String> blockedBy(Service s) {
    java.util.List<String> why = new java.util.ArrayList<>();
    if (s.gpu()) {
      why.add("needs a GPU: Lambda has none");
    }
    if (s.maxDurationSeconds() > maxSeconds) {
      why.add("an execution of " + Format.number(s.maxDurationSeconds()) + " s exceeds Lambda's "
          + Format.number(maxSeconds) + " s");
    }
    if (s.memoryMb() > maxMemoryMb) {
      why.add(Format.number(s.memoryMb()) + " MB exceeds Lambda's " + Format.number(maxMemoryMb)
          + " MB");
    }
    if (s.persistentConnections() && s.apiGateway() != ApiGateway.WEBSOCKET) {
      why.add("holds persistent connections: a Lambda invocation ends with its response, and"
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
  private static final int DIMENSIONS = 9;
  /** A hybrid's request layer on Lambda: its requests and API Gateway, not its duration. */
  private static final boolean[] REQUEST_LAYER =
      {true, true, false, false, true, true, false, false, true};

  @Override
  public Platforms.Info info() {
    return provisioned ? Platforms.AWS_LAMBDA_PROVISIONED : Platforms.AWS_LAMBDA;
  }

  @Override
  public int dimensions() {
    return DIMENSIONS;
  }

  @Override
  public boolean[] requestLayer() {
    return REQUEST_LAYER;
  }

  @Override
  public void usage(Service s, double requests, double[] u, int o) {
    double gbs = gbSeconds(s, requests);
    boolean arm = s.architecture() == Architecture.ARM64;
    u[o + Usage.SERVICES] = 1;
    u[o + REQUESTS] = requests;
    // Provisioned duration is not tiered: it shares nothing across the account.
    u[o + GBS_X86] = arm || provisioned ? 0 : gbs;
    u[o + GBS_ARM] = arm && !provisioned ? gbs : 0;
    u[o + REST_REQUESTS] = s.apiGateway() == ApiGateway.REST ? requests : 0;
    u[o + HTTP_REQUESTS] = s.apiGateway() == ApiGateway.HTTP ? requests : 0;
    u[o + NAT_SERVICES] = s.vpcEgress() ? 1 : 0;
    u[o + NAT_REQUESTS] = s.vpcEgress() ? requests : 0;
    u[o + WEBSOCKET_MESSAGES] =
        s.apiGateway() == ApiGateway.WEBSOCKET ? webSocket.messages(s, requests) : 0;
  }

  /** Provisioned Concurrency's two lines: the warm environments, and the duration on them. */
  private void addProvisioned(
      Service s, double requests, double gbs, boolean arm, boolean explain, Bill bill) {
    double environments = environments(s, requests);
    double gb = s.memoryMb() / 1024.0;
    double rate = (arm ? provisionedArm : provisionedX86).first();
    bill.add(
        arm ? "Lambda provisioned concurrency (arm64)" : "Lambda provisioned concurrency (x86_64)",
        arm ? "lambda.provisioned.concurrency.arm64" : "lambda.provisioned.concurrency.x86_64",
        explain
            ? Format.number(environments) + " environment(s) for the peak concurrency ("
                + Format.number(requests) + " requests x " + Format.number(s.avgDurationMs())
                + " ms / " + Format.number(hours * 3600) + " s x "
                + Format.number(s.traffic().peakToAverage()) + " peak-to-average, rounded up) x "
                + Format.number(gb) + " GB x " + Format.number(hours * 3600) + " s x $"
                + Format.price(rate) + " per GB-s"
            : null,
        environments * gb * hours * 3600 * rate);
    double durationRate = (arm ? provisionedDurationArm : provisionedDurationX86).first();
    bill.add(
        arm ? "Lambda duration on provisioned concurrency (arm64)"
            : "Lambda duration on provisioned concurrency (x86_64)",
        arm ? "lambda.provisioned.duration.arm64" : "lambda.provisioned.duration.x86_64",
        explain
            ? Format.number(requests) + " requests x " + Format.number(Math.ceil(s.avgDurationMs()))
                + " ms x " + Format.number(s.memoryMb()) + " MB / 1024 = " + Format.number(gbs)
                + " GB-s x $" + Format.price(durationRate) + " per GB-s (no free tier, no tiers)"
            : null,
        gbs * durationRate);
  }

  /** The GB-seconds of {@code requests} invocations: duration rounded up to the millisecond. */
  static double gbSeconds(Service s, double requests) {
    return requests * Math.ceil(s.avgDurationMs()) / 1000.0 * s.memoryMb() / 1024.0;
  }

  @Override
  public void price(Service s, double requests, double[] others, Bill bill) {
    boolean arm = s.architecture() == Architecture.ARM64;
    boolean explain = bill.explaining();
    double gbs = gbSeconds(s, requests);
    double allX86 = others[GBS_X86] + (arm ? 0 : gbs);
    double allArm = others[GBS_ARM] + (arm ? gbs : 0);

    Formulas.addPerMillion(bill, "Lambda requests", "lambda.requests", "requests", requests,
        others[REQUESTS], free, requestsPrice.first());

    if (provisioned) {
      addProvisioned(s, requests, gbs, arm, explain, bill);
    } else {
      double allGbs = allX86 + allArm;
      double billableFraction = allGbs <= 0 ? 0 : Math.max(0, allGbs - freeGbs) / allGbs;
      double archGbs = arm ? allArm : allX86;
      double archCost = (arm ? tiersArm : tiersX86).cost(archGbs * billableFraction, 1);
      bill.add(
          arm ? "Lambda duration (arm64)" : "Lambda duration (x86_64)",
          arm ? "lambda.duration.arm64" : "lambda.duration.x86_64",
          explain
              ? Format.number(requests) + " requests x " + Format.number(Math.ceil(s.avgDurationMs()))
                  + " ms x " + Format.number(s.memoryMb()) + " MB / 1024 = " + Format.number(gbs)
                  + " GB-s"
                  + (freeTier ? ", less its share of the 400,000 GB-s free tier" : "")
                  + (others[Usage.SERVICES] > 0 ? ", its share of the account's tiered charge" : "")
                  + " x " + Formulas.tierText(arm ? durationArm : durationX86, "GB-s")
              : null,
          share(gbs, archGbs, archCost));
    }

    if (s.apiGateway() == ApiGateway.WEBSOCKET) {
      webSocket.price(s, requests, others[WEBSOCKET_MESSAGES], others[Usage.SERVICES], bill);
    } else if (s.apiGateway() != ApiGateway.NONE) {
      boolean isRest = s.apiGateway() == ApiGateway.REST;
      double total = (isRest ? others[REST_REQUESTS] : others[HTTP_REQUESTS]) + requests;
      bill.add(
          isRest ? "API Gateway REST requests" : "API Gateway HTTP requests",
          isRest ? "apigateway.rest.requests" : "apigateway.http.requests",
          explain
              ? Format.number(requests) + " requests x "
                  + Formulas.tierText(isRest ? rest : http, "requests")
                  + (others[Usage.SERVICES] > 0 && total > requests
                      ? " (tiers on the account's " + Format.number(total) + ")"
                      : "")
              : null,
          share(requests, total, (isRest ? restTiers : httpTiers).cost(total, MILLION)),
          true);
    }
    if (s.logsGbPerMonth() > 0) {
      bill.add(
          "CloudWatch Logs ingestion",
          "cloudwatch.logs.ingestion",
          explain
              ? Format.number(s.logsGbPerMonth()) + " GB x $" + Format.price(logs.first())
                  + " per GB"
              : null,
          s.logsGbPerMonth() * logs.first());
    }
    if (s.vpcEgress()) {
      double natMonth = nat.first() * hours;
      double allNatRequests = others[NAT_REQUESTS] + requests;
      double natServices = others[NAT_SERVICES] + 1;
      bill.add(
          "NAT gateway",
          "nat.hour",
          explain
              ? Format.number(hours) + " h x $" + Format.price(nat.first()) + " per hour"
                  + (natServices > 1
                      ? ", shared by requests with " + (long) (natServices - 1) + " other VPC service(s)"
                      : "")
                  + " (data processing not included: no payload size given)"
              : null,
          allNatRequests > 0
              ? share(requests, allNatRequests, natMonth)
              : natMonth / natServices);
    }
  }
}
