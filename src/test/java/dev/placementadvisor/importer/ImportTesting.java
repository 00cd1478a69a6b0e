package dev.placementadvisor.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reads test files under {@code src/test/resources/import/} and compares what a format makes of
 * them with golden expectations beside them ({@code NAME.expected}). Run with {@code
 * -Dimport.golden=write} to write the expectations afresh, then review the diff.
 */
final class ImportTesting {
  static final Path ROOT = Path.of("src/test/resources/import");

  private ImportTesting() {}

  /** A test file's text; its name as given to the format is relative to the import folder. */
  static String text(String relative) {
    try {
      return Files.readString(ROOT.resolve(relative), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a test file with a deployment format, checking that the format accepts it. */
  static List<Draft> drafts(DeploymentFormat format, String relative) {
    String text = text(relative);
    assertThat(format.accepts(Path.of(relative), text)).as("accepts " + relative).isTrue();
    return format.read(Path.of(relative), text);
  }

  /** Reads a test file with a traffic format, checking that the format accepts it. */
  static List<Measured> measured(TrafficFormat format, String relative) {
    String text = text(relative);
    assertThat(format.accepts(Path.of(relative), text)).as("accepts " + relative).isTrue();
    return format.read(Path.of(relative), text);
  }

  /** Drafts as text: one block a service, fields in order, then notes. */
  static String render(List<Draft> drafts) {
    StringBuilder b = new StringBuilder();
    for (Draft d : drafts) {
      b.append("- name: ").append(d.name()).append('\n');
      b.append("  source: ").append(d.source()).append('\n');
      for (Map.Entry<String, Object> f : d.fields().entrySet()) {
        Object v = f.getValue();
        b.append("  ")
            .append(f.getKey())
            .append(": ")
            .append(v)
            .append(" (")
            .append(v instanceof List ? "List" : v.getClass().getSimpleName())
            .append(")\n");
      }
      for (String n : d.notes()) {
        b.append("  # ").append(n).append('\n');
      }
    }
    return b.toString();
  }

  /** Measured figures as text: one block a service. */
  static String renderMeasured(List<Measured> measured) {
    StringBuilder b = new StringBuilder();
    for (Measured m : measured) {
      b.append("- service: ").append(m.service()).append('\n');
      b.append("  source: ").append(m.source()).append('\n');
      line(b, "requestsPerMonth", m.requestsPerMonth());
      line(b, "avgDurationMs", m.avgDurationMs());
      line(b, "p95DurationMs", m.p95DurationMs());
      line(b, "maxMemoryMb", m.maxMemoryMb());
      line(b, "peakRps", m.peakRps());
      for (String n : m.notes()) {
        b.append("  # ").append(n).append('\n');
      }
    }
    return b.toString();
  }

  private static void line(StringBuilder b, String key, Double value) {
    if (value != null) {
      b.append("  ")
          .append(key)
          .append(": ")
          .append(String.format(java.util.Locale.ROOT, "%.4f", value))
          .append('\n');
    }
  }

  /** Compares text with the golden file {@code relative} (under the import folder). */
  static void assertGolden(String actual, String relative) {
    Path golden = ROOT.resolve(relative);
    try {
      if ("write".equals(System.getProperty("import.golden"))) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
      }
      assertThat(Files.exists(golden)).as("golden file " + golden + " exists").isTrue();
      assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
