package dev.placementadvisor.render;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.result.CheaperDoors;
import dev.placementadvisor.result.CostLine;
import java.util.ArrayList;
import java.util.List;

/**
 * The cheaper doors of a service ({@link CheaperDoors}) in words, as {@code explain} and the
 * markdown report say them: plain text (markdown escapes it; nothing in it comes from the inventory
 * but numbers).
 */
public final class DoorsText {
  private DoorsText() {}

  /** "Cheaper doors: the REST API Gateway is $105.00 of its $131.25 a month on ... (80%)". */
  public static String heading(CheaperDoors d) {
    return "Cheaper doors: the REST API Gateway is "
        + Format.usd(d.restCost())
        + " of its "
        + Format.usd(d.monthlyCost())
        + " a month on "
        + d.platform()
        + " ("
        + Format.percent(d.restCost() / d.monthlyCost())
        + ")";
  }

  /** One line a door, then the crossover between them; {@code requests} is the volume now. */
  public static List<String> lines(CheaperDoors d, double requests) {
    List<String> out = new ArrayList<>();
    for (CheaperDoors.Door door : d.doors()) {
      out.add(
          door.name()
              + ": "
              + Format.usd(door.monthlyCost())
              + " a month ("
              + parts(door.lines())
              + "), "
              + Format.usd(door.platformCost())
              + " on "
              + d.platform()
              + ", "
              + (door.saving() >= 0
                  ? "saving " + Format.usd(door.saving())
                  : "costing " + Format.usd(-door.saving()) + " more")
              + " a month");
    }
    Double from = d.albCheaperFromRequests();
    out.add(
        from == null
            ? "crossover: the HTTP API stays cheaper than the load balancer at every volume up to"
                + " 10 trillion requests a month"
            : from == 0
                ? "crossover: the load balancer costs no more than the HTTP API at any volume, its"
                    + " hours shared as above"
                : "crossover: the load balancer costs no more than the HTTP API from "
                    + Format.number(from)
                    + " requests a month (now "
                    + Format.number(requests)
                    + "), the HTTP API less below");
    return out;
  }

  /** "Load balancer (ALB) $16.43 + Load balancer capacity units $2.67". */
  private static String parts(List<CostLine> lines) {
    List<String> parts = new ArrayList<>();
    for (CostLine l : lines) {
      parts.add(l.item() + " " + Format.usd(l.amount()));
    }
    return String.join(" + ", parts);
  }
}
