package dev.placementadvisor.cost;

/**
 * The memory Durable Objects bill an active object for, in GB: Cloudflare's published examples
 * reckon 128 MB as 0.128 GB ("x 128 MB / 1 GB"), and so do the formulas here.
 */
final class DurableObjectsMemory {
  private DurableObjectsMemory() {}

  /** {@code mb} in the GB Cloudflare's duration is billed in. */
  static double gb(double mb) {
    return mb / 1000.0;
  }
}
