package dev.placementadvisor.input;

/**
 * Signals invalid user input: a bad file, value or argument. Its message is one line, prefixed by
 * the location where there is one, and maps to exit code 2.
 */
public class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Location location;
  private final String problem;
  private final String origin;

  public InputException(Location location, String problem) {
    this(location, problem, null, null);
  }

  public InputException(String problem) {
    this(null, problem);
  }

  public InputException(Location location, String problem, Throwable cause) {
    this(location, problem, null, cause);
  }

  private InputException(Location location, String problem, String origin, Throwable cause) {
    super(
        (location == null ? "" : location + ": ")
            + problem
            + (origin == null ? "" : " (imported from " + origin + ")"));
    this.location = location;
    this.problem = problem;
    this.origin = origin;
    if (cause != null) {
      initCause(cause);
    }
  }

  /**
   * The same problem, said to come from {@code origin}: the deployment file and line {@code advisor
   * import} read the value from ({@code FILE:LINE}), which the message names after the problem.
   */
  public InputException from(String origin) {
    return new InputException(location, problem, origin, this);
  }

  /** Where the problem is, or null when it has no place in a file. */
  public Location location() {
    return location;
  }

  /** The problem without its location or origin. */
  public String problem() {
    return problem;
  }

  /** Where the value came from before the file ({@link #from}), or null. */
  public String origin() {
    return origin;
  }

  /** The problem and, when known, its origin: the message without its location. */
  public String detail() {
    return origin == null ? problem : problem + " (imported from " + origin + ")";
  }
}
