package dev.placementadvisor.cost;

import static dev.placementadvisor.cost.Formulas.MILLION;
import static dev.placementadvisor.cost.Formulas.share;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.pricing.PriceCatalog.Price;

/**
 * AWS Step Functions ({@link Platforms#AWS_STEP_FUNCTIONS}): each request is one workflow
 * execution, Express when the service's longest run fits an Express workflow (requests, and
 * duration in GB-hours, tiered) and Standard beyond (state transitions beyond the free tier, an
 * assumed number per execution). Step Functions only orchestrates: the work runs in Lambda, priced
 * by {@link AwsLambda}'s own formula on the same service (its requests and duration, API Gateway,
 * logs and NAT as the service needs), with Lambda's account usage as part of this platform's. See
 * docs/cost-model.md, "Serverless (AWS Step Functions)".
 */
final class AwsStepFunctions extends Platform {
  private final AwsLambda steps;
  private final Price transitions;
  private final Price expressRequests;
  private final Price expressDuration;
  private final Formulas.Tiers expressTiers;
  private final double freeTransitions;
  private final double transitionsPerExecution;
  private final double expressMaxSeconds;
  private final double standardMaxSeconds;
  private final double incrementMs;
  private final double billedMemoryMb;
  private final double stepMaxMemoryMb;

  AwsStepFunctions(PriceCatalog c, boolean freeTier) {
    super(Platforms.AWS_STEP_FUNCTIONS, LAMBDA + AwsLambda.DIMENSIONS, null);
    steps = new AwsLambda(c, freeTier, false);
    transitions = c.price("stepfunctions.standard.transitions");
    expressRequests = c.price("stepfunctions.express.requests");
    expressDuration = c.price("stepfunctions.express.duration");
    expressTiers = Formulas.Tiers.of(expressDuration);
    freeTransitions = freeTier ? c.quantity("stepfunctions.standard.freeTier.transitions") : 0;
    transitionsPerExecution = c.quantity("stepfunctions.standard.transitionsPerExecution");
    expressMaxSeconds = c.quantity("stepfunctions.express.maxDurationSeconds");
    standardMaxSeconds = c.quantity("stepfunctions.standard.maxDurationSeconds");
    incrementMs = c.quantity("stepfunctions.express.billingIncrementMs");
    double chunk = c.quantity("stepfunctions.express.memoryChunkMb");
    billedMemoryMb = Math.ceil(c.quantity("stepfunctions.express.baseMemoryMb") / chunk) * chunk;
    stepMaxMemoryMb = c.quantity("lambda.maxMemoryMb");
  }

  /** The dimensions of its account usage; Lambda's follow from {@link #LAMBDA}. */
  static final int TRANSITIONS = 1;

  static final int EXPRESS_GB_HOURS = 2;
  static final int LAMBDA = 3;

  /**
   * A run longer than a Standard workflow, and what the Lambda steps cannot hold: a GPU, more
   * memory than a function, a client's connection held open, or state kept in the process.
   */
  @Override
  public java.util.List<String> blockedBy(Service s) {
    java.util.List<String> why = new java.util.ArrayList<>();
    if (s.gpu()) {
      why.add("needs a GPU: the workflow's Lambda steps have none");
    }
    if (s.maxDurationSeconds() > standardMaxSeconds) {
      why.add(
          "an execution of "
              + Format.number(s.maxDurationSeconds())
              + " s exceeds a Standard workflow's "
              + Format.number(standardMaxSeconds)
              + " s");
    }
    if (s.memoryMb() > stepMaxMemoryMb) {
      why.add(
          Format.number(s.memoryMb())
              + " MB exceeds the "
              + Format.number(stepMaxMemoryMb)
              + " MB of a Lambda step");
    }
    if (s.persistentConnections()) {
      why.add(
          "holds persistent connections: a workflow runs steps, it holds no client's"
              + " connection");
    }
    if (s.stateful()) {
      why.add(
          "keeps state in the process: the workflow's Lambda environments are discarded at"
              + " will");
    }
    if (s.onPremises()) {
      why.add("must run on premises: Step Functions runs only in AWS regions");
    }
    return why;
  }

  /** True when the service's executions run as Express workflows (its longest run fits one). */
  boolean express(Service s) {
    return s.maxDurationSeconds() <= expressMaxSeconds;
  }

  /** The Express duration of {@code executions}, in GB-hours: rounded up to the increment. */
  double gbHours(Service s, double executions) {
    double ms = Math.ceil(s.avgDurationMs() / incrementMs - 1e-9) * incrementMs;
    return executions * ms / 1000.0 * billedMemoryMb / 1024.0 / 3600.0;
  }

  @Override
  public void usage(Service s, double requests, double[] u, int o) {
    boolean express = express(s);
    u[o + Usage.SERVICES] = 1;
    u[o + TRANSITIONS] = express ? 0 : requests * transitionsPerExecution;
    u[o + EXPRESS_GB_HOURS] = express ? gbHours(s, requests) : 0;
    steps.usage(s, requests, u, o + LAMBDA);
  }

  @Override
  public void price(Service s, double requests, double[] others, Bill bill) {
    if (express(s)) {
      addExpress(s, requests, others, bill);
    } else {
      addStandard(requests, others, bill);
    }
    // The work: Lambda's own formula on the same service, its account inside this one's.
    double before = bill.requestLayer();
    steps.price(s, requests, java.util.Arrays.copyOfRange(others, LAMBDA, dimensions()), bill);
    bill.requestLayerBackTo(before);
  }

  /**
   * An Express workflow: its executions, and their duration's share by usage of the account's
   * tiered charge.
   */
  private void addExpress(Service s, double requests, double[] others, Bill bill) {
    boolean explain = bill.explaining();
    boolean shared = others[Usage.SERVICES] > 0;
    bill.add(
        "Step Functions Express requests",
        "stepfunctions.express.requests",
        explain
            ? Format.number(requests)
                + " executions / 1M x $"
                + Format.price(expressRequests.first())
                + " (Express: runs up to "
                + Format.number(expressMaxSeconds)
                + " s)"
            : null,
        requests / MILLION * expressRequests.first());
    double gbh = gbHours(s, requests);
    double all = others[EXPRESS_GB_HOURS] + gbh;
    bill.add(
        "Step Functions Express duration",
        "stepfunctions.express.duration",
        explain
            ? Format.number(requests)
                + " executions x "
                + Format.number(Math.ceil(s.avgDurationMs() / incrementMs - 1e-9) * incrementMs)
                + " ms (rounded up to "
                + Format.number(incrementMs)
                + " ms) x "
                + Format.number(billedMemoryMb)
                + " MB / 1024 / 3600 = "
                + Format.number(gbh)
                + " GB-hours"
                + (shared ? ", its share of the account's tiered charge" : "")
                + " x "
                + Formulas.tierText(expressDuration, "GB-hours")
            : null,
        share(gbh, all, expressTiers.cost(all, 1)));
  }

  /**
   * A Standard workflow, one that runs too long for Express: its state transitions' share by usage
   * of the account's charge after the free tier.
   */
  private void addStandard(double requests, double[] others, Bill bill) {
    double mine = requests * transitionsPerExecution;
    double all = others[TRANSITIONS] + mine;
    double billable = Math.max(0, all - freeTransitions);
    bill.add(
        "Step Functions state transitions",
        "stepfunctions.standard.transitions",
        bill.explaining()
            ? "Standard (runs over "
                + Format.number(expressMaxSeconds)
                + " s): "
                + Formulas.accountFormula(
                    Format.number(requests)
                        + " executions x "
                        + Format.number(transitionsPerExecution)
                        + " transitions",
                    all,
                    mine,
                    freeTransitions,
                    "transitions",
                    billable,
                    "$" + Format.price(transitions.first()) + " per 1,000")
            : null,
        share(mine, all, billable / 1000.0 * transitions.first()));
  }
}
