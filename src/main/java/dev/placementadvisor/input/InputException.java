package dev.placementadvisor.input;

/**
 * Signals invalid user input: a bad file, value or argument. Its message is one line, prefixed by
 * the location where there is one, and maps to exit code 2.
 */
public class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Location location;
  private final String problem;

  public InputException(Location location, String problem) {
    super(location == null ? problem : location + ": " + problem);
    this.location = location;
    this.problem = problem;
  }

  public InputException(String problem) {
    this(null, problem);
  }

  public InputException(Location location, String problem, Throwable cause) {
    this(location, problem);
    initCause(cause);
  }

  /** Where the problem is, or null when it has no place in a file. */
  public Location location() {
    return location;
  }

  /** The problem without its location. */
  public String problem() {
    return problem;
  }
}
