package dev.placementadvisor.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.placementadvisor.inventory.Inventory;
import dev.placementadvisor.inventory.InventoryLoader;
import dev.placementadvisor.testing.CliRunner;
import dev.placementadvisor.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing again over an inventory a person has edited: what the deployment files say is updated,
 * everything else kept, the changes listed, a service no longer found kept and named.
 */
class ReimportTest {
  private static final Path EDITED = ImportGoldenTest.DIR.resolve("voting-app-edited.yaml");
  private static final Path CHANGED = ImportGoldenTest.DIR.resolve("docker-stack-changed.yml");

  @TempDir Path tmp;

  private Path edited() throws IOException {
    return Files.copy(EDITED, tmp.resolve("inventory.yaml"));
  }

  @Test
  void theFilesUpdateTheirFieldsAndThePersonsEditsStay() throws IOException {
    Path inventory = edited();

    CliRunner.Result r = CliRunner.run("import", CHANGED.toString(), "-o", inventory.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    String text = Files.readString(inventory);
    Golden.assertMatches(
        ImportGoldenTest.DIR.resolve("voting-app-reimported.yaml"), text, Golden.updating());
    assertThat(r.err())
        .contains("    vote: memoryMb 128 → 256\n")
        .contains("    worker: architecture (not set) → arm64\n")
        .contains("    poller: added\n")
        .contains("    kept, though no deployment file defines them any more: result\n");
    Inventory inv = InventoryLoader.parse(text, "inventory.yaml");
    assertThat(inv.organization().name()).isEqualTo("Voting Co");
    assertThat(inv.profiles().get("imported-default").requestsPerMonth()).isEqualTo(3e6);
    assertThat(text)
        .contains("# Added by hand after the import: the team, and its regime.\n")
        .contains("    requestsPerMonth: 3M     # measured in the load balancer logs, May\n")
        .contains("    traffic: {pattern: steady, requestsPerMonth: 5M}\n")
        .contains("    compliance: [pci-dss]\n    coldStartSensitive: true\n")
        .contains(
            "  # not found by the last advisor import: remove it if it is gone\n"
                + "  - name: result\n")
        .endsWith("pricing:\n  freeTier: true\n");
    assertThat(CliRunner.run("assess", inventory.toString()).code()).isZero();
  }

  @Test
  void importingTheSameFilesAgainChangesNothing() throws IOException {
    Path inventory = edited();
    assertThat(CliRunner.run("import", CHANGED.toString(), "-o", inventory.toString()).code())
        .isZero();
    String once = Files.readString(inventory);

    CliRunner.Result again =
        CliRunner.run("import", CHANGED.toString(), "-o", inventory.toString());

    assertThat(again.code()).as(again.err()).isZero();
    assertThat(Files.readString(inventory)).isEqualTo(once);
    assertThat(again.err()).doesNotContain("→").doesNotContain("added");
  }

  @Test
  void measuredTrafficReplacesThePlaceholderOfAServiceFoundAgain() throws IOException {
    Path inventory = edited();
    Path csv =
        Files.writeString(
            tmp.resolve("t.csv"), "service,requests,peak_rps\nvote,9M,\n".replace("9M", "9000000"));

    CliRunner.Result r =
        CliRunner.run(
            "import", CHANGED.toString(), "-o", inventory.toString(), "--traffic", csv.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err())
        .contains(
            "    vote: traffic imported-default → {pattern: steady, requestsPerMonth: 9000000}\n");
    assertThat(Files.readString(inventory))
        .contains("    traffic: {pattern: steady, requestsPerMonth: 9000000}\n");
  }

  @Test
  void aFileThatIsNotAnInventoryIsNeverOverwritten() throws IOException {
    Path manifest = Files.writeString(tmp.resolve("other.yaml"), "apiVersion: v1\nkind: x\n");

    CliRunner.Result r = CliRunner.run("import", CHANGED.toString(), "-o", manifest.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines().toList()).hasSize(1);
    assertThat(r.err())
        .contains("(in the inventory to update: fix it, or name another file" + " with -o)");
    assertThat(Files.readString(manifest)).isEqualTo("apiVersion: v1\nkind: x\n");
  }

  @Test
  void anInventoryWrittenInFlowStyleIsUpdatedToo() throws IOException {
    Path inventory =
        Files.writeString(
            tmp.resolve("flow.yaml"),
            "{version: 1, organization: {name: Flow}, services: [{name: vote,"
                + " traffic: {requestsPerMonth: 2M}, memoryMb: 64}]}\n");

    CliRunner.Result r = CliRunner.run("import", CHANGED.toString(), "-o", inventory.toString());

    assertThat(r.code()).as(r.err()).isZero();
    Inventory inv = InventoryLoader.parse(Files.readString(inventory), "flow.yaml");
    assertThat(inv.organization().name()).isEqualTo("Flow");
    assertThat(inv.services()).hasSize(5);
    assertThat(inv.services().get(0).name()).isEqualTo("vote");
    assertThat(inv.services().get(0).memoryMb()).isEqualTo(256);
    assertThat(inv.services().get(0).traffic().requestsPerMonth()).isEqualTo(2e6);
  }

  @Test
  void anInventoryWithoutTheProfileGetsItForItsNewServices() throws IOException {
    Path inventory =
        Files.writeString(
            tmp.resolve("own.yaml"),
            "version: 1\nprofiles:\n  web: {requestsPerMonth: 1M}\nservices:\n"
                + "  - name: vote\n    traffic: web\n");

    CliRunner.Result r = CliRunner.run("import", CHANGED.toString(), "-o", inventory.toString());

    assertThat(r.code()).as(r.err()).isZero();
    Inventory inv = InventoryLoader.parse(Files.readString(inventory), "own.yaml");
    assertThat(inv.profiles()).containsOnlyKeys("imported-default", "web");
    assertThat(inv.services()).hasSize(5);
    assertThat(r.err()).contains("4 services need traffic");
  }
}
