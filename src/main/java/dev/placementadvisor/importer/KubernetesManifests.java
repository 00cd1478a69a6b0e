package dev.placementadvisor.importer;

import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.Location;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.input.YamlNode;
import dev.placementadvisor.input.YamlNode.MapNode;
import dev.placementadvisor.input.YamlNode.ScalarNode;
import dev.placementadvisor.input.YamlTreeReader;
import dev.placementadvisor.inventory.InventoryLoader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Kubernetes manifests: one or more YAML documents ({@code kubectl} files, {@code helm template}
 * and {@code kustomize build} output, {@code List} objects). Each Deployment, StatefulSet,
 * DaemonSet, Job, CronJob and Knative Service is a service; HorizontalPodAutoscalers, KEDA
 * ScaledObjects, Services, Ingresses and PersistentVolumeClaims of the files imported add to the
 * workload they point at. The mapping is in docs/import.md.
 */
public final class KubernetesManifests implements DeploymentFormat {
  private static final Pattern API_VERSION = Pattern.compile("(?m)^\\s*\"?apiVersion\"?\\s*:");
  private static final Pattern KIND = Pattern.compile("(?m)^\\s*(- )?\"?kind\"?\\s*:");
  private static final Pattern NAME = Pattern.compile("(?i).*\\.(ya?ml|json)");

  /** The kinds made into services. */
  private static final Set<String> WORKLOADS =
      Set.of("Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob");

  /** The kinds that add to a workload. */
  private static final Set<String> ATTACHMENTS =
      Set.of(
          "HorizontalPodAutoscaler", "ScaledObject", "Service", "Ingress", "PersistentVolumeClaim");

  /** The longest single execution an inventory takes, in seconds (30 days). */
  static final long MAX_DURATION_SECONDS = 2_592_000;

  /** The most GPUs one replica may hold in an inventory. */
  static final long MAX_GPUS = 64;

  @Override
  public String id() {
    return "kubernetes";
  }

  /**
   * A YAML or JSON file with {@code apiVersion} and {@code kind} keys, and no unrendered template
   * ({@code {{ }}}: a Helm chart's templates are read once {@code helm template} renders them).
   */
  @Override
  public boolean accepts(Path file, String text) {
    return file.getFileName() != null
        && NAME.matcher(file.getFileName().toString()).matches()
        && API_VERSION.matcher(text).find()
        && KIND.matcher(text).find()
        && !text.contains("{{");
  }

  @Override
  public List<Draft> read(Path file, String text) {
    return reading(file, text).drafts();
  }

  @Override
  public Reading reading(Path file, String text) {
    return readingAll(List.of(file), List.of(text));
  }

  /**
   * The services of all the files together: a Service, Ingress, autoscaler or claim in one file
   * adds to its workload in another.
   */
  @Override
  public Reading readingAll(List<Path> files, List<String> texts) {
    List<YamlNode> objects = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      for (YamlNode doc : YamlTreeReader.parseAll(texts.get(i), Text.path(files.get(i)))) {
        if ("List".equals(Tree.text(doc, "kind"))) {
          objects.addAll(Tree.list(doc, "items"));
        } else {
          objects.add(doc);
        }
      }
    }
    Map<String, Integer> ignored = new LinkedHashMap<>();
    List<K8sWorkload> workloads = new ArrayList<>();
    List<YamlNode> attachments = new ArrayList<>();
    for (YamlNode object : objects) {
      String kind = kindOf(object);
      if (WORKLOADS.contains(kind) || kind.equals("Knative Service")) {
        K8sWorkload w = K8sWorkload.of(object, kind);
        if (w == null) {
          ignored.merge(kind + " without a pod template (a patch?)", 1, Integer::sum);
        } else {
          workloads.add(w);
        }
      } else if (ATTACHMENTS.contains(kind)) {
        attachments.add(object);
      } else {
        ignored.merge(kind, 1, Integer::sum);
      }
    }
    new K8sAttachments(workloads, ignored).attach(attachments);
    List<Draft> drafts = new ArrayList<>();
    for (K8sWorkload w : workloads) {
      drafts.add(w.draft());
    }
    return new Reading(drafts, ignored);
  }

  /** The object's kind; a Knative Service apart from a core one; "(no kind)" when unsaid. */
  private static String kindOf(YamlNode object) {
    String kind = Tree.text(object, "kind");
    if (kind == null || kind.isBlank() || !(object instanceof MapNode)) {
      return "(not a Kubernetes object)";
    }
    String api = Tree.text(object, "apiVersion");
    if (kind.equals("Service") && api != null && api.startsWith("serving.knative.dev/")) {
      return "Knative Service";
    }
    return Text.shorten(kind);
  }

  /** The object's {@code metadata.name}, which must be a valid service name. */
  static String name(YamlNode object, String kind) {
    ScalarNode n = Tree.scalar(object, "metadata", "name");
    if (n == null || n.text().isBlank()) {
      throw new InputException(
          object.location(), "a " + kind + " without metadata.name: every object needs a name");
    }
    if (!InventoryLoader.NAME.matcher(n.text()).matches()) {
      throw new InputException(
          n.location(),
          "the "
              + kind
              + " name"
              + Text.quoted(n.location(), n.text())
              + " is not a valid service name: use letters, digits, '.', '_' and '-', starting"
              + " with a letter or digit (at most "
              + InventoryLoader.MAX_NAME_CHARS
              + ")");
    }
    return n.text();
  }

  /** A whole number of at least 0 where the file writes one. */
  static long whole(ScalarNode node, String what) {
    String t = node.text().strip();
    if (t.matches("[0-9]{1,15}")) {
      return Long.parseLong(t);
    }
    throw new InputException(
        node.location(), "'" + what + "' must be a whole number" + Text.got(node.location(), t));
  }

  /** The value of a mapping's entries that are scalars, by key. */
  static Map<String, String> strings(MapNode map) {
    Map<String, String> result = new LinkedHashMap<>();
    if (map != null) {
      for (YamlNode.Entry e : map.entries().values()) {
        if (e.value() instanceof ScalarNode s && !s.isNull()) {
          result.put(e.key(), s.text());
        }
      }
    }
    return result;
  }

  /** A source location of an object: its file and the line it starts on. */
  static Location source(YamlNode object) {
    Location at = object.location();
    return new Location(at.file(), at.line(), 1);
  }

  /** "0.25 CPU" or the like, for notes. */
  static String cpu(BigDecimal cores) {
    return Quantities.cpuText(cores);
  }
}
