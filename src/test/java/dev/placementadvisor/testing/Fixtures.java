package dev.placementadvisor.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the fixture inventories under src/test/resources/fixtures. */
public final class Fixtures {
  /** The fixtures directory, relative to the project root (Maven's working directory). */
  public static final Path DIR = Path.of("src", "test", "resources", "fixtures");

  private Fixtures() {}

  /** The path of a fixture, checked to exist so a typo fails loudly. */
  public static Path path(String name) {
    Path p = DIR.resolve(name);
    if (!Files.isRegularFile(p)) {
      throw new IllegalArgumentException("no fixture " + p);
    }
    return p;
  }
}
