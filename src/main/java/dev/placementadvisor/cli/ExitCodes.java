package dev.placementadvisor.cli;

/** The process exit codes, a public contract (see docs/exit-codes.md). */
public final class ExitCodes {
  /** Success, and every gate passed. */
  public static final int OK = 0;

  /** A gate failed: cost regression, budget exceeded, policy. */
  public static final int GATE_FAILED = 1;

  /** Bad usage or invalid input. */
  public static final int USAGE = 2;

  /** An internal error: a bug. */
  public static final int INTERNAL = 3;

  private ExitCodes() {}
}
