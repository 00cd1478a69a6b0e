package dev.placementadvisor.input;

/**
 * Points at a place in an input file: 1-based line and column.
 *
 * @param opaque true for a place in a file whose content messages never quote (a file other than
 *     the inventory being read: a price catalog, a weights file, a saved report), so a path that
 *     leads to a secret cannot print the secret; see {@link Text#quoted}
 */
public record Location(String file, int line, int column, boolean opaque) {

  /** A place in a file whose content may be quoted. */
  public Location(String file, int line, int column) {
    this(file, line, column, false);
  }

  /** A location naming only the file, for errors that have no line. */
  public static Location ofFile(String file) {
    return new Location(file, 0, 0);
  }

  public boolean hasLine() {
    return line > 0;
  }

  @Override
  public String toString() {
    return hasLine() ? file + ":" + line + ":" + column : file;
  }
}
