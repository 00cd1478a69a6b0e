package dev.placementadvisor.report;

/**
 * One factor's contribution to a service's assessment.
 *
 * @param factor the factor's stable ID
 * @param points what it added to the score (0 for audits and limits)
 * @param detail one line on why, with the inputs it looked at
 */
public record Reason(String factor, int points, String detail) {}
