package dev.placementadvisor.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.placementadvisor.input.InputException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Docker Compose services: memory, replicas, volumes as state, GPUs and the platform. */
class ComposeFileTest {
  private static final ComposeFile COMPOSE = new ComposeFile();
  private static final Path FILE = Path.of("compose.yaml");

  private static Draft only(String yaml) {
    List<Draft> drafts = COMPOSE.read(FILE, yaml);
    assertThat(drafts).hasSize(1);
    return drafts.get(0);
  }

  @Test
  void theReservationIsTheMemoryAndTheLimitWhenNoneIsReserved() {
    Draft d =
        only(
            "services:\n  api:\n    image: a\n    deploy:\n      replicas: 3\n"
                + "      resources:\n        limits: {memory: 1g, cpus: '1.5'}\n"
                + "        reservations: {memory: 512M, cpus: '0.5'}\n");

    assertThat(d.name()).isEqualTo("api");
    assertThat(d.source().toString()).isEqualTo("compose.yaml:2:1");
    assertThat(d.fields()).containsEntry("memoryMb", 512L);
    assertThat(d.notes())
        .contains(
            "3 replicas",
            "CPUs reserved (limits where none): 0.5 CPU (the inventory has no CPU field)");
    assertThat(only("services:\n  api:\n    image: a\n    mem_limit: 256m\n").fields())
        .containsEntry("memoryMb", 256L);
  }

  @Test
  void namedVolumesAreStateAndBindMountsAreNot() {
    assertThat(
            only("services:\n  db:\n    image: pg\n    volumes: [\"data:/var/lib/pg\"]\n").fields())
        .containsEntry("stateful", true);
    assertThat(
            only("services:\n  db:\n    image: pg\n    volumes:\n      - type: volume\n"
                    + "        source: data\n        target: /d\n")
                .fields())
        .containsEntry("stateful", true);
    Draft bind =
        only(
            "services:\n  web:\n    image: n\n    volumes: [\"./conf:/etc/n:ro\","
                + " \"data:/cache:ro\"]\n");
    assertThat(bind.fields()).doesNotContainKey("stateful");
    assertThat(bind.notes()).contains("1 bind mount of host paths, not counted as state");
  }

  @Test
  void gpuReservationsAndTheArmPlatformAreMapped() {
    Draft d =
        only(
            "services:\n  ml:\n    image: m\n    platform: linux/arm64/v8\n    deploy:\n"
                + "      resources:\n        reservations:\n          devices:\n"
                + "            - {driver: nvidia, count: 2, capabilities: [gpu]}\n");

    assertThat(d.fields())
        .containsEntry("gpu", true)
        .containsEntry("gpusPerReplica", 2L)
        .containsEntry("architecture", "arm64");
  }

  @Test
  void aVariableIsNotResolvedButReported() {
    Draft d =
        only(
            "services:\n  api:\n    image: a\n    deploy:\n      resources:\n"
                + "        limits: {memory: \"${API_MEMORY:-512m}\"}\n");

    assertThat(d.fields()).doesNotContainKey("memoryMb");
    assertThat(d.notes())
        .contains(
            "memory is ${API_MEMORY:-512m}, a variable import does not"
                + " resolve: set it by hand");
  }

  @Test
  void anAliasIsRefusedOnOneLine() {
    String yaml = "x-base: &base\n  image: a\nservices:\n  api: *base\n";

    assertThatThrownBy(() -> COMPOSE.read(FILE, yaml))
        .isInstanceOf(InputException.class)
        .hasMessage("compose.yaml:4:8: YAML aliases (*base) are not supported");
  }

  @Test
  void itTellsAComposeFileFromAnInventory() {
    assertThat(COMPOSE.accepts(Path.of("docker-compose.prod.yml"), "services:\n  a: {}\n"))
        .isTrue();
    assertThat(COMPOSE.accepts(Path.of("stack.yaml"), "services:\n  a:\n    image: x\n")).isTrue();
    assertThat(
            COMPOSE.accepts(
                Path.of("stack.yaml"), "services:\n  # the web tier\n\n  web:\n    image: x\n"))
        .isTrue();
    assertThat(COMPOSE.accepts(Path.of("values.yaml"), "services:\n  - name: a\n    image: x\n"))
        .isFalse();
    assertThat(
            COMPOSE.accepts(
                Path.of("inventory.yaml"),
                "version: 1\nservices:\n  - name: a\n    traffic: {requestsPerMonth: 1}\n"))
        .isFalse();
  }

  /**
   * A setting in another shape than Compose defines is refused where it stands, not read as
   * missing: a memory in a list would otherwise import the default with no memory given, and a
   * service that is a number would import a service with nothing set.
   */
  @Test
  void aSettingOfTheWrongShapeIsRefusedWhereItStands() {
    assertThatThrownBy(() -> only("services:\n  api:\n    image: a\n    mem_limit: [1g]\n"))
        .isInstanceOf(InputException.class)
        .hasMessage("compose.yaml:4:16: 'mem_limit' must be a single value, got a list");
    assertThatThrownBy(
            () -> only("services:\n  api:\n    image: a\n    deploy:\n      replicas: [1]\n"))
        .isInstanceOf(InputException.class)
        .hasMessage("compose.yaml:5:17: 'replicas' must be a single value, got a list");
    assertThatThrownBy(() -> only("services:\n  api:\n    image: a\n    deploy: [1]\n"))
        .isInstanceOf(InputException.class)
        .hasMessage("compose.yaml:4:13: 'deploy' must be a mapping, got a list");
    assertThatThrownBy(() -> only("services:\n  api: 1\n  web:\n    image: a\n"))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "compose.yaml:2:8: a Compose service must be a mapping of its settings (image,"
                + " deploy, volumes...), got the number 1");
  }

  /** A second document is refused in words that fit a Compose file, not an inventory. */
  @Test
  void aSecondDocumentIsRefusedAtItsStart() {
    assertThatThrownBy(
            () -> only("services:\n  api:\n    image: a\n---\nservices:\n  web:\n    image: b\n"))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "compose.yaml:5:1: more than one YAML document: this file takes everything in a"
                + " single document");
  }
}
