package dev.placementadvisor.cost;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.pricing.PriceCatalog;

/**
 * Lambda's Provisioned Concurrency lines, the one formula both {@link
 * Platforms#AWS_LAMBDA_PROVISIONED} and a cold-start-sensitive service on {@link
 * Platforms#AWS_LAMBDA} use: environments for the service's peak concurrency ({@link
 * ColdStarts#peakConcurrency}) kept warm all month (memory x environments x seconds at the
 * provisioned rate), and every invocation's duration at the lower provisioned rate, untiered, with
 * no free tier. See docs/cost-model.md, "Serverless (AWS Lambda)".
 */
final class ProvisionedConcurrency {
  private final double seconds;
  private final double concurrencyX86;
  private final double concurrencyArm;
  private final double durationX86;
  private final double durationArm;

  ProvisionedConcurrency(PriceCatalog c) {
    seconds = c.hoursPerMonth() * 3600;
    concurrencyX86 = c.price("lambda.provisioned.concurrency.x86_64").first();
    concurrencyArm = c.price("lambda.provisioned.concurrency.arm64").first();
    durationX86 = c.price("lambda.provisioned.duration.x86_64").first();
    durationArm = c.price("lambda.provisioned.duration.arm64").first();
  }

  /** The environments kept warm for {@code requests} a month: the peak concurrency. */
  double environments(Service s, double requests) {
    return ColdStarts.peakConcurrency(s, requests, seconds);
  }

  /**
   * Adds the two lines for {@code requests} invocations of {@code gbs} GB-seconds; {@code why},
   * when not null, opens the warm environments' arithmetic ("cold-start sensitive: ").
   */
  void add(Service s, double requests, double gbs, boolean arm, String why, Bill bill) {
    boolean explain = bill.explaining();
    double environments = environments(s, requests);
    double gb = s.memoryMb() / 1024.0;
    double rate = arm ? concurrencyArm : concurrencyX86;
    bill.add(
        arm ? "Lambda provisioned concurrency (arm64)" : "Lambda provisioned concurrency (x86_64)",
        arm ? "lambda.provisioned.concurrency.arm64" : "lambda.provisioned.concurrency.x86_64",
        explain
            ? (why == null ? "" : why)
                + Format.number(environments)
                + " environment(s) for "
                + ColdStarts.peakText(s, requests, seconds)
                + " x "
                + Format.number(gb)
                + " GB x "
                + Format.number(seconds)
                + " s x $"
                + Format.price(rate)
                + " per GB-s"
            : null,
        environments * gb * seconds * rate);
    double durationRate = arm ? durationArm : durationX86;
    bill.add(
        arm
            ? "Lambda duration on provisioned concurrency (arm64)"
            : "Lambda duration on provisioned concurrency (x86_64)",
        arm ? "lambda.provisioned.duration.arm64" : "lambda.provisioned.duration.x86_64",
        explain
            ? AwsLambda.gbSecondsText(s, requests, gbs)
                + " x $"
                + Format.price(durationRate)
                + " per GB-s (no free tier, no tiers)"
            : null,
        gbs * durationRate);
  }
}
