package dev.placementadvisor.render.markdown;

import static dev.placementadvisor.render.Markdown.escape;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.render.Docs;
import dev.placementadvisor.render.Markdown;
import dev.placementadvisor.report.Report;

/** Renders the markdown report's assumptions and the pricing catalog's date and sources. */
final class MarkdownAssumptions {
  private static final String COST_MODEL = "cost-model.md";
  private static final String SCORING = "scoring.md";

  private MarkdownAssumptions() {}

  public static void assumptions(StringBuilder b, Report report) {
    Report.Pricing p = report.pricing();
    b.append("## Assumptions\n\n");
    b.append("- **Money:** US dollars a month at on-demand list prices in ")
        .append(escape(p.region()))
        .append(", kept unrounded and rounded to cents only when printed.\n");
    b.append("- **Month:** ").append(Format.number(p.hoursPerMonth())).append(" hours.\n");
    cluster(b, report.context());
    b.append("- **Free tier:** ")
        .append(
            p.freeTier()
                ? "applied: Lambda's monthly free tier is subtracted once for the account"
                    + " (`pricing.freeTier: true`)."
                : "not applied: no account-level free tier is subtracted (`pricing.freeTier:"
                    + " false`).")
        .append('\n');
    b.append("- **Shared account charges:** each platform column prices a service as if the whole")
        .append(" inventory ran on that platform in one account. Account-level items (free tiers,")
        .append(" the edge plan's base fee and included allowances, a cluster's minimum nodes,")
        .append(" control plane and load balancer) are computed once and shared in proportion to")
        .append(" usage. The recommended cost shares each platform's account charges only among")
        .append(" the services recommended onto it, so a platform that few services use costs each")
        .append(" of them more.\n");
    if (report.hasDataTier()) {
      b.append("- **Data tier:** a service's relational data store is a database of its own on")
          .append(" Aurora Serverless v2, priced for capacity while active (none while it is")
          .append(" paused when idle), storage and I/O, with assumed requests an ACU serves, GB")
          .append(" stored and I/O a request unless the inventory says; the same on every")
          .append(" placement, it is in each service's cost and every total but does not decide")
          .append(" the placement. Key-value and cache stores are not priced.\n");
    }
    b.append("- **Crossover:** the lowest monthly volume from which Kubernetes costs no more than")
        .append(" serverless for that service, everything else fixed.\n");
    b.append("- **Kubernetes hidden tax:** reported once for the organization when any service")
        .append(" runs on a cluster; it is not part of any service's cost, the totals or the")
        .append(" crossover, which compare infrastructure only.\n");
    references(b);
  }

  /** The Kubernetes bullet: the cluster's nodes, sizing and autoscaling; nothing without them. */
  private static void cluster(StringBuilder b, Report.Context c) {
    if (c == null) {
      return;
    }
    b.append("- **Kubernetes:** one EKS cluster of ")
        .append(escape(c.instanceType()))
        .append(" nodes, at least ")
        .append(c.minNodes())
        .append(", sized for ")
        .append(Format.percent(c.targetUtilization()))
        .append(" target utilisation, ")
        .append(
            c.autoscaling()
                ? "with autoscaling (capacity follows the average load)"
                : "without autoscaling (whole nodes sized for the peak)")
        .append(", plus its control plane and an application load balancer; GPU services get")
        .append(" GPU nodes of their own.\n");
  }

  /** The scoring bullet, then where the formulas and the factors are explained. */
  private static void references(StringBuilder b) {
    b.append("- **Scoring:** the Kubernetes score adds the 13 weighted factors of the score")
        .append(
            " function in \"Kubernetes vs Serverless in 2026\" (Pockit); the placement score adds"
                + " team size, platform capacity, traffic pattern,")
        .append(" compliance regime and cost; the bands, the Wasm audit and hard platform limits")
        .append(" then decide the placement. Each service's steps and reasons are above.\n");
    b.append("- **Details:** the formulas, prices and worked examples are in [")
        .append(COST_MODEL)
        .append("](")
        .append(Docs.url(COST_MODEL))
        .append("), the factors, weights and")
        .append(" bands in [")
        .append(SCORING)
        .append("](")
        .append(Docs.url(SCORING))
        .append(").\n\n");
  }

  public static void pricing(StringBuilder b, Report report) {
    Report.Pricing p = report.pricing();
    b.append("## Pricing\n\n");
    b.append("Catalog: ")
        .append(escape(p.catalog()))
        .append(", effective **")
        .append(escape(p.effectiveDate()))
        .append("**, region ")
        .append(escape(p.region()))
        .append(". Each entry records where its number comes from and when it was checked;")
        .append(" nothing is fetched at run time. `advisor pricing` prints every entry with its")
        .append(" unit, tiers and source.\n\n");
    if (p.sources().isEmpty()) {
      b.append("The catalog names no sources.\n");
      return;
    }
    b.append("Sources:\n\n");
    for (String s : p.sources()) {
      b.append("- ").append(Markdown.source(s)).append('\n');
    }
  }
}
