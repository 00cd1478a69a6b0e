package dev.placementadvisor.engine;

import dev.placementadvisor.inventory.Organization;
import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.inventory.TrafficProfile;
import dev.placementadvisor.report.Sensitivity;
import dev.placementadvisor.report.Sensitivity.FlipPoint;
import dev.placementadvisor.report.Sensitivity.Growth;
import dev.placementadvisor.result.ServiceCosts;
import dev.placementadvisor.scoring.ServiceFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.Function;

/**
 * Finds where a service's placement flips, by running the real engine on variants of the service
 * (one input changed, everything else fixed): a doubling scan away from the current value, then
 * bisection between the last value with the current placement and the first without.
 */
final class FlipPointFinder {
  static final double MAX_REQUESTS = 1e13;
  static final double MAX_DURATION_MS = 2_592_000_000d;
  static final double MIN_DURATION_MS = 0.001;
  static final double MAX_MEMORY_MB = 1_048_576;
  static final double MAX_PEOPLE = 1_000_000;
  private static final int MAX_BISECTIONS = 80;

  private FlipPointFinder() {}

  static Sensitivity analyse(
      ServiceFacts base,
      Placement now,
      ServiceCosts costs,
      Function<ServiceFacts, Placement> engine) {
    Service s = base.service();
    Organization org = base.organization();
    int count = base.serviceCount();
    List<FlipPoint> points = new ArrayList<>();
    DoubleFunction<Placement> byRequests =
        v -> engine.apply(ServiceFacts.of(withRequests(s, v), org, count));
    DoubleFunction<Placement> byDuration =
        v -> engine.apply(ServiceFacts.of(withDuration(s, v), org, count));
    DoubleFunction<Placement> byMemory =
        v -> engine.apply(ServiceFacts.of(withMemory(s, (int) v), org, count));
    double r = s.traffic().requestsPerMonth();
    both(points, "requestsPerMonth", r, 0, MAX_REQUESTS, true, byRequests, now);
    both(
        points,
        "avgDurationMs",
        s.avgDurationMs(),
        MIN_DURATION_MS,
        MAX_DURATION_MS,
        false,
        byDuration,
        now);
    both(points, "memoryMb", s.memoryMb(), 1, MAX_MEMORY_MB, true, byMemory, now);
    if (org.engineers() != null) {
      both(
          points,
          "engineers",
          org.engineers(),
          1,
          MAX_PEOPLE,
          true,
          v -> engine.apply(ServiceFacts.of(s, withEngineers(org, (int) v), count)),
          now);
    }
    both(
        points,
        "platformEngineers",
        org.platformEngineers(),
        0,
        MAX_PEOPLE,
        true,
        v -> engine.apply(ServiceFacts.of(s, withPlatformEngineers(org, (int) v), count)),
        now);
    return new Sensitivity(points, growth(s, costs, points));
  }

  /** Growth without flip points: the crossover month only; flip points marked not searched. */
  static Sensitivity growthOnly(ServiceFacts base, ServiceCosts costs) {
    Growth g = growth(base.service(), costs, List.of());
    return g == null ? NOT_SEARCHED : new Sensitivity(null, g);
  }

  /** No flip points searched and no growth: the same for every such service. */
  private static final Sensitivity NOT_SEARCHED = new Sensitivity(null, null);

  private static void both(
      List<FlipPoint> out,
      String input,
      double current,
      double min,
      double max,
      boolean integer,
      DoubleFunction<Placement> at,
      Placement now) {
    FlipPoint up = search(input, current, min, max, integer, at, now, true);
    if (up != null) {
      out.add(up);
    }
    FlipPoint down = search(input, current, min, max, integer, at, now, false);
    if (down != null) {
      out.add(down);
    }
  }

  /** The nearest flip in one direction, or null when the placement holds to the input's bound. */
  static FlipPoint search(
      String input,
      double current,
      double min,
      double max,
      boolean integer,
      DoubleFunction<Placement> at,
      Placement now,
      boolean up) {
    double same = current;
    double other = Double.NaN;
    Placement otherPlacement = null;
    for (int i = 0; i < 200; i++) {
      double v = scanStep(same, min, max, integer, up);
      if (v == same) {
        break;
      }
      Placement p = at.apply(v);
      if (p != now) {
        other = v;
        otherPlacement = p;
        break;
      }
      same = v;
      if (up ? v >= max : v <= min) {
        break;
      }
    }
    if (otherPlacement == null) {
      return null;
    }
    for (int i = 0; i < MAX_BISECTIONS; i++) {
      double gap = Math.abs(other - same);
      if (integer ? gap <= 1 : gap <= Math.max(1e-3, Math.abs(other) * 1e-9)) {
        break;
      }
      double mid = (same + other) / 2;
      if (integer) {
        mid = up ? Math.floor(mid) : Math.ceil(mid);
        if (mid == same || mid == other) {
          break;
        }
      }
      Placement p = at.apply(mid);
      if (p == now) {
        same = mid;
      } else {
        other = mid;
        otherPlacement = p;
      }
    }
    return new FlipPoint(input, up ? "up" : "down", current, other, otherPlacement);
  }

  /**
   * The scan's next value after {@code same}: doubled (at least one more) going up, halved going
   * down, within the bounds; {@code same} itself when the scan can go no further. Going down over
   * integers it is a whole number below {@code same}, so that the scan always moves.
   */
  private static double scanStep(double same, double min, double max, boolean integer, boolean up) {
    if (up) {
      return Math.min(max, Math.max(same * 2, same + 1));
    }
    double v = Math.max(min, same / 2);
    if (integer) {
      v = Math.floor(v);
      if (v >= same) {
        v = same - 1;
      }
    }
    return v < min ? same : v;
  }

  private static Growth growth(Service s, ServiceCosts costs, List<FlipPoint> points) {
    double g = s.traffic().growthPerMonth();
    if (g == 0) {
      return null;
    }
    double r = s.traffic().requestsPerMonth();
    Integer crossoverMonth = null;
    Double x = costs.crossoverRequests();
    if (x != null) {
      crossoverMonth = month(r, x, g);
    }
    Integer flipMonth = null;
    Placement flip = null;
    for (FlipPoint p : points) {
      if (p.input().equals("requestsPerMonth") && p.direction().equals(g > 0 ? "up" : "down")) {
        flipMonth = month(r, p.value(), g);
        flip = flipMonth == null ? null : p.placement();
      }
    }
    return new Growth(g, crossoverMonth, flipMonth, flip);
  }

  /** The first month at which r × (1+g)^m reaches the target in the direction of growth. */
  static Integer month(double r, double target, double g) {
    if (g > 0 ? r >= target : r <= target) {
      return 0;
    }
    if (r <= 0) {
      return null;
    }
    double m = Math.log(target / r) / Math.log(1 + g);
    int month = (int) Math.ceil(m - 1e-9);
    // Guard against rounding at the boundary: the projected volume must have reached the target.
    while (month <= Growth.HORIZON_MONTHS
        && (g > 0 ? r * Math.pow(1 + g, month) < target : r * Math.pow(1 + g, month) > target)) {
      month++;
    }
    return month > Growth.HORIZON_MONTHS ? null : month;
  }

  static Service withRequests(Service s, double requests) {
    TrafficProfile t = s.traffic();
    return copy(
        s,
        new TrafficProfile(
            t.name(),
            t.pattern(),
            requests,
            t.peakToAverage(),
            t.growthPerMonth(),
            t.peakHoursPerDay()),
        s.avgDurationMs(),
        s.memoryMb(),
        s.maxDurationSeconds(),
        s.cpuMsPerRequest());
  }

  static Service withDuration(Service s, double ms) {
    boolean maxDerived =
        Math.abs(s.maxDurationSeconds() * 1000 - s.avgDurationMs()) <= 1e-9 * s.avgDurationMs();
    double max = maxDerived ? ms / 1000 : Math.max(s.maxDurationSeconds(), ms / 1000);
    double cpu =
        s.cpuMsPerRequestGiven()
            ? Math.min(s.cpuMsPerRequest(), ms)
            : ms * Service.cpuShare(s.workload());
    return copy(s, s.traffic(), ms, s.memoryMb(), max, cpu);
  }

  static Service withMemory(Service s, int mb) {
    return copy(s, s.traffic(), s.avgDurationMs(), mb, s.maxDurationSeconds(), s.cpuMsPerRequest());
  }

  private static Service copy(
      Service s, TrafficProfile traffic, double avg, int memory, double max, double cpu) {
    return new Service(
        s.name(),
        s.location(),
        traffic,
        s.runtime(),
        avg,
        memory,
        s.workload(),
        s.stateful(),
        s.persistentConnections(),
        s.gpu(),
        max,
        s.coldStartSensitive(),
        s.customNetworking(),
        s.onPremises(),
        s.apiGateway(),
        s.vpcEgress(),
        s.logsGbPerMonth(),
        s.compliance(),
        s.architecture(),
        cpu,
        s.cpuMsPerRequestGiven(),
        s.platforms(),
        s.dataStore(),
        s.connections(),
        s.sizing(),
        s.role(),
        s.source());
  }

  static Organization withEngineers(Organization o, int n) {
    return new Organization(
        o.name(),
        n,
        o.platformEngineers(),
        o.compliance(),
        o.multiCloud(),
        o.onPremises(),
        o.budgetPredictability(),
        o.region(),
        o.kubernetes(),
        o.platforms());
  }

  static Organization withPlatformEngineers(Organization o, int n) {
    return new Organization(
        o.name(),
        o.engineers(),
        n,
        o.compliance(),
        o.multiCloud(),
        o.onPremises(),
        o.budgetPredictability(),
        o.region(),
        o.kubernetes(),
        o.platforms());
  }
}
