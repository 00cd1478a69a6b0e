package dev.placementadvisor.report;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.result.Reason;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How the recommended estate compares with the whole inventory on one placement: the difference,
 * the services a platform limit keeps off it, and, when the recommendation costs more, where the
 * difference comes from. Amounts are in cents as printed: the saving is taken between the totals as
 * printed, and the parts add up to the difference (a cent of rounding goes to the largest part
 * whose services are not listed one by one).
 *
 * @param against the placement everything is put on
 * @param all the total with everything on it
 * @param saving what the recommendation saves against it (negative: what it costs more)
 * @param onlyOn true when every service is recommended for it
 * @param forced the services a limit keeps off it, in the report's order
 * @param parts where the extra cost comes from, when the recommendation costs more (else empty)
 */
public record Savings(
    Placement against,
    BigDecimal all,
    BigDecimal saving,
    boolean onlyOn,
    List<Forced> forced,
    List<Part> parts) {

  public Savings {
    forced = List.copyOf(forced);
    parts = List.copyOf(parts);
  }

  /** A service a platform limit keeps off the placement, with the limits that do. */
  public record Forced(String service, List<String> limits) {
    public Forced {
      limits = List.copyOf(limits);
    }
  }

  /** What a part of the difference is. */
  public enum Kind {
    /** The services platform limits keep off the placement. */
    FORCED,
    /** Services whose placement weighs more than their price: {@link Part#dearer}. */
    DEARER,
    /** The services on the placement carry a larger share of its account charges. */
    STAY,
    /** What the rest of the estate saves (a negative amount). */
    SAVED
  }

  /**
   * One part of the difference.
   *
   * @param dearer for {@link Kind#DEARER}, the services, each with what it costs more
   * @param stay for {@link Kind#STAY}, the services on the placement
   */
  public record Part(Kind kind, BigDecimal amount, List<Dearer> dearer, List<String> stay) {
    public Part {
      dearer = List.copyOf(dearer);
      stay = List.copyOf(stay);
    }
  }

  /** A service recommended away from the placement although it costs more there. */
  public record Dearer(String service, Placement placement, double more) {}

  /** The comparison of {@code report}'s recommendation with everything on {@code against}. */
  static Savings of(Report report, Placement against) {
    BigDecimal all = Format.cents(report.platformTotal(against));
    BigDecimal saving = all.subtract(Format.cents(report.recommendedTotal()));
    boolean onlyOn = report.services().stream().allMatch(s -> s.placement() == against);
    List<Part> parts = saving.signum() < 0 ? parts(report, against, saving.negate()) : List.of();
    return new Savings(against, all, saving, onlyOn, forced(report, against), parts);
  }

  private static List<Forced> forced(Report report, Placement against) {
    List<Forced> out = new ArrayList<>();
    for (ServiceAssessment s : report.services()) {
      if (s.placement() != against && s.excluded().contains(against)) {
        Set<String> limits = new LinkedHashSet<>();
        for (Reason r : s.reasons()) {
          if (r.rulesOut().contains(against)) {
            limits.add(r.factor());
          }
        }
        out.add(new Forced(s.name(), new ArrayList<>(limits)));
      }
    }
    return out;
  }

  /** Where {@code more} comes from: limits, dearer placements, sharing, what the rest saves. */
  private static List<Part> parts(Report report, Placement against, BigDecimal more) {
    double forcedSum = 0;
    double staySum = 0;
    List<String> stay = new ArrayList<>();
    double savedSum = 0;
    List<Dearer> dearer = new ArrayList<>();
    BigDecimal dearerSum = BigDecimal.ZERO;
    for (ServiceAssessment s : report.services()) {
      double d = s.recommendedCost() - (s.costs().on(against) + s.dataTierCost());
      if (s.placement() == against) {
        staySum += d;
        stay.add(s.name());
      } else if (s.excluded().contains(against)) {
        forcedSum += d;
      } else if (d > 0) {
        dearer.add(new Dearer(s.name(), s.placement(), d));
        dearerSum = dearerSum.add(Format.cents(d));
      } else {
        savedSum += d;
      }
    }
    // Groups that save go into one closing part, so the parts add up to the difference.
    if (forcedSum < 0) {
      savedSum += forcedSum;
    }
    if (staySum < 0) {
      savedSum += staySum;
    }
    List<Part> parts = new ArrayList<>();
    if (forcedSum > 0) {
      parts.add(new Part(Kind.FORCED, Format.cents(forcedSum), List.of(), List.of()));
    }
    if (dearerSum.signum() > 0) {
      parts.add(new Part(Kind.DEARER, dearerSum, dearer, List.of()));
    }
    if (staySum > 0) {
      parts.add(new Part(Kind.STAY, Format.cents(staySum), List.of(), stay));
    }
    if (savedSum < 0) {
      parts.add(new Part(Kind.SAVED, Format.cents(savedSum), List.of(), List.of()));
    }
    return balanced(parts, more);
  }

  /**
   * The parts with the cent of rounding their sum may leave against {@code more} given to the
   * largest part whose services are not listed one by one; parts that come to nothing left out.
   */
  private static List<Part> balanced(List<Part> parts, BigDecimal more) {
    BigDecimal residual = more;
    Part largest = null;
    for (Part part : parts) {
      residual = residual.subtract(part.amount());
      boolean itemized = largest != null && largest.kind() == Kind.DEARER;
      if (largest == null
          || (itemized && part.kind() != Kind.DEARER)
          || ((largest.kind() == Kind.DEARER) == (part.kind() == Kind.DEARER)
              && part.amount().abs().compareTo(largest.amount().abs()) > 0)) {
        largest = part;
      }
    }
    List<Part> out = new ArrayList<>();
    for (Part part : parts) {
      BigDecimal a = part == largest ? part.amount().add(residual) : part.amount();
      if (a.signum() != 0) {
        out.add(new Part(part.kind(), a, part.dearer(), part.stay()));
      }
    }
    return out;
  }
}
