package dev.placementadvisor.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Locates the fixture inventories under src/test/resources/fixtures, and other test inputs. */
public final class Fixtures {
  /** The fixtures directory, relative to the project root (Maven's working directory). */
  public static final Path DIR = Path.of("src", "test", "resources", "fixtures");

  private Fixtures() {}

  /**
   * Every bundled and test input file, sorted: the samples, the fixtures and the fuzz corpus. For
   * tests that compare two ways of reading the same file.
   */
  public static Stream<Path> everyInput() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path root :
        List.of(
            Path.of("samples"),
            DIR,
            Path.of("src", "test", "resources", "dev", "placementadvisor", "fuzz"))) {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(Files::isRegularFile).sorted().forEach(files::add);
      }
    }
    return files.stream();
  }

  /** The path of a fixture, checked to exist so a typo fails loudly. */
  public static Path path(String name) {
    Path p = DIR.resolve(name);
    if (!Files.isRegularFile(p)) {
      throw new IllegalArgumentException("no fixture " + p);
    }
    return p;
  }
}
