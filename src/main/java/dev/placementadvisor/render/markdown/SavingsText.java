package dev.placementadvisor.render.markdown;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.render.Markdown;
import dev.placementadvisor.report.Report;
import dev.placementadvisor.report.Savings;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Words for how the recommended estate compares with the whole inventory on one placement ({@link
 * Report#savingsAgainst}): what it saves or, when it costs more, which services make the difference
 * and why.
 */
final class SavingsText {
  private SavingsText() {}

  /**
   * One markdown list item (with sub-items when the recommendation costs more) comparing the
   * recommended total with everything on {@code platform}.
   */
  public static void compare(StringBuilder b, Report report, Placement platform) {
    Savings s = report.savingsAgainst(platform);
    String p = platform.id();
    b.append("- Against everything on ")
        .append(p)
        .append(" (")
        .append(Markdown.usd(s.all().doubleValue()))
        .append(" a month): ");
    int sign = s.saving().signum();
    if (sign > 0) {
      b.append("the recommendation saves **")
          .append(Markdown.usd(s.saving().doubleValue()))
          .append(" a month** (")
          .append(Format.percent(s.saving().divide(s.all(), 2, RoundingMode.HALF_UP).doubleValue()))
          .append(").");
    } else if (sign == 0) {
      b.append(
          s.onlyOn()
              ? "the same cost, since every service is recommended for " + p + "."
              : "the same cost.");
    } else {
      b.append("the recommendation costs **")
          .append(Markdown.usd(s.saving().negate().doubleValue()))
          .append(" a month more**.");
    }
    if (!s.forced().isEmpty()) {
      b.append(" Everything on ")
          .append(p)
          .append(" is not possible: ")
          .append(
              s.forced().size() == 1
                  ? "a platform limit rules it out for "
                  : "platform limits rule it out for ")
          .append(Markdown.join(forced(s)))
          .append('.');
    }
    if (sign < 0) {
      b.append(" Where the difference comes from:");
    }
    b.append('\n');
    for (Savings.Part part : s.parts()) {
      b.append("  - ").append(words(part, platform)).append('\n');
    }
  }

  /** "session-store (limit-state)" for each service a limit keeps off the placement. */
  private static List<String> forced(Savings s) {
    List<String> out = new ArrayList<>();
    for (Savings.Forced f : s.forced()) {
      out.add(
          Markdown.escape(f.service())
              + (f.limits().isEmpty() ? "" : " (" + String.join(", ", f.limits()) + ")"));
    }
    return out;
  }

  /** One line of the breakdown. */
  private static String words(Savings.Part part, Placement platform) {
    String p = platform.id();
    String amount = Markdown.usd(part.amount().abs().doubleValue());
    return switch (part.kind()) {
      case FORCED ->
          "The services that platform limits keep off " + p + ": +" + amount + " a month.";
      case DEARER ->
          "Placement weighs more than price for "
              + Markdown.join(dearer(part))
              + ": +"
              + amount
              + " a month.";
      case STAY ->
          (part.stay().size() == 1
                  ? Markdown.escape(part.stay().get(0)) + ", the only service on " + p + ", carries"
                  : "The " + part.stay().size() + " services on " + p + " carry")
              + " a larger share of "
              + charges(platform)
              + " than in an all-"
              + p
              + " estate: +"
              + amount
              + " a month.";
      case SAVED -> "Against that, the rest of the estate saves " + amount + " a month.";
    };
  }

  /**
   * Each dearer service with where it went and why; with what it costs more when there are several
   * (one alone costs the whole part).
   */
  private static List<String> dearer(Savings.Part part) {
    List<String> out = new ArrayList<>();
    for (Savings.Dearer d : part.dearer()) {
      String where =
          Markdown.escape(d.service())
              + " (on "
              + d.placement().id()
              + " by "
              + (d.placement() == Placement.WASM_EDGE ? "the Wasm audit" : "its placement score");
      out.add(
          part.dearer().size() == 1 ? where + ")" : where + ", +" + Markdown.usd(d.more()) + ")");
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
}
