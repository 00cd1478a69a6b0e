package dev.placementadvisor.cost;

/**
 * One line of a monthly cost: what is charged, the arithmetic in words, and the amount in US
 * dollars (unrounded; rounding to cents happens only when printed).
 */
public record CostLine(String item, String formula, double amount) {}
