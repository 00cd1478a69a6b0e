package dev.placementadvisor.cost;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.inventory.Architecture;
import dev.placementadvisor.inventory.KubernetesSettings;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.pricing.PriceCatalog;

/**
 * AWS Fargate ({@link Platforms#AWS_FARGATE}): the service as an Amazon ECS service whose tasks run
 * all month, sized as EKS sizes replicas ({@link Replicas}) on the vCPU the load needs at the
 * organization's target utilisation, each task the smallest Fargate size that holds its share of
 * that CPU and the service's memory; the account's load balancer shared by the tasks' cost, its
 * capacity units, and CloudWatch Logs ingestion. See docs/cost-model.md, "Serverless (AWS
 * Fargate)".
 */
final class AwsFargate extends Platform {
  /**
   * Fargate's task sizes, smallest first: a vCPU count and the memory it allows, from a least to a
   * most GB in steps of GB (the ECS developer guide's table of valid combinations).
   */
  private static final double[][] SIZES = {
    // vCPU, least GB, most GB, step GB
    {0.25, 0.5, 0.5, 0.5},
    {0.25, 1, 2, 1},
    {0.5, 1, 4, 1},
    {1, 2, 8, 1},
    {2, 4, 16, 1},
    {4, 8, 30, 1},
    {8, 16, 60, 4},
    {16, 32, 120, 8},
  };

  /** The most memory of any task size, in GB (the catalog's fargate.maxMemoryGb). */
  static final double LARGEST_GB = SIZES[SIZES.length - 1][2];

  /** What rounding may add to an amount that is whole in exact arithmetic. */
  private static final double EPSILON = 1e-9;

  private final KubernetesSettings cluster;
  private final double hours;
  private final double secondsPerMonth;
  private final double vcpuX86;
  private final double gbX86;
  private final double vcpuArm;
  private final double gbArm;
  private final double logs;
  private final double maxMemoryGb;

  /** The least a task is billed for, seconds (one minute). */
  private final double minimumSeconds;

  private final LoadBalancer alb;

  AwsFargate(PriceCatalog c, KubernetesSettings cluster) {
    super(Platforms.AWS_FARGATE, DIMENSIONS, null);
    this.cluster = cluster;
    this.hours = c.hoursPerMonth();
    this.secondsPerMonth = hours * 3600;
    this.vcpuX86 = c.price("fargate.vcpuHour.x86_64").first();
    this.gbX86 = c.price("fargate.gbHour.x86_64").first();
    this.vcpuArm = c.price("fargate.vcpuHour.arm64").first();
    this.gbArm = c.price("fargate.gbHour.arm64").first();
    this.logs = c.price("cloudwatch.logs.ingestion").first();
    this.maxMemoryGb = c.quantity("fargate.maxMemoryGb");
    this.minimumSeconds = c.quantity("fargate.minimumBillingSeconds");
    this.alb = new LoadBalancer(c);
  }

  /** The dimensions of its account usage. */
  static final int WEIGHT = 1;

  private static final int DIMENSIONS = 2;

  /**
   * A GPU, more memory than the largest task, or premises of its own; and in-process state, since
   * Fargate stops every task on a retired platform revision and the service starts another.
   * Persistent connections and long runs fit: a task is a long-running process.
   */
  @Override
  public java.util.List<String> blockedBy(Service s) {
    java.util.List<String> why = new java.util.ArrayList<>();
    if (s.gpu()) {
      why.add("needs a GPU: Fargate tasks have none");
    }
    if (s.memoryMb() / 1024.0 > maxMemoryGb) {
      why.add(
          Format.number(s.memoryMb())
              + " MB exceeds Fargate's largest task, "
              + Format.number(maxMemoryGb)
              + " GB");
    }
    if (s.stateful()) {
      why.add("keeps state in the process: Fargate replaces tasks at will");
    }
    if (s.onPremises()) {
      why.add("must run on premises: Fargate runs only in AWS regions");
    }
    return why;
  }

  /** One task size: its vCPU and memory in GB. */
  record Size(double vcpu, double gb) {}

  /**
   * The smallest task size with at least {@code vcpu} and {@code gb}: the first size that holds
   * both, its memory rounded up to the size's step (the cheapest, since a larger vCPU count never
   * allows less memory or finer steps). Beyond the largest size, the largest vCPU with the memory
   * rounded up in its steps (a service that needs it is blocked, but still priced).
   */
  static Size size(double vcpu, double gb) {
    for (double[] z : SIZES) {
      if (z[0] >= vcpu - EPSILON && gb <= z[2] + EPSILON) {
        return new Size(z[0], stepped(gb, z[1], z[3]));
      }
    }
    double[] last = SIZES[SIZES.length - 1];
    return new Size(last[0], stepped(gb, last[1], last[3]));
  }

  /** {@code gb} rounded up to {@code least} plus a whole number of {@code step}s. */
  private static double stepped(double gb, double least, double step) {
    return gb <= least ? least : least + Math.ceil((gb - least) / step - EPSILON) * step;
  }

  /** What a task costs an hour. */
  private double hourly(Service s, Size z) {
    boolean arm = s.architecture() == Architecture.ARM64;
    return z.vcpu() * (arm ? vcpuArm : vcpuX86) + z.gb() * (arm ? gbArm : gbX86);
  }

  /** The tasks at one level of the load, and their size. */
  record Tasks(double tasks, Size size) {}

  /**
   * The tasks for {@code cores} busy cores: for a service, {@link Replicas#of} the vCPU at the
   * target (two or more); for a job, one per vCPU, at least one while it works and none idle.
   */
  private Tasks tasksAt(Service s, double cores, boolean job) {
    double vcpu = cores / cluster.targetUtilization();
    double tasks =
        job ? (vcpu > 0 ? Math.max(1, Math.ceil(vcpu - EPSILON)) : 0) : Replicas.of(vcpu);
    Size z = size(tasks > 0 ? vcpu / tasks : 0, s.memoryMb() / 1024.0);
    return new Tasks(tasks, z);
  }

  /**
   * The share of the month at the load's peak as Fargate bills it: a scheduled job's runs each
   * billed at least {@code fargate.minimumSeconds} (one minute).
   */
  private double billedTime(Service s, Replicas.Load l) {
    if (l.runs() <= 0 || l.timeAtPeak() >= 1) {
      return l.timeAtPeak();
    }
    double run = Math.max(minimumSeconds, s.maxDurationSeconds());
    return Math.min(1, l.runs() * run / secondsPerMonth);
  }

  /** The tasks' mean vCPU and GB over the month: each level's tasks for its time. */
  private double[] mean(Service s, Replicas.Load l, Tasks peak, Tasks off) {
    double t = billedTime(s, l);
    return new double[] {
      t * peak.tasks() * peak.size().vcpu() + (1 - t) * off.tasks() * off.size().vcpu(),
      t * peak.tasks() * peak.size().gb() + (1 - t) * off.tasks() * off.size().gb()
    };
  }

  @Override
  public void usage(Service s, double requests, double[] u, int o) {
    Replicas.Load l = Replicas.load(cluster, secondsPerMonth, s, requests);
    double[] m = mean(s, l, tasksAt(s, l.peak(), l.job()), tasksAt(s, l.offPeak(), l.job()));
    boolean arm = s.architecture() == Architecture.ARM64;
    u[o + Usage.SERVICES] = 1;
    u[o + WEIGHT] = l.job() ? 0 : m[0] * (arm ? vcpuArm : vcpuX86) + m[1] * (arm ? gbArm : gbX86);
  }

  @Override
  public void price(Service s, double requests, double[] others, Bill bill) {
    boolean explain = bill.explaining();
    boolean arm = s.architecture() == Architecture.ARM64;
    Replicas.Load l = Replicas.load(cluster, secondsPerMonth, s, requests);
    Tasks peak = tasksAt(s, l.peak(), l.job());
    Tasks off = tasksAt(s, l.offPeak(), l.job());
    double[] m = mean(s, l, peak, off);
    double vcpuRate = arm ? vcpuArm : vcpuX86;
    double gbRate = arm ? gbArm : gbX86;
    bill.add(
        arm ? "Fargate vCPU (arm64)" : "Fargate vCPU (x86_64)",
        arm ? "fargate.vcpuHour.arm64" : "fargate.vcpuHour.x86_64",
        explain
            ? tasksText(s, l, peak, off)
                + " = "
                + Format.number(m[0])
                + " vCPU on average x $"
                + Format.price(vcpuRate)
                + " per vCPU-hour x "
                + Format.number(hours)
                + " h"
            : null,
        m[0] * vcpuRate * hours);
    bill.add(
        arm ? "Fargate memory (arm64)" : "Fargate memory (x86_64)",
        arm ? "fargate.gbHour.arm64" : "fargate.gbHour.x86_64",
        explain
            ? Format.number(m[1])
                + " GB on average x $"
                + Format.price(gbRate)
                + " per GB-hour x "
                + Format.number(hours)
                + " h"
            : null,
        m[1] * gbRate * hours);
    if (!l.job()) {
      double weight = m[0] * vcpuRate + m[1] * gbRate;
      alb.add(
          requests,
          LoadBalancer.share(weight, others[WEIGHT], others[Usage.SERVICES]),
          others[Usage.SERVICES] > 0,
          bill);
    }
    if (s.logsGbPerMonth() > 0) {
      bill.add(
          "CloudWatch Logs ingestion",
          "cloudwatch.logs.ingestion",
          explain
              ? Format.number(s.logsGbPerMonth()) + " GB x $" + Format.price(logs) + " per GB"
              : null,
          s.logsGbPerMonth() * logs);
    }
  }

  /**
   * "2 tasks of 0.25 vCPU, 0.5 GB at peak ... for 5% of the month, 2 tasks ... otherwise", with the
   * load's levels and how the tasks were counted.
   */
  private String tasksText(Service s, Replicas.Load l, Tasks peak, Tasks off) {
    String how =
        l.job()
            ? " (a job: one task per vCPU at "
                + Format.percent(cluster.targetUtilization())
                + " target utilisation, none while idle"
                + (l.runs() > 0
                    ? ", each run billed at least " + Format.number(minimumSeconds) + " s"
                    : "")
                + ")"
            : " (two for availability, one per vCPU at "
                + Format.percent(cluster.targetUtilization())
                + " target utilisation above)";
    double t = billedTime(s, l);
    return Replicas.basis(l, s)
        + ": "
        + taskText(peak, s)
        + (t >= 1
            ? " all month"
            : " for "
                + Format.percent(t)
                + " of the month, "
                + (off.tasks() > 0 ? taskText(off, s) : "none")
                + " otherwise")
        + how;
  }

  private static String taskText(Tasks t, Service s) {
    return Format.number(t.tasks())
        + " task(s) of "
        + Format.number(t.size().vcpu())
        + " vCPU, "
        + Format.number(t.size().gb())
        + " GB (the smallest Fargate size for "
        + Format.number(s.memoryMb())
        + " MB)";
  }
}
