package dev.placementadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.placementadvisor.inventory.Inventory;
import dev.placementadvisor.inventory.InventoryLoader;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.testing.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code validate} accepts every sample; {@code explain} with an unknown service is bad usage. */
class ValidateAndExplainCliTest {
  static List<Path> samples() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("samples"))) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @Test
  void thereAreSamplesToValidate() throws IOException {
    assertThat(samples()).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void validatePrintsValidForEverySample(Path sample) {
    int services = InventoryLoader.load(sample).services().size();

    CliRunner.Result r = CliRunner.run("validate", sample.toString());

    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out().lines())
        .containsExactly(
            sample + ": valid (" + services + (services == 1 ? " service)" : " services)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void explainAnUnknownServiceListsTheKnownOnes(Path sample) {
    Inventory inventory = InventoryLoader.load(sample);
    List<String> names = inventory.services().stream().map(Service::name).toList();

    CliRunner.Result r = CliRunner.run("explain", sample.toString(), "nosuch");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).hasSize(1);
    String line = r.err().strip();
    assertThat(line).startsWith(sample + ": no service named 'nosuch'");
    assertThat(line).doesNotContain("Exception");
    names.stream().limit(20).forEach(n -> assertThat(line).contains(n));
  }

  @Test
  void explainAKnownServiceSucceeds() throws IOException {
    Path sample = samples().get(0);
    String first = InventoryLoader.load(sample).services().get(0).name();

    CliRunner.Result r = CliRunner.run("explain", sample.toString(), first);

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains(first);
  }
}
