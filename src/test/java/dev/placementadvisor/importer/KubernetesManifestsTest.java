package dev.placementadvisor.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.placementadvisor.input.InputException;
import dev.placementadvisor.testing.CliRunner;
import dev.placementadvisor.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each Kubernetes kind import maps, read from one multi-document file as helm writes it. */
class KubernetesManifestsTest {
  private static final Path FILE = ImportGoldenTest.DIR.resolve("every-kind-manifests.yaml");
  private static final KubernetesManifests FORMAT = new KubernetesManifests();
  private static DeploymentFormat.Reading reading;
  private static Map<String, Draft> drafts;

  @BeforeAll
  static void read() throws IOException {
    reading = FORMAT.reading(FILE, Files.readString(FILE));
    drafts = new LinkedHashMap<>();
    reading.drafts().forEach(d -> drafts.put(d.name(), d));
  }

  @Test
  void everyWorkloadIsAServiceInFileOrder() {
    assertThat(drafts.keySet())
        .containsExactly(
            "api",
            "postgres",
            "uploads",
            "log-shipper",
            "nightly-report",
            "migrate",
            "inference",
            "thumbnails",
            "from-a-list");
    assertThat(drafts.get("api").source().toString()).isEqualTo(FILE + ":4:1");
    assertThat(reading.ignored()).containsExactly(entry("ConfigMap", 1));
  }

  @Test
  void memoryIsSummedOverContainersRequestsFirstThenLimits() {
    // 256Mi requested, and 0.125Gi (128 MB) limited where nothing is requested.
    assertThat(drafts.get("api").fields()).containsEntry("memoryMb", 384L);
    // 500M is 476.8 MiB, rounded up.
    assertThat(drafts.get("uploads").fields()).containsEntry("memoryMb", 477L);
    assertThat(drafts.get("api").notes())
        .contains(
            "CPU requests (limits where none): 0.35 CPU a pod (the inventory has no CPU field)");
    assertThat(drafts.get("from-a-list").fields()).doesNotContainKey("memoryMb");
  }

  @Test
  void anArm64NodeSelectorSetsTheArchitecture() {
    assertThat(drafts.get("api").fields()).containsEntry("architecture", "arm64");
    assertThat(drafts.get("uploads").fields()).doesNotContainKey("architecture");
  }

  @Test
  void statefulSetsAndClaimedVolumesAreStateful() {
    assertThat(drafts.get("postgres").fields()).containsEntry("stateful", true);
    assertThat(drafts.get("uploads").fields()).containsEntry("stateful", true);
    assertThat(drafts.get("uploads").notes())
        .contains("the PersistentVolumeClaim uploads-files holds 20Gi");
    assertThat(drafts.get("api").fields()).doesNotContainKey("stateful");
  }

  @Test
  void nvidiaGpusAreCountedPerReplica() {
    assertThat(drafts.get("inference").fields())
        .containsEntry("gpu", true)
        .containsEntry("gpusPerReplica", 2L)
        .containsEntry("memoryMb", 16_384L);
  }

  @Test
  void aCronJobRunsAsOftenAsItsScheduleSays() {
    Map<String, Object> f = drafts.get("nightly-report").fields();
    // Once a day: 365.2425 days / 12 months.
    assertThat(f).containsEntry("schedule", 30.4369).containsEntry("maxDurationSeconds", 1800L);
    assertThat(drafts.get("migrate").fields()).containsEntry("maxDurationSeconds", 600L);
  }

  @Test
  void scalersServicesAndIngressesAddNotesToTheirWorkload() {
    assertThat(drafts.get("api").notes())
        .contains(
            "Deployment, 3 replicas",
            "exposed by the Service api (ClusterIP)",
            "reached from outside the cluster through the Ingress public",
            "HorizontalPodAutoscaler api: 2 to 12 replicas");
    assertThat(drafts.get("inference").notes())
        .contains(
            "KEDA ScaledObject inference-scaler: 0 to 4 replicas on prometheus",
            "scales to zero when idle: no pod runs between requests");
  }

  @Test
  void aKnativeServiceScalesToZeroAndItsTimeoutIsTheLongestExecution() {
    Draft d = drafts.get("thumbnails");
    assertThat(d.fields())
        .containsEntry("memoryMb", 384L)
        .containsEntry("maxDurationSeconds", 120L);
    assertThat(d.notes()).contains("Knative Service, 0 to 10 replicas");
    assertThat(d.notes()).anyMatch(n -> n.startsWith("scales to zero"));
  }

  @Test
  void theInventoryWrittenMatchesItsGoldenFile() {
    CliRunner.Result r = CliRunner.run("import", FILE.toString());

    assertThat(r.code()).as(r.err()).isZero();
    Golden.assertMatches(
        ImportGoldenTest.DIR.resolve("every-kind-imported.yaml"), r.out(), Golden.updating());
    assertThat(r.err()).contains("not imported: ConfigMap 1");
    Path golden = ImportGoldenTest.DIR.resolve("every-kind-imported.yaml");
    CliRunner.Result assess = CliRunner.run("assess", golden.toString());
    assertThat(assess.code()).as(assess.err()).isZero();
  }

  @Test
  void onlyRenderedManifestsAreAccepted() {
    Path p = Path.of("deployment.yaml");
    assertThat(FORMAT.accepts(p, "apiVersion: v1\nkind: Service\n")).isTrue();
    assertThat(FORMAT.accepts(p, "apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .x }}\n"))
        .isFalse();
    assertThat(FORMAT.accepts(p, "version: 1\nservices: []\n")).isFalse();
    assertThat(FORMAT.accepts(Path.of("notes.txt"), "apiVersion: v1\nkind: Service\n")).isFalse();
  }

  @Test
  void aMemoryThatIsNotAQuantityIsRefusedWhereItStands() {
    String text =
        "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec:\n"
            + "  template:\n    spec:\n      containers:\n        - resources:\n"
            + "            requests:\n              memory: ${MEMORY}\n";

    assertThatThrownBy(() -> FORMAT.read(Path.of("d.yaml"), text))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "d.yaml:10:23: 'memory' must be a Kubernetes quantity such as 512Mi, 1Gi or"
                + " 500m, got '${MEMORY}' (an unresolved variable: substitute it, or render the"
                + " template, first)");
  }

  @Test
  void aMemoryThatIsAListIsRefusedNotTakenAsNone() {
    Path file = ImportGoldenTest.DIR.resolve("kubernetes-memory-list.yaml");
    String text = ImportTesting.text("kubernetes-memory-list.yaml");

    assertThatThrownBy(() -> FORMAT.read(file, text))
        .isInstanceOf(InputException.class)
        .hasMessage(
            file
                + ":12:23: 'memory' must be a Kubernetes quantity such as 512Mi, 1Gi or 500m,"
                + " got a list");
  }

  @Test
  void theMostGpusAReplicaHoldsIsTheInventorysLimit() {
    String text =
        "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec:\n"
            + "  template:\n    spec:\n      containers:\n        - resources:\n"
            + "            limits: {nvidia.com/gpu: 65}\n";

    assertThatThrownBy(() -> FORMAT.read(Path.of("d.yaml"), text))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("d.yaml:7:7: Deployment 'a' asks for 65 GPUs a pod");
  }

  @Test
  void aPatchWithoutAPodTemplateIsLeftAside() {
    String text =
        "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\n" + "spec: {replicas: 2}\n";

    DeploymentFormat.Reading r = FORMAT.reading(Path.of("patch.yaml"), text);

    assertThat(r.drafts()).isEmpty();
    assertThat(r.ignored()).containsOnlyKeys("Deployment without a pod template (a patch?)");
    assertThat(List.copyOf(r.ignored().values())).containsExactly(1);
  }

  /** A replica count or a label mapping in another shape is refused, not read as missing. */
  @Test
  void aFieldOfTheWrongShapeIsRefusedNotTakenAsMissing() {
    String replicas =
        "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec:\n  replicas: [1]\n"
            + "  template:\n    spec:\n      containers:\n        - image: a\n";
    assertThatThrownBy(() -> FORMAT.read(Path.of("d.yaml"), replicas))
        .isInstanceOf(InputException.class)
        .hasMessage("d.yaml:5:13: 'replicas' must be a single value, got a list");
    String containers =
        "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec:\n"
            + "  template:\n    spec:\n      containers: {image: a}\n";
    assertThatThrownBy(() -> FORMAT.read(Path.of("d.yaml"), containers))
        .isInstanceOf(InputException.class)
        .hasMessage("d.yaml:7:19: 'containers' must be a list, got a mapping");
  }

  /** A CPU quantity beyond any machine is refused, not written into a note digit by digit. */
  @Test
  void aCpuBeyondAnyMachineIsRefused() {
    String text =
        "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec:\n"
            + "  template:\n    spec:\n      containers:\n        - resources:\n"
            + "            requests: {cpu: 1e999}\n";

    assertThatThrownBy(() -> FORMAT.read(Path.of("d.yaml"), text))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(
            "d.yaml:9:29: 'cpu' must be a Kubernetes CPU quantity such as 500m or 2, at most"
                + " 100000");
  }
}
