package dev.placementadvisor.cost;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.inventory.KubernetesSettings;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.pricing.PriceCatalog;
import dev.placementadvisor.pricing.PriceCatalog.Instance;
import java.util.Comparator;
import java.util.List;

/**
 * How a cluster of node groups is sized and what its nodes cost a service. A service's load is two
 * levels over the month ({@link Replicas.Load}): the replicas and nodes its peak needs for the time
 * at peak, and those of its off-peak rate for the rest (a job's pods only while it runs); its
 * demand is the time-weighted mean of the two, in nodes at the target utilisation. The cluster runs
 * at least its minimum: the services' off-peak nodes, or the minimum when more, plus each service's
 * peak above what the minimum leaves free ({@link #clusterNodes}).
 *
 * <p>A service whose replica does not fit the cluster's node type gets nodes of its own, of the
 * cheapest type of the provider and architecture it fits ({@link #typeFor}); a GPU service gets GPU
 * nodes of its own, as many as its requests per second need at the GPUs' throughput. The node-group
 * clusters ({@link AwsEks}, {@link GcpGkeStandard}, {@link AzureAks}) size their nodes with it and
 * add their own provider's cluster charges. Account usage: {@link #DIMENSIONS} numbers. See
 * docs/cost-model.md, "Kubernetes" and "Peaks, autoscaling and jobs".
 */
final class NodeSizing {
  /** The dimensions of a node-group cluster's account usage. */
  static final int NODE_DEMAND = 1;

  static final int WEIGHT = 2;

  /** The services' off-peak nodes on the cluster's node type. */
  static final int OFF_PEAK = 3;

  /** The services' shares of the month at peak, summed. */
  static final int PEAK_TIME = 4;

  static final int DIMENSIONS = 5;

  private final KubernetesSettings cluster;
  private final boolean scaleToZero;
  private final Instance node;

  /** The provider's other machines of the node's architecture without a GPU, cheapest first. */
  private final List<Instance> larger;

  /** The provider's GPU machines, cheapest first; empty when the catalog has none. */
  private final List<Instance> gpuNodes;

  private final double hours;
  private final double secondsPerMonth;

  /** The nodes' line's name, made once: a formula builds no text unless it explains. */
  private final String nodesItem;

  /**
   * @param node the node type of the cluster
   * @param gpus true when GPU services get GPU machines of the node's provider
   * @param scaleToZero true when the service's replicas follow its work down to none (KEDA): as
   *     many as its busy cores, with no floor of two
   */
  NodeSizing(
      KubernetesSettings cluster,
      Instance node,
      PriceCatalog c,
      boolean gpus,
      boolean scaleToZero) {
    this.scaleToZero = scaleToZero;
    this.cluster = cluster;
    this.node = node;
    this.hours = c.hoursPerMonth();
    this.secondsPerMonth = hours * 3600;
    this.nodesItem = "Nodes (" + node.type() + ")";
    Comparator<Instance> cheapest =
        Comparator.comparingDouble(Instance::hourly).thenComparing(Instance::type);
    this.larger =
        c.instances().values().stream()
            .filter(
                i ->
                    i.gpu() == 0
                        && i.provider().equals(node.provider())
                        && i.architecture().equals(node.architecture()))
            .sorted(cheapest)
            .toList();
    this.gpuNodes =
        !gpus
            ? List.of()
            : c.instances().values().stream()
                .filter(i -> i.gpu() > 0 && i.provider().equals(node.provider()))
                .sorted(cheapest)
                .toList();
  }

  Instance node() {
    return node;
  }

  /** "2 x m5.large minimum": the nodes the cluster keeps however little runs on it. */
  String minimumText() {
    return cluster.minNodes() + " x " + node.type() + " minimum";
  }

  /** True when the catalog has a GPU machine of the cluster's provider. */
  boolean hasGpuNode() {
    return !gpuNodes.isEmpty();
  }

  /**
   * Why {@code s} cannot run on these nodes: it needs a GPU and the catalog has no GPU machine of
   * the provider ({@code noGpu} says so), it must run on premises ({@code onPremises}: the nodes
   * are the provider's machines), or no machine holds its replicas.
   */
  List<String> blockedBy(Service s, String noGpu, String onPremises) {
    List<String> why = new java.util.ArrayList<>();
    boolean noGpuMachine = s.gpu() && !hasGpuNode();
    if (noGpuMachine) {
      why.add(noGpu);
    }
    if (s.onPremises()) {
      why.add(onPremises);
    }
    if (!noGpuMachine) {
      String unschedulable = unschedulable(s);
      if (unschedulable != null) {
        why.add(unschedulable);
      }
    }
    return why;
  }

  /** True when the service gets GPU nodes of its own (it needs a GPU and the catalog has one). */
  boolean gpuSized(Service s) {
    return s.gpu() && !gpuNodes.isEmpty();
  }

  /**
   * True when a replica of {@code s} fits {@code type}: its memory at most the machine's (a replica
   * holds at most one busy core, and every machine has more).
   */
  boolean fits(Service s, Instance type) {
    return s.memoryMb() / 1024.0 <= type.memoryGib() + 1e-9;
  }

  /**
   * The machine {@code s}'s replicas run on: a GPU machine with at least {@code gpusPerReplica}
   * GPUs (the cheapest), the cluster's node type when a replica fits it, else the cheapest of the
   * provider and architecture that it fits and that costs at least the node type (a larger node: so
   * that more memory never costs less); null when none holds it (the service is blocked).
   */
  Instance typeFor(Service s) {
    List<Instance> from = gpuSized(s) ? gpuNodes : fits(s, node) ? List.of(node) : larger;
    for (Instance i : from) {
      if (gpuSized(s)
          ? i.gpu() >= s.sizing().gpusPerReplica()
          : fits(s, i) && i.hourly() >= node.hourly()) {
        return i;
      }
    }
    return null;
  }

  /**
   * Why {@code s}'s replicas fit no machine here, or null: one phrase naming the field and the
   * largest machine.
   */
  String unschedulable(Service s) {
    if (typeFor(s) != null) {
      return null;
    }
    if (gpuSized(s)) {
      Instance most = gpuNodes.stream().max(Comparator.comparingInt(Instance::gpu)).get();
      return "gpusPerReplica "
          + s.sizing().gpusPerReplica()
          + " exceeds the largest GPU node's "
          + most.gpu()
          + " GPU(s) ("
          + most.type()
          + ")";
    }
    Instance most =
        java.util.stream.Stream.concat(larger.stream(), java.util.stream.Stream.of(node))
            .max(Comparator.comparingDouble(Instance::memoryGib))
            .get();
    return "memoryMb "
        + Format.number(s.memoryMb())
        + " does not fit the largest node, "
        + most.type()
        + " ("
        + Format.number(most.memoryGib())
        + " GiB)";
  }

  /**
   * What {@code s} needs at {@code requests} a month: its load, the machine it runs on, and the
   * nodes of that machine at the peak and off-peak. {@code gpu}: GPU nodes of its own, outside the
   * cluster's nodes; otherwise the nodes count in the cluster at {@code equivalent} nodes of the
   * cluster's type each (their price over the node type's: 1 on the cluster's type).
   */
  record Demand(
      Replicas.Load load,
      Instance type,
      boolean gpu,
      double equivalent,
      double peakNodes,
      double offNodes) {
    /** The time-weighted mean of the nodes over the month. */
    double nodes() {
      return load.mean(peakNodes, offNodes);
    }
  }

  Demand demand(Service s, double requests) {
    Replicas.Load load = Replicas.load(cluster, secondsPerMonth, s, requests);
    Instance type = typeFor(s);
    boolean gpu = gpuSized(s);
    if (type == null) {
      // Blocked: priced on the cluster's node type, or the cheapest GPU node.
      type = gpu ? gpuNodes.get(0) : node;
    }
    return new Demand(
        load,
        type,
        gpu,
        gpu || type == node ? 1 : type.hourly() / node.hourly(),
        nodesAt(s, load.peak(), load, type),
        nodesAt(s, load.offPeak(), load, type));
  }

  /** True when {@code s}'s copies follow its work to zero: KEDA, or work run as jobs. */
  private boolean floorless(Replicas.Load load) {
    return scaleToZero || load.job();
  }

  /** The replicas at {@code cores} busy cores. */
  double replicas(Service s, double cores, Replicas.Load load) {
    if (gpuSized(s)) {
      return Replicas.at(gpus(s, cores) / s.sizing().gpusPerReplica(), floorless(load));
    }
    return Replicas.at(cores, floorless(load));
  }

  /**
   * The GPUs busy at {@code cores} busy cores: the requests a second over the GPU throughput
   * ({@code requestsPerGpuSecond}; by default a request holds a GPU for its CPU time, so one GPU a
   * busy core).
   */
  static double gpus(Service s, double cores) {
    double throughput = s.sizing().requestsPerGpuSecond();
    if (throughput <= 0 || s.cpuMsPerRequest() <= 0) {
      return cores;
    }
    return cores / (s.cpuMsPerRequest() / 1000.0) / throughput;
  }

  /** The nodes of {@code type} at {@code cores} busy cores. */
  private double nodesAt(Service s, double cores, Replicas.Load load, Instance type) {
    double replicas = replicas(s, cores, load);
    if (gpuSized(s)) {
      return replicas * s.sizing().gpusPerReplica() / type.gpu();
    }
    if (type != node) {
      // A larger machine than the cluster's: one for each replica that did not fit.
      return replicas;
    }
    double vcpu = cores / cluster.targetUtilization();
    double memory = replicas * s.memoryMb() / 1024.0 / cluster.targetUtilization();
    return Math.max(vcpu / type.vcpu(), memory / type.memoryGib());
  }

  /** Writes the dimensions of {@code s}'s usage at {@code requests} a month. */
  void usage(Service s, double requests, double[] u, int o) {
    Demand d = demand(s, requests);
    u[o + Usage.SERVICES] = 1;
    u[o + NODE_DEMAND] = d.gpu() ? 0 : d.nodes() * d.equivalent();
    u[o + WEIGHT] = d.nodes() * d.type().hourly();
    u[o + OFF_PEAK] = d.gpu() ? 0 : d.offNodes() * d.equivalent();
    u[o + PEAK_TIME] = d.gpu() || !cluster.autoscaling() ? 0 : d.load().timeAtPeak();
  }

  /**
   * The cluster's nodes on average over the month: with autoscaling, the services' off-peak nodes
   * or the minimum when more, plus the peaks above the room the minimum leaves (each service's peak
   * taken while the others are off-peak, so the room counts once a peak):
   *
   * <pre>max(minNodes, off) + max(0, (demand - off) - max(0, minNodes - off) x peakTime)</pre>
   *
   * Without autoscaling, the demand (every level at the peak) or the minimum, in whole nodes.
   */
  double clusterNodes(double demand, double off, double peakTime) {
    if (!cluster.autoscaling()) {
      return Math.ceil(Math.max(cluster.minNodes(), demand) - 1e-9);
    }
    double room = Math.max(0, cluster.minNodes() - off);
    return Math.max(cluster.minNodes(), off)
        + Math.max(0, Math.max(0, demand - off) - room * peakTime);
  }

  /**
   * What a service's nodes line leaves for the cluster's own charges: the nodes it pays for and
   * their type ({@link #addNodes}), and its share of the cluster's fixed charges by cost weight.
   */
  record Priced(double paidNodes, Instance type, boolean gpu, double weightShare) {}

  /**
   * Sizes {@code s} at {@code requests} a month and adds its nodes line: the one sequence every
   * node-group cluster prices its nodes with, before its own charges.
   */
  Priced addNodes(Service s, double requests, double[] others, Bill bill) {
    Demand d = demand(s, requests);
    double weight = d.nodes() * d.type().hourly();
    double paid = d.gpu() ? addGpuNodes(s, d, bill) : addShare(s, d, others, bill);
    return new Priced(paid, d.type(), d.gpu(), weightShare(weight, others));
  }

  /** The line of GPU nodes of its own: its mean nodes all month (whole without autoscaling). */
  private double addGpuNodes(Service s, Demand d, Bill bill) {
    double nodes = cluster.autoscaling() ? d.nodes() : Math.ceil(d.nodes() - 1e-9);
    bill.add(
        "GPU nodes (" + d.type().type() + ")",
        d.type().type(),
        bill.explaining()
            ? sizingText(s, d)
                + "; "
                + Format.number(nodes)
                + " node(s) x $"
                + Format.price(d.type().hourly())
                + " per hour x "
                + Format.number(hours)
                + " h"
            : null,
        nodes * d.type().hourly() * hours);
    return nodes;
  }

  /**
   * The line of its share of the cluster's nodes (at least the minimum; whole nodes without
   * autoscaling) by its demand, with the rest of the account {@code others}. Returns the nodes it
   * pays for (what a charge per node-hour on top, such as EKS Auto Mode's, is billed on).
   */
  private double addShare(Service s, Demand d, double[] others, Bill bill) {
    double mine = d.nodes() * d.equivalent();
    double demand = others[NODE_DEMAND] + mine;
    double off = others[OFF_PEAK] + d.offNodes() * d.equivalent();
    double time = others[PEAK_TIME] + (cluster.autoscaling() ? d.load().timeAtPeak() : 0);
    double clusterNodes = clusterNodes(demand, off, time);
    double allWeight = others[WEIGHT] + mine * node.hourly();
    double myShare =
        demand > 0
            ? mine / demand
            : allWeight > 0 ? mine * node.hourly() / allWeight : 1.0 / (others[Usage.SERVICES] + 1);
    boolean larger = d.type() != node;
    bill.add(
        larger ? "Nodes (" + d.type().type() + ")" : nodesItem,
        d.type().type(),
        bill.explaining()
            ? sizingText(s, d)
                + (larger
                    ? "; a replica does not fit "
                        + node.type()
                        + ", so one "
                        + d.type().type()
                        + " (the cheapest larger type it fits)"
                        + " per replica, counted in the cluster as "
                        + Format.number(d.equivalent())
                        + " "
                        + node.type()
                        + " node(s) each by price"
                    : "")
                + "; cluster "
                + Format.number(clusterNodes)
                + " node(s) (minimum "
                + cluster.minNodes()
                + (time > 0 && clusterNodes > Math.max(cluster.minNodes(), off)
                    ? ", off-peak "
                        + Format.number(Math.max(cluster.minNodes(), off))
                        + " plus the peaks above it"
                    : "")
                + ") x $"
                + Format.price(node.hourly())
                + " per hour x "
                + Format.number(hours)
                + " h"
                + (others[Usage.SERVICES] > 0 ? ", its share " + Format.percent(myShare) : "")
            : null,
        clusterNodes * node.hourly() * hours * myShare);
    return clusterNodes * myShare / d.equivalent();
  }

  /** The service's share of a cluster's fixed charges: by weight, evenly when none has weight. */
  static double weightShare(double weight, double[] others) {
    return LoadBalancer.share(weight, others[WEIGHT], others[Usage.SERVICES]);
  }

  /**
   * "peak 7.6 cores busy (x20) for 5% of the month (...), 0 off-peak: at peak 8 replicas x 512 MB =
   * 5.4 node(s), off-peak 2 replicas = 0.36 node(s), at 70% target utilisation; on average 0.61
   * node(s) of 2 vCPU, 4 GiB".
   */
  String sizingText(Service s, Demand d) {
    Replicas.Load l = d.load();
    boolean gpu = gpuSized(s);
    String unit = gpu ? " GPU replica(s) x " + s.sizing().gpusPerReplica() + " GPU" : " replicas";
    String at = levelText(s, l.peak(), l, unit) + " = " + Format.number(d.peakNodes()) + " node(s)";
    String text =
        Replicas.basis(l, s)
            + ": "
            + (l.timeAtPeak() >= 1
                ? at
                : (runs(l) ? "while it runs " : "at peak ")
                    + at
                    + ", "
                    + (runs(l) ? "between runs " : "off-peak ")
                    + levelText(s, l.offPeak(), l, unit)
                    + " = "
                    + Format.number(d.offNodes())
                    + " node(s); on average "
                    + Format.number(d.nodes())
                    + " node(s)");
    return text
        + (gpu
            ? " of " + d.type().gpu() + " GPU (" + gpuBasis(s) + ")"
            : ", at "
                + Format.percent(cluster.targetUtilization())
                + " target utilisation, of "
                + Format.number(d.type().vcpu())
                + " vCPU, "
                + Format.number(d.type().memoryGib())
                + " GiB");
  }

  /** True when the load is a job's runs with nothing between them. */
  private static boolean runs(Replicas.Load l) {
    return l.job() && l.offPeak() == 0;
  }

  private String levelText(Service s, double cores, Replicas.Load l, String unit) {
    double replicas = replicas(s, cores, l);
    return (floorless(l) ? Format.number(replicas) : Long.toString((long) replicas))
        + unit
        + (gpuSized(s) ? "" : " x " + Format.number(s.memoryMb()) + " MB");
  }

  private static String gpuBasis(Service s) {
    double throughput = s.sizing().requestsPerGpuSecond();
    return throughput > 0
        ? Format.number(throughput) + " requests per GPU-second"
        : "one GPU per busy core: no requestsPerGpuSecond given";
  }
}
