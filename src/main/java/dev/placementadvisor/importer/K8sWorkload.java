package dev.placementadvisor.importer;

import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.input.Values;
import dev.placementadvisor.input.YamlNode;
import dev.placementadvisor.input.YamlNode.MapNode;
import dev.placementadvisor.input.YamlNode.ScalarNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One Kubernetes workload (Deployment, StatefulSet, DaemonSet, Job, CronJob, Knative Service) being
 * made into a {@link Draft}: its pod's resources, volumes, node selector and schedule, and the
 * notes the objects pointing at it add.
 */
final class K8sWorkload {
  private static final String[] ARCH_LABELS = {"kubernetes.io/arch", "beta.kubernetes.io/arch"};
  private static final String[] GPU_RESOURCES = {"nvidia.com/gpu", "amd.com/gpu"};

  final String kind;
  final String name;
  final YamlNode object;

  /** The pod template's labels, which a Service selects. */
  final Map<String, String> labels;

  /** The PersistentVolumeClaims its pods mount. */
  final Set<String> claims = new LinkedHashSet<>();

  private final Map<String, Object> fields = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();

  private K8sWorkload(String kind, String name, YamlNode object, Map<String, String> labels) {
    this.kind = kind;
    this.name = name;
    this.object = object;
    this.labels = labels;
  }

  /** The workload of {@code object}, or null when it has no pod template (a patch). */
  static K8sWorkload of(YamlNode object, String kind) {
    YamlNode template =
        kind.equals("CronJob")
            ? Tree.at(object, "spec", "jobTemplate", "spec", "template")
            : Tree.at(object, "spec", "template");
    MapNode pod = Tree.map(template, "spec");
    if (pod == null) {
      return null;
    }
    K8sWorkload w =
        new K8sWorkload(
            kind,
            KubernetesManifests.name(object, kind),
            object,
            KubernetesManifests.strings(Tree.map(template, "metadata", "labels")));
    w.describe(template);
    w.resources(pod);
    w.volumes(pod);
    w.duration(pod);
    w.architecture(pod);
    w.schedule();
    return w;
  }

  /** Adds a note. */
  void note(String note) {
    notes.add(note);
  }

  Draft draft() {
    Map<String, Object> ordered = new LinkedHashMap<>();
    for (String key :
        List.of(
            "memoryMb",
            "stateful",
            "gpu",
            "maxDurationSeconds",
            "architecture",
            "schedule",
            "gpusPerReplica")) {
      if (fields.containsKey(key)) {
        ordered.put(key, fields.get(key));
      }
    }
    return new Draft(name, KubernetesManifests.source(object), ordered, notes);
  }

  /** The kind, and how many replicas run. */
  private void describe(YamlNode template) {
    ScalarNode replicas = Tree.scalar(object, "spec", "replicas");
    long n = replicas == null ? 1 : KubernetesManifests.whole(replicas, "replicas");
    switch (kind) {
      case "Deployment", "StatefulSet" ->
          note(kind + ", " + n + (n == 1 ? " replica" : " replicas"));
      case "DaemonSet" -> note("DaemonSet: a pod on every node");
      case "Job" -> note("Job: runs once; add schedule (runs a month) if it recurs");
      case "Knative Service" -> knative(template);
      default -> {}
    }
  }

  private void knative(YamlNode template) {
    Map<String, String> a =
        KubernetesManifests.strings(Tree.map(template, "metadata", "annotations"));
    String min =
        a.getOrDefault(
            "autoscaling.knative.dev/min-scale", a.get("autoscaling.knative.dev/minScale"));
    String max =
        a.getOrDefault(
            "autoscaling.knative.dev/max-scale", a.get("autoscaling.knative.dev/maxScale"));
    note(
        "Knative Service, "
            + Text.shorten(min == null ? "0" : min)
            + " to "
            + Text.shorten(max == null ? "unbounded" : max)
            + " replicas");
    if (min == null || min.strip().equals("0")) {
      note("scales to zero (Knative min-scale 0): an idle service costs nothing on the cluster");
    }
  }

  /** Memory and GPUs summed over the pod's containers, requests first, limits when absent. */
  private void resources(MapNode pod) {
    List<YamlNode> containers = Tree.list(pod, "containers");
    long memory = 0;
    int withMemory = 0;
    BigDecimal cpu = BigDecimal.ZERO;
    long gpus = 0;
    for (YamlNode c : containers) {
      ScalarNode mem = requestOrLimit(c, "memory");
      if (mem != null) {
        memory += Quantities.kubernetesMemoryMb(mem);
        withMemory++;
      }
      ScalarNode cores = requestOrLimit(c, "cpu");
      if (cores != null) {
        cpu = cpu.add(Quantities.kubernetesCpus(cores));
      }
      for (String resource : GPU_RESOURCES) {
        ScalarNode g = requestOrLimit(c, resource);
        if (g != null) {
          gpus += KubernetesManifests.whole(g, resource);
        }
      }
    }
    memory(memory, withMemory, containers.size(), pod);
    if (cpu.signum() > 0) {
      note(
          "CPU requests (limits where none): "
              + KubernetesManifests.cpu(cpu)
              + " a pod (the inventory has no CPU field)");
    }
    gpus(gpus, pod);
  }

  private void memory(long memory, int withMemory, int containers, MapNode pod) {
    if (memory > Quantities.MAX_MEMORY_MB) {
      throw new InputException(
          pod.location(),
          "the containers of "
              + kind
              + " '"
              + name
              + "' ask for "
              + memory
              + " MB in all; an inventory takes at most "
              + Quantities.MAX_MEMORY_MB
              + " MB");
    }
    if (withMemory == 0 || memory == 0) {
      note("no memory request or limit: memoryMb is left to the inventory's default (128)");
      return;
    }
    fields.put("memoryMb", memory);
    if (withMemory < containers) {
      note(
          (containers - withMemory)
              + " of "
              + containers
              + " containers give no memory request or limit: memoryMb counts the others only");
    }
  }

  private void gpus(long gpus, MapNode pod) {
    if (gpus == 0) {
      return;
    }
    if (gpus > KubernetesManifests.MAX_GPUS) {
      throw new InputException(
          pod.location(),
          kind
              + " '"
              + name
              + "' asks for "
              + gpus
              + " GPUs a pod; an inventory"
              + " takes at most "
              + KubernetesManifests.MAX_GPUS);
    }
    fields.put("gpu", true);
    fields.put("gpusPerReplica", gpus);
  }

  private static ScalarNode requestOrLimit(YamlNode container, String resource) {
    ScalarNode r = quantity(container, "requests", resource);
    return r != null ? r : quantity(container, "limits", resource);
  }

  /**
   * A request or limit, or null when absent. A list or mapping is refused, not taken as absent:
   * that would import the default memory with a note saying that none was given.
   */
  private static ScalarNode quantity(YamlNode container, String section, String resource) {
    return Tree.scalar(
        "a Kubernetes quantity such as 512Mi, 1Gi or 500m",
        container,
        "resources",
        section,
        resource);
  }

  /** A StatefulSet, or a pod that mounts a PersistentVolumeClaim, is stateful. */
  private void volumes(MapNode pod) {
    for (YamlNode v : Tree.list(pod, "volumes")) {
      String claim = Tree.text(v, "persistentVolumeClaim", "claimName");
      if (claim != null) {
        claims.add(claim);
      }
    }
    if (kind.equals("StatefulSet")) {
      fields.put("stateful", true);
      int templates = Tree.list(object, "spec", "volumeClaimTemplates").size();
      if (templates > 0) {
        note(
            "StatefulSet with "
                + templates
                + " volume claim template"
                + (templates == 1 ? "" : "s"));
      }
    } else if (!claims.isEmpty()) {
      fields.put("stateful", true);
      note("mounts the PersistentVolumeClaim " + Text.shorten(String.join(", ", claims)));
    }
  }

  /** A Job's deadline, or a Knative revision's timeout: the longest single execution. */
  private void duration(MapNode pod) {
    ScalarNode deadline =
        switch (kind) {
          case "Job" -> Tree.scalar(object, "spec", "activeDeadlineSeconds");
          case "CronJob" ->
              Tree.scalar(object, "spec", "jobTemplate", "spec", "activeDeadlineSeconds");
          case "Knative Service" -> Tree.scalar(pod, "timeoutSeconds");
          default -> null;
        };
    if (deadline == null) {
      deadline =
          kind.equals("Job") || kind.equals("CronJob")
              ? Tree.scalar(pod, "activeDeadlineSeconds")
              : null;
    }
    if (deadline == null) {
      return;
    }
    long seconds =
        KubernetesManifests.whole(
            deadline, kind.equals("Knative Service") ? "timeoutSeconds" : "activeDeadlineSeconds");
    if (seconds == 0) {
      return;
    }
    if (seconds > KubernetesManifests.MAX_DURATION_SECONDS) {
      note(
          "deadline of "
              + seconds
              + " s clamped to "
              + KubernetesManifests.MAX_DURATION_SECONDS
              + " s (30 days), the longest an inventory takes");
      seconds = KubernetesManifests.MAX_DURATION_SECONDS;
    }
    fields.put("maxDurationSeconds", seconds);
  }

  /** {@code kubernetes.io/arch: arm64} in the node selector or the required node affinity. */
  private void architecture(MapNode pod) {
    String arch = null;
    for (String label : ARCH_LABELS) {
      String v = Tree.text(pod, "nodeSelector", label);
      arch = arch != null ? arch : v;
    }
    for (YamlNode term :
        Tree.list(
            pod,
            "affinity",
            "nodeAffinity",
            "requiredDuringSchedulingIgnoredDuringExecution",
            "nodeSelectorTerms")) {
      for (YamlNode e : Tree.list(term, "matchExpressions")) {
        List<YamlNode> values = Tree.list(e, "values");
        if (List.of(ARCH_LABELS).contains(Tree.text(e, "key"))
            && "In".equals(Tree.text(e, "operator"))
            && values.size() == 1
            && values.get(0) instanceof ScalarNode s) {
          arch = arch != null ? arch : s.text();
        }
      }
    }
    if (arch == null || arch.equals("amd64")) {
      return;
    }
    if (arch.equals("arm64")) {
      fields.put("architecture", "arm64");
    } else {
      note(
          "runs on nodes of architecture "
              + Text.shorten(arch)
              + ", which the inventory cannot say (x86_64 or arm64)");
    }
  }

  /** The error of a CronJob whose schedule {@code s} cannot be used: {@code why}. */
  private static InputException badSchedule(ScalarNode s, String name, String why) {
    return new InputException(
        s.location(),
        "the schedule" + Text.quoted(s.location(), s.text()) + " of CronJob '" + name + "' " + why);
  }

  /** A CronJob's schedule, as runs a month. */
  private void schedule() {
    if (!kind.equals("CronJob")) {
      return;
    }
    ScalarNode s = Tree.scalar(object, "spec", "schedule");
    if (s == null) {
      throw new InputException(object.location(), "CronJob '" + name + "' has no spec.schedule");
    }
    double runs;
    try {
      runs = Cron.runsPerMonth(s.text());
    } catch (Cron.Invalid e) {
      throw badSchedule(s, name, "is not a cron expression: " + e.getMessage());
    }
    if (runs <= 0) {
      throw badSchedule(s, name, "never runs");
    }
    double rounded = Math.max(1e-4, Math.round(runs * 10_000) / 10_000.0);
    fields.put("schedule", rounded == Math.rint(rounded) ? (Object) (long) rounded : rounded);
    note("CronJob " + Text.shorten(s.text()) + ": " + Values.format(rounded) + " runs a month");
  }
}
