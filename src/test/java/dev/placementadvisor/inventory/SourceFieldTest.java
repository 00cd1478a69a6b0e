package dev.placementadvisor.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.placementadvisor.input.InputException;
import org.junit.jupiter.api.Test;

/** A service's {@code source}: where advisor import read it; informational, checked as text. */
class SourceFieldTest {
  private static String inventory(String source, String more) {
    return "version: 1\nservices:\n  - name: api\n    source: "
        + source
        + "\n"
        + "    traffic: {requestsPerMonth: 1M}\n"
        + more;
  }

  @Test
  void aSourceIsAccepted() {
    assertThat(InventoryLoader.parse(inventory("k8s/deploy.yaml:12", ""), "inv.yaml").services())
        .hasSize(1);
  }

  @Test
  void aSourceIsOneLineOfVisibleTextOfBoundedLength() {
    assertThatThrownBy(() -> InventoryLoader.parse(inventory("\"a\\u202eb:1\"", ""), "inv.yaml"))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "inv.yaml:4:13: 'source' must be one line of visible text: it holds the"
                + " invisible formatting character U+202E");
    assertThatThrownBy(() -> InventoryLoader.parse(inventory("x".repeat(1001), ""), "inv.yaml"))
        .hasMessage("inv.yaml:4:13: 'source' is 1001 characters long; at most 1000");
    assertThatThrownBy(() -> InventoryLoader.parse(inventory("[a]", ""), "inv.yaml"))
        .hasMessageStartingWith("inv.yaml:4:13: ");
  }

  @Test
  void anErrorAboutAnImportedServicePointsAtTheInventoryAndNamesItsDeploymentFile() {
    assertThatThrownBy(
            () ->
                InventoryLoader.parse(
                    inventory("k8s/deploy.yaml:12", "    memoryMb: 0\n"), "inv.yaml"))
        .hasMessageStartingWith("inv.yaml:6:15: 'memoryMb' must be from 1")
        .hasMessageEndingWith(" (imported from k8s/deploy.yaml:12)");
    // A source that is not valid is the error itself, and named by no other.
    assertThatThrownBy(
            () ->
                InventoryLoader.parse(inventory("x".repeat(1001), "    memoryMb: 0\n"), "inv.yaml"))
        .hasMessage("inv.yaml:4:13: 'source' is 1001 characters long; at most 1000");
    // An error in a service that names no source is as it was.
    assertThatThrownBy(
            () ->
                InventoryLoader.parse(
                    "version: 1\nservices:\n  - name: api\n    traffic: {requestsPerMonth: 1M}\n"
                        + "    memoryMb: 0\n",
                    "inv.yaml"))
        .hasMessageNotContaining("imported from");
  }
}
