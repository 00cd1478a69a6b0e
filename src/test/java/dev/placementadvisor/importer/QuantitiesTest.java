package dev.placementadvisor.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.Location;
import dev.placementadvisor.input.YamlNode.ScalarKind;
import dev.placementadvisor.input.YamlNode.ScalarNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Memory sizes and CPU counts of deployment files, in the inventory's units. */
class QuantitiesTest {
  private static ScalarNode scalar(String text) {
    return new ScalarNode(new Location("f.yaml", 3, 7), text, ScalarKind.STRING);
  }

  @ParameterizedTest(name = "{0} is {1} MB")
  @CsvSource({
    "128Mi, 128", "1Gi, 1024", "0.5Gi, 512", "512Ki, 1", "500M, 477", "1G, 954",
    "134217728, 128", "1e9, 954", "129e6, 124", "1Ti, 1048576", "0, 0", "+64Mi, 64"
  })
  void kubernetesMemoryIsInWholeMebibytesRoundedUp(String quantity, long mb) {
    assertThat(Quantities.kubernetesMemoryMb(scalar(quantity))).isEqualTo(mb);
  }

  @ParameterizedTest(name = "{0} is {1} CPU")
  @CsvSource({"250m, 0.25", "1, 1", "0.5, 0.5", "1500m, 1.5"})
  void kubernetesCpuIsInCores(String quantity, double cores) {
    assertThat(Quantities.kubernetes(scalar(quantity), "cpu").doubleValue()).isEqualTo(cores);
  }

  @ParameterizedTest(name = "{0} is {1} MB")
  @CsvSource({
    "512m, 512",
    "1g, 1024",
    "1.5G, 1536",
    "2GB, 2048",
    "1073741824, 1024",
    "100k, 1",
    "50M, 50"
  })
  void composeMemoryUsesBinaryMultiplesAsDockerDoes(String size, long mb) {
    assertThat(Quantities.composeMemoryMb(scalar(size))).isEqualTo(mb);
  }

  @ParameterizedTest
  @ValueSource(strings = {"lots", "1 Gi", "-1Gi", "1Gb", "0x10", "1e9999", ""})
  void aKubernetesQuantityThatIsNotOneIsRefusedWhereItStands(String bad) {
    assertThatThrownBy(() -> Quantities.kubernetesMemoryMb(scalar(bad)))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("f.yaml:3:7: ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2Ei", "1048577Mi"})
  void moreMemoryThanAnInventoryTakesIsRefused(String big) {
    assertThatThrownBy(() -> Quantities.kubernetesMemoryMb(scalar(big)))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("is more than 1048576 MB, the most an inventory takes");
  }
}
