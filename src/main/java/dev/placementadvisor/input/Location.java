package dev.placementadvisor.input;

/** Points at a place in an input file: 1-based line and column. */
public record Location(String file, int line, int column) {

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
