package dev.placementadvisor.render;

import dev.placementadvisor.report.Format;
import dev.placementadvisor.report.Placement;
import dev.placementadvisor.report.Reason;
import dev.placementadvisor.report.Report;
import dev.placementadvisor.report.ServiceAssessment;
import dev.placementadvisor.scoring.Factor;
import dev.placementadvisor.scoring.Factors;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Words for how the recommended estate compares with the whole inventory on one platform: what it
 * saves or, when it costs more, which services make the difference and why.
 */
final class SavingsText {
  private SavingsText() {}

  /**
   * One markdown list item (with sub-items when the recommendation costs more) comparing the
   * recommended total with everything on {@code platform}.
   */
  static void compare(StringBuilder b, Report report, Placement platform) {
    // The saving is taken between the totals as printed, so the words agree with the numbers.
    BigDecimal all = Format.cents(report.platformTotal(platform));
    BigDecimal saving = all.subtract(Format.cents(report.recommendedTotal()));
    String p = platform.id();
    b.append("- Against everything on ")
        .append(p)
        .append(" (")
        .append(Markdown.usd(all.doubleValue()))
        .append(" a month): ");
    int sign = saving.signum();
    if (sign > 0) {
      b.append("the recommendation saves **")
          .append(Markdown.usd(saving.doubleValue()))
          .append(" a month** (")
          .append(Format.percent(saving.divide(all, 2, RoundingMode.HALF_UP).doubleValue()))
          .append(").");
    } else if (sign == 0) {
      b.append(
          onlyOn(report, platform)
              ? "the same cost, since every service is recommended for " + p + "."
              : "the same cost.");
    } else {
      b.append("the recommendation costs **")
          .append(Markdown.usd(saving.negate().doubleValue()))
          .append(" a month more**.");
    }
    List<String> forced = forced(report, platform);
    if (!forced.isEmpty()) {
      b.append(" Everything on ")
          .append(p)
          .append(" is not possible: ")
          .append(
              forced.size() == 1
                  ? "a platform limit rules it out for "
                  : "platform limits rule it out for ")
          .append(Markdown.join(forced))
          .append('.');
    }
    if (sign < 0) {
      b.append(" Where the difference comes from:");
    }
    b.append('\n');
    if (sign < 0) {
      for (String why : whyMore(report, platform, saving.negate())) {
        b.append("  - ").append(why).append('\n');
      }
    }
  }

  private static boolean onlyOn(Report report, Placement platform) {
    return report.services().stream().allMatch(s -> s.placement() == platform);
  }

  /** "session-store (limit-state)" for each service a limit keeps off the platform. */
  private static List<String> forced(Report report, Placement platform) {
    List<String> out = new ArrayList<>();
    for (ServiceAssessment s : report.services()) {
      if (s.placement() != platform && s.excluded().contains(platform)) {
        Set<String> limits = new LinkedHashSet<>();
        for (Reason r : s.reasons()) {
          Factor f = Factors.byId(r.factor());
          if (f != null && f.group() == Factor.Group.LIMIT && f.excludes().contains(platform)) {
            limits.add(r.factor());
          }
        }
        out.add(
            Markdown.escape(s.name())
                + (limits.isEmpty() ? "" : " (" + String.join(", ", limits) + ")"));
      }
    }
    return out;
  }

  /**
   * One line of the breakdown: words around an amount (negative for what saves).
   *
   * @param itemized the line also shows the amount of each service in it
   */
  private record Part(String before, BigDecimal amount, String after, boolean itemized) {}

  /**
   * Where the extra cost comes from: limits, placements dearer than the platform, sharing, and what
   * the rest saves. The amounts are rounded so that they add up to {@code more}, as printed.
   */
  private static List<String> whyMore(Report report, Placement platform, BigDecimal more) {
    String p = platform.id();
    double forcedSum = 0;
    double staySum = 0;
    List<String> stay = new ArrayList<>();
    double savedSum = 0;
    List<String> dearer = new ArrayList<>();
    List<String> dearerNames = new ArrayList<>();
    BigDecimal dearerSum = BigDecimal.ZERO;
    for (ServiceAssessment s : report.services()) {
      double d = s.recommendedCost() - cost(s, platform);
      if (s.placement() == platform) {
        staySum += d;
        stay.add(Markdown.escape(s.name()));
      } else if (s.excluded().contains(platform)) {
        forcedSum += d;
      } else if (d > 0) {
        String where =
            Markdown.escape(s.name())
                + " (on "
                + s.placement().id()
                + " by "
                + (s.placement() == Placement.WASM_EDGE ? "the Wasm audit" : "its placement score");
        dearer.add(where + ", +" + Markdown.usd(d) + ")");
        dearerNames.add(where + ")");
        dearerSum = dearerSum.add(Format.cents(d));
      } else {
        savedSum += d;
      }
    }
    // Groups that save go into one closing line, so the lines add up to the difference.
    if (forcedSum < 0) {
      savedSum += forcedSum;
    }
    if (staySum < 0) {
      savedSum += staySum;
    }
    List<Part> parts = new ArrayList<>();
    if (forcedSum > 0) {
      parts.add(
          new Part(
              "The services that platform limits keep off " + p + ": +",
              Format.cents(forcedSum),
              " a month.",
              false));
    }
    if (dearerSum.signum() > 0) {
      parts.add(
          new Part(
              "Placement weighs more than price for "
                  + Markdown.join(dearer.size() == 1 ? dearerNames : dearer)
                  + ": +",
              dearerSum,
              " a month.",
              true));
    }
    if (staySum > 0) {
      parts.add(
          new Part(
              (stay.size() == 1
                      ? stay.get(0) + ", the only service on " + p + ", carries"
                      : "The " + stay.size() + " services on " + p + " carry")
                  + " a larger share of "
                  + charges(platform)
                  + " than in an all-"
                  + p
                  + " estate: +",
              Format.cents(staySum),
              " a month.",
              false));
    }
    if (savedSum < 0) {
      parts.add(
          new Part(
              "Against that, the rest of the estate saves ",
              Format.cents(savedSum),
              " a month.",
              false));
    }
    // Rounding each part can leave a cent between their sum and the difference as printed: the
    // largest part whose services are not listed one by one takes it.
    BigDecimal residual = more;
    Part largest = null;
    for (Part part : parts) {
      residual = residual.subtract(part.amount());
      if (largest == null
          || (largest.itemized() && !part.itemized())
          || (largest.itemized() == part.itemized()
              && part.amount().abs().compareTo(largest.amount().abs()) > 0)) {
        largest = part;
      }
    }
    List<String> out = new ArrayList<>();
    for (Part part : parts) {
      BigDecimal a = part == largest ? part.amount().add(residual) : part.amount();
      if (a.signum() != 0) {
        out.add(part.before() + Markdown.usd(a.abs().doubleValue()) + part.after());
      }
    }
    return out;
  }

  private static String charges(Placement platform) {
    return switch (platform) {
      case KUBERNETES, HYBRID -> "the cluster's minimum nodes, control plane and load balancer";
      case SERVERLESS -> "the account's NAT gateway and request charges";
      case WASM_EDGE -> "the edge plan's base fee";
    };
  }

  /** The service's cost with the whole inventory on {@code platform}, its data tier included. */
  private static double cost(ServiceAssessment s, Placement platform) {
    return s.costs().on(platform) + s.dataTierCost();
  }
}
