package dev.placementadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.placementadvisor.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the real command line on every inventory in {@code samples/}, in every output format, and
 * compares the output with golden files under {@code src/test/resources/golden}. Regenerate them
 * with {@code ./mvnw -B test -Dgolden.update=true}, then read the diff before committing.
 */
class GoldenOutputTest {
  private static final Path SAMPLES = Paths.get("samples");
  private static final YAMLMapper YAML = new YAMLMapper();

  /** One command to run on a sample, and how its golden file is named. */
  enum Kind {
    TABLE("table.txt"),
    JSON("json"),
    MARKDOWN("md"),
    EXPLAIN("txt");

    final String extension;

    Kind(String extension) {
      this.extension = extension;
    }

    String[] args(Path sample, String firstService) {
      String file = sample.toString().replace('\\', '/');
      return switch (this) {
        case TABLE -> new String[] {"assess", file};
        case JSON -> new String[] {"assess", file, "--format", "json"};
        case MARKDOWN -> new String[] {"assess", file, "--format", "markdown"};
        case EXPLAIN -> new String[] {"explain", file, firstService};
      };
    }

    String golden(String sampleName, String firstService) {
      return this == EXPLAIN
          ? "explain-" + sampleName + "." + firstService + "." + extension
          : "assess-" + sampleName + "." + extension;
    }
  }

  static List<Path> samples() throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
    }
  }

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (Path sample : samples()) {
      for (Kind kind : Kind.values()) {
        out.add(Arguments.of(sample, kind));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void outputMatchesGoldenFile(Path sample, Kind kind) throws IOException {
    String service = firstService(sample);
    String[] args = kind.args(sample, service);

    CliRun first = CliRun.of(args);
    CliRun second = CliRun.of(args);

    assertThat(first.err()).as("stderr of advisor %s", String.join(" ", args)).isEmpty();
    assertThat(first.exitCode()).as("exit code of advisor %s", String.join(" ", args)).isZero();
    assertThat(first.out()).as("output").isNotBlank();
    assertThat(second.out()).as("a second run gives identical output").isEqualTo(first.out());
    assertThat(second.exitCode()).isZero();
    Golden.assertMatches(kind.golden(name(sample), service), first.out());
  }

  @Test
  void thereAreSamplesToRun() throws IOException {
    assertThat(samples()).isNotEmpty();
  }

  /** Golden files of a sample that no longer exists would silently go stale. */
  @Test
  void everyAssessAndExplainGoldenFileBelongsToASample() throws IOException {
    Set<String> samples = sampleNames();
    Set<String> stale = new TreeSet<>();
    if (Files.isDirectory(Golden.DIR)) {
      try (Stream<Path> files = Files.list(Golden.DIR)) {
        files
            .map(p -> p.getFileName().toString())
            .filter(n -> n.startsWith("assess-") || n.startsWith("explain-"))
            .filter(n -> !samples.contains(sampleOf(n)))
            .forEach(stale::add);
      }
    }
    assertThat(stale).as("golden files whose sample is gone from samples/ (delete them)").isEmpty();
  }

  private static Set<String> sampleNames() throws IOException {
    Set<String> names = new TreeSet<>();
    for (Path sample : samples()) {
      names.add(name(sample));
    }
    return names;
  }

  private static String sampleOf(String goldenName) {
    String rest = goldenName.substring(goldenName.indexOf('-') + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  private static String name(Path sample) {
    String file = sample.getFileName().toString();
    return file.substring(0, file.length() - ".yaml".length());
  }

  private static String firstService(Path sample) throws IOException {
    JsonNode root = YAML.readTree(sample.toFile());
    String name = root.path("services").path(0).path("name").asText("");
    assertThat(name).as("first service of %s", sample).isNotEmpty();
    return name;
  }
}
