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
