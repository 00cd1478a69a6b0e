package dev.placementadvisor.result;

/**
 * Marks a list that cannot change already and keeps its items compactly or computes them when read
 * (a bill's line items, a large report's quotes priced on read): the records here that hold a list
 * keep such a one as it is rather than copying it out.
 */
public interface Unmodifiable {}
