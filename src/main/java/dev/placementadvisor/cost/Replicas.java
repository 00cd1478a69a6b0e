package dev.placementadvisor.cost;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.inventory.KubernetesSettings;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.inventory.TrafficPattern;

/**
 * How a service is sized for its load, on a cluster ({@link NodeSizing}'s replicas) or as
 * containers of its own ({@link AwsFargate}'s tasks, Cloud Run's instances): the cores it keeps
 * busy as two levels over the month ({@link Load}), the peak for the time the profile spends at it
 * and an off-peak rate for the rest, and how many copies run at each level: at least two for
 * availability and one per core above that, or, for work that runs as jobs, one per busy core and
 * none between runs. Closed forms only: the flip-point search prices thousands of variants. See
 * docs/cost-model.md, "Peaks, autoscaling and jobs".
 */
final class Replicas {
  private Replicas() {}

  /**
   * A service's load in busy cores as two levels: {@code peak} for {@code timeAtPeak} of the month
   * and {@code offPeak} for the rest, so that their time-weighted mean is the month's average.
   * {@code job}: the work runs as jobs (a {@code schedule}, or the {@code batch} pattern), so its
   * pods or tasks follow it down to none. Without autoscaling, capacity stays at the peak all month
   * ({@code timeAtPeak} 1).
   *
   * @param runs the runs a month of a scheduled job, 0 otherwise
   */
  record Load(
      double peak,
      double offPeak,
      double timeAtPeak,
      boolean job,
      double runs,
      double peakToAverage) {
    /** The month's time-weighted mean of {@code value} at each level. */
    double mean(double atPeak, double offPeak) {
      return timeAtPeak * atPeak + (1 - timeAtPeak) * offPeak;
    }
  }

  /** The cores {@code s} keeps busy on average at {@code requests} a month of {@code seconds}. */
  static double cores(double secondsPerMonth, Service s, double requests) {
    return requests / secondsPerMonth * s.cpuMsPerRequest() / 1000.0;
  }

  /**
   * {@code s}'s load at {@code requests} a month. A scheduled job runs {@code schedule} times a
   * month for {@code maxDurationSeconds} each: its month's work in that share of the month, idle
   * between. A batch job (pattern {@code batch}, no schedule) runs in its window of {@code
   * peakHoursPerDay}, or for its requests' durations one after another when shorter, idle between.
   * Any other service is at {@code peakToAverage} times the average for {@code peakHoursPerDay /
   * 24} of the month (at most 1 / peakToAverage, when the peak would hold more than the month's
   * work) and at the off-peak rate that keeps the month's average otherwise:
   *
   * <pre>offPeak = average x (1 - timeAtPeak x peakToAverage) / (1 - timeAtPeak)</pre>
   */
  static Load load(KubernetesSettings cluster, double secondsPerMonth, Service s, double requests) {
    double average = cores(secondsPerMonth, s, requests);
    boolean job = isJob(s);
    if (s.sizing().scheduled()) {
      double share = runShare(secondsPerMonth, s);
      double run = average / share;
      return cluster.autoscaling()
          ? new Load(run, 0, share, true, s.sizing().schedule(), 1 / share)
          : new Load(run, run, 1, true, s.sizing().schedule(), 1 / share);
    }
    double ratio = s.traffic().peakToAverage();
    double peak = average * ratio;
    if (!cluster.autoscaling()) {
      return new Load(peak, peak, 1, job, 0, ratio);
    }
    if (job) {
      // A batch job's work runs in its window, or only as long as its requests take one after
      // another when that is shorter; nothing runs between.
      double share =
          Math.min(
              s.traffic().timeAtPeak(), requests * s.avgDurationMs() / 1000.0 / secondsPerMonth);
      return share <= 0
          ? new Load(0, 0, 0, true, 0, 1)
          : share >= 1
              ? new Load(average, average, 1, true, 0, 1)
              : new Load(average / share, 0, share, true, 0, 1 / share);
    }
    double time = Math.min(s.traffic().timeAtPeak(), 1 / ratio);
    if (time >= 1) {
      return new Load(average, average, 1, job, 0, ratio);
    }
    double off = Math.max(0, average * (1 - time * ratio) / (1 - time));
    return new Load(peak, off, time, job, 0, ratio);
  }

  /** The share of the month a scheduled job's runs take, at most all of it. */
  static double runShare(double secondsPerMonth, Service s) {
    return Math.min(1, s.sizing().schedule() * s.maxDurationSeconds() / secondsPerMonth);
  }

  /** True when {@code s}'s work runs as jobs: a {@code schedule}, or the batch pattern. */
  static boolean isJob(Service s) {
    return s.sizing().scheduled() || s.traffic().pattern() == TrafficPattern.BATCH;
  }

  /** At least two copies, for availability; one per core above that. */
  static int of(double cores) {
    return (int) Math.max(2, Math.ceil(cores - 1e-9));
  }

  /**
   * The copies running for {@code cores} busy cores: {@link #of}, or, when they follow the work to
   * zero ({@code floorless}: jobs, KEDA), one per busy core, none while idle.
   */
  static double at(double cores, boolean floorless) {
    return floorless ? cores : of(cores);
  }

  /**
   * What the levels are, in words: "peak 7.6 cores busy (x20) for 5% of the month (1.2 h a day), 0
   * off-peak", "30 runs x 1,200 s (1.37% of the month) at 2 cores busy, none between", or "7.6
   * cores busy (peak, x20) all month" without autoscaling.
   */
  static String basis(Load l, Service s) {
    if (l.runs() > 0) {
      return Format.number(l.runs())
          + " runs x "
          + Format.number(s.maxDurationSeconds())
          + " s ("
          + Format.percent(l.timeAtPeak())
          + " of the month) at "
          + Format.number(l.peak())
          + " cores busy"
          + (l.timeAtPeak() < 1 ? ", none between runs" : ", capacity kept all month");
    }
    if (l.job() && l.timeAtPeak() < 1 && l.offPeak() == 0) {
      return "a batch job: its work in "
          + Format.percent(l.timeAtPeak())
          + " of the month (its "
          + Format.number(s.traffic().peakHoursPerDay())
          + " h a day window, or its requests'"
          + " durations one after another when shorter) at "
          + Format.number(l.peak())
          + " cores busy, none between runs";
    }
    if (l.timeAtPeak() >= 1) {
      return Format.number(l.peak())
          + " cores busy ("
          + (l.peak() == l.offPeak() && l.peakToAverage() > 1 && l.peak() > 0
              ? "peak, x" + Format.number(l.peakToAverage())
              : "average")
          + ") all month";
    }
    return "peak "
        + Format.number(l.peak())
        + " cores busy (x"
        + Format.number(l.peakToAverage())
        + ") for "
        + Format.percent(l.timeAtPeak())
        + " of the month ("
        + Format.number(l.timeAtPeak() * 24)
        + " h a day), "
        + Format.number(l.offPeak())
        + " off-peak";
  }
}
