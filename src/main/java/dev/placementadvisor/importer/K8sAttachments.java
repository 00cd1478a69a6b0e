package dev.placementadvisor.importer;

import dev.placementadvisor.input.Text;
import dev.placementadvisor.input.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds what the objects that point at a workload say to it, as notes: the replica bounds of a
 * HorizontalPodAutoscaler or a KEDA ScaledObject (and that it scales to zero), the Services that
 * select its pods and the Ingresses that route to them, the size of the volumes it claims. An
 * object whose workload is not among the files imported is counted as left aside.
 */
final class K8sAttachments {
  private final List<K8sWorkload> workloads;
  private final Map<String, Integer> ignored;

  /** The workloads each Service selects, by the Service's name. */
  private final Map<String, List<K8sWorkload>> services = new LinkedHashMap<>();

  K8sAttachments(List<K8sWorkload> workloads, Map<String, Integer> ignored) {
    this.workloads = workloads;
    this.ignored = ignored;
  }

  /** Applies every object: Services before Ingresses, which reach workloads through them. */
  void attach(List<YamlNode> objects) {
    for (String kind :
        List.of(
            "Service",
            "Ingress",
            "HorizontalPodAutoscaler",
            "ScaledObject",
            "PersistentVolumeClaim")) {
      for (YamlNode o : objects) {
        if (kind.equals(Tree.text(o, "kind"))) {
          List<K8sWorkload> targets = apply(kind, o);
          if (targets.isEmpty()) {
            ignored.merge(kind + " whose workload is not among the files", 1, Integer::sum);
          }
        }
      }
    }
  }

  private List<K8sWorkload> apply(String kind, YamlNode o) {
    String name = Text.shorten(String.valueOf(Tree.text(o, "metadata", "name")));
    return switch (kind) {
      case "Service" -> service(o, name);
      case "Ingress" -> ingress(o, name);
      case "HorizontalPodAutoscaler" ->
          scaler(
              o,
              kind + " " + name,
              Tree.text(o, "spec", "minReplicas"),
              "1",
              Tree.text(o, "spec", "maxReplicas"),
              "");
      case "ScaledObject" ->
          scaler(
              o,
              "KEDA ScaledObject " + name,
              Tree.text(o, "spec", "minReplicaCount"),
              "0",
              Tree.text(o, "spec", "maxReplicaCount"),
              triggers(o));
      default -> claim(o, name);
    };
  }

  private List<K8sWorkload> service(YamlNode o, String name) {
    Map<String, String> selector = KubernetesManifests.strings(Tree.map(o, "spec", "selector"));
    List<K8sWorkload> selected = new ArrayList<>();
    if (!selector.isEmpty()) {
      for (K8sWorkload w : workloads) {
        if (w.labels.entrySet().containsAll(selector.entrySet())) {
          selected.add(w);
        }
      }
    }
    String type = Tree.text(o, "spec", "type");
    for (K8sWorkload w : selected) {
      w.note(
          "exposed by the Service "
              + name
              + " ("
              + Text.shorten(type == null ? "ClusterIP" : type)
              + ")");
    }
    services.put(String.valueOf(Tree.text(o, "metadata", "name")), selected);
    return selected;
  }

  private List<K8sWorkload> ingress(YamlNode o, String name) {
    List<String> backends = new ArrayList<>();
    backends.add(Tree.text(o, "spec", "defaultBackend", "service", "name"));
    backends.add(Tree.text(o, "spec", "backend", "serviceName"));
    for (YamlNode rule : Tree.list(o, "spec", "rules")) {
      for (YamlNode path : Tree.list(rule, "http", "paths")) {
        backends.add(Tree.text(path, "backend", "service", "name"));
        backends.add(Tree.text(path, "backend", "serviceName"));
      }
    }
    List<K8sWorkload> reached = new ArrayList<>();
    for (String b : backends) {
      for (K8sWorkload w : services.getOrDefault(b, List.of())) {
        if (!reached.contains(w)) {
          reached.add(w);
          w.note("reached from outside the cluster through the Ingress " + name);
        }
      }
    }
    return reached;
  }

  private List<K8sWorkload> scaler(
      YamlNode o, String what, String min, String minDefault, String max, String detail) {
    String targetKind = Tree.text(o, "spec", "scaleTargetRef", "kind");
    String target = Tree.text(o, "spec", "scaleTargetRef", "name");
    List<K8sWorkload> found = new ArrayList<>();
    for (K8sWorkload w : workloads) {
      if (w.name.equals(target)
          && (targetKind == null
              || targetKind.equals(w.kind)
              || w.kind.equals("Knative Service"))) {
        found.add(w);
        String lo = min == null ? minDefault : Text.shorten(min);
        String hi = max != null ? Text.shorten(max) : minDefault.equals("0") ? "100" : "?";
        w.note(what + ": " + lo + " to " + hi + " replicas" + detail);
        if (lo.strip().equals("0")) {
          w.note("scales to zero when idle: no pod runs between requests");
        }
      }
    }
    return found;
  }

  private static String triggers(YamlNode o) {
    List<String> types = new ArrayList<>();
    for (YamlNode t : Tree.list(o, "spec", "triggers")) {
      String type = Tree.text(t, "type");
      if (type != null) {
        types.add(Text.shorten(type));
      }
    }
    return types.isEmpty() ? "" : " on " + String.join(", ", types);
  }

  private List<K8sWorkload> claim(YamlNode o, String name) {
    String claim = Tree.text(o, "metadata", "name");
    String size = Tree.text(o, "spec", "resources", "requests", "storage");
    List<K8sWorkload> mounting = new ArrayList<>();
    for (K8sWorkload w : workloads) {
      if (w.claims.contains(claim)) {
        mounting.add(w);
        w.note(
            "the PersistentVolumeClaim "
                + name
                + " holds "
                + (size == null ? "an unsaid size" : Text.shorten(size)));
      }
    }
    return mounting;
  }
}
