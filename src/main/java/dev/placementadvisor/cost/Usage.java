package dev.placementadvisor.cost;

/**
 * Account-level usage summed over a set of services, the base for sharing account-level charges
 * (free tiers, tiered prices, base fees, the cluster) in proportion to usage.
 */
record Usage(
    int services,
    double requests,
    double gbSecondsX86,
    double gbSecondsArm,
    double restRequests,
    double httpRequests,
    int natServices,
    double natRequests,
    double cpuMs,
    double nodeDemand,
    double weight) {

  static final Usage NONE = new Usage(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  /** The part of this usage a hybrid's request layer puts on the front platform: requests only. */
  Usage requestLayer() {
    return new Usage(services, requests, 0, 0, restRequests, httpRequests, 0, 0, 0, 0, 0);
  }

  Usage plus(Usage o) {
    return new Usage(
        services + o.services,
        requests + o.requests,
        gbSecondsX86 + o.gbSecondsX86,
        gbSecondsArm + o.gbSecondsArm,
        restRequests + o.restRequests,
        httpRequests + o.httpRequests,
        natServices + o.natServices,
        natRequests + o.natRequests,
        cpuMs + o.cpuMs,
        nodeDemand + o.nodeDemand,
        weight + o.weight);
  }

  /**
   * A running total: adding usages one by one gives the same doubles as chaining {@link #plus}
   * from {@link #NONE}, without a record per step.
   */
  static final class Sum {
    private int services;
    private double requests;
    private double gbSecondsX86;
    private double gbSecondsArm;
    private double restRequests;
    private double httpRequests;
    private int natServices;
    private double natRequests;
    private double cpuMs;
    private double nodeDemand;
    private double weight;

    /** As {@code plus(o)}. */
    void add(Usage o) {
      services = services + o.services;
      requests = requests + o.requests;
      gbSecondsX86 = gbSecondsX86 + o.gbSecondsX86;
      gbSecondsArm = gbSecondsArm + o.gbSecondsArm;
      restRequests = restRequests + o.restRequests;
      httpRequests = httpRequests + o.httpRequests;
      natServices = natServices + o.natServices;
      natRequests = natRequests + o.natRequests;
      cpuMs = cpuMs + o.cpuMs;
      nodeDemand = nodeDemand + o.nodeDemand;
      weight = weight + o.weight;
    }

    /** As {@link #add} for {@code usages[from]} to {@code usages[to - 1]}, in order. */
    void addAll(Usage[] usages, int from, int to) {
      for (int i = from; i < to; i++) {
        add(usages[i]);
      }
    }

    /** As {@code plus(o.requestLayer())}, zeros added as they were. */
    void addRequestLayer(Usage o) {
      services = services + o.services;
      requests = requests + o.requests;
      gbSecondsX86 = gbSecondsX86 + 0.0;
      gbSecondsArm = gbSecondsArm + 0.0;
      restRequests = restRequests + o.restRequests;
      httpRequests = httpRequests + o.httpRequests;
      natServices = natServices + 0;
      natRequests = natRequests + 0.0;
      cpuMs = cpuMs + 0.0;
      nodeDemand = nodeDemand + 0.0;
      weight = weight + 0.0;
    }

    Usage usage() {
      return new Usage(
          services,
          requests,
          gbSecondsX86,
          gbSecondsArm,
          restRequests,
          httpRequests,
          natServices,
          natRequests,
          cpuMs,
          nodeDemand,
          weight);
    }
  }

  Usage minus(Usage o) {
    return new Usage(
        services - o.services,
        requests - o.requests,
        gbSecondsX86 - o.gbSecondsX86,
        gbSecondsArm - o.gbSecondsArm,
        restRequests - o.restRequests,
        httpRequests - o.httpRequests,
        natServices - o.natServices,
        natRequests - o.natRequests,
        cpuMs - o.cpuMs,
        nodeDemand - o.nodeDemand,
        weight - o.weight);
  }
}
