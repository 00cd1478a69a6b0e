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
import java.util.regex.Pattern;

/**
 * A Docker Compose file: each entry of {@code services} is a service, with its memory (the
 * reservation, else the limit), its replicas and CPUs as notes, named volumes as state, GPU device
 * reservations and its platform's architecture. The mapping is in docs/import.md.
 */
public final class ComposeFile implements DeploymentFormat {
  private static final Pattern NAME =
      Pattern.compile("(?i)(docker-)?compose([.-][^/\\\\]*)?\\.ya?ml");
  private static final Pattern YAML = Pattern.compile("(?i).*\\.ya?ml");
  private static final Pattern SERVICES = Pattern.compile("(?m)^services:\\s*(#.*)?$");
  private static final Pattern IMAGE = Pattern.compile("(?m)^\\s+(image|build):");

  /** {@code services:} opening a block mapping: its first entry a key on a line of its own. */
  private static final Pattern SERVICE_MAP =
      Pattern.compile(
          "(?m)^services:[ \\t]*(#.*)?\\r?\\n(([ \\t]*(#.*)?)?\\r?\\n)*"
              + "[ \\t]+[A-Za-z0-9._-]+:");

  private static final Pattern TRAFFIC = Pattern.compile("(?m)^\\s+-?\\s*traffic:");

  @Override
  public String id() {
    return "compose";
  }

  /**
   * A file named as Compose names its files ({@code compose.yaml}, {@code docker-compose.yml},
   * {@code docker-compose.prod.yml}), or any YAML file with a top-level {@code services} mapping
   * whose services have an {@code image} or a {@code build} (an inventory has neither, and its
   * {@code services} is a list).
   */
  @Override
  public boolean accepts(Path file, String text) {
    if (file.getFileName() == null) {
      return false;
    }
    String name = file.getFileName().toString();
    return NAME.matcher(name).matches() && SERVICES.matcher(text).find()
        || YAML.matcher(name).matches()
            && SERVICE_MAP.matcher(text).find()
            && IMAGE.matcher(text).find()
            && !TRAFFIC.matcher(text).find();
  }

  @Override
  public List<Draft> read(Path file, String text) {
    String display = Text.path(file);
    YamlNode root = YamlTreeReader.parse(text, display);
    MapNode services = Tree.map(root, "services");
    if (services == null) {
      throw new InputException(
          root.location(), "a Compose file needs a 'services' mapping of service names");
    }
    List<Draft> drafts = new ArrayList<>();
    for (YamlNode.Entry e : services.entries().values()) {
      drafts.add(service(e));
    }
    return drafts;
  }

  private static Draft service(YamlNode.Entry e) {
    Location at = e.keyLocation();
    if (!InventoryLoader.NAME.matcher(e.key()).matches()) {
      throw new InputException(
          at,
          "the Compose service name"
              + Text.quoted(at, e.key())
              + " is not a valid service"
              + " name: use letters, digits, '.', '_' and '-', starting with a letter or digit");
    }
    YamlNode s = e.value();
    if (!(s instanceof MapNode)) {
      // "api: 1" or "api: [web]": read as a service with nothing set, it would import defaults.
      throw new InputException(
          s.location(),
          "a Compose service must be a mapping of its settings (image, deploy, volumes...), got "
              + s.kindName());
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    List<String> notes = new ArrayList<>();
    memory(s, fields, notes);
    cpus(s, notes);
    replicas(s, notes);
    if (stateful(s, notes)) {
      fields.put("stateful", true);
    }
    gpus(s, fields, notes);
    platform(s, fields, notes);
    if (Tree.at(s, "extends") != null) {
      notes.add("extends another service: only the fields written here were read");
    }
    Map<String, Object> ordered = new LinkedHashMap<>();
    for (String key : List.of("memoryMb", "stateful", "gpu", "architecture", "gpusPerReplica")) {
      if (fields.containsKey(key)) {
        ordered.put(key, fields.get(key));
      }
    }
    return new Draft(e.key(), new Location(at.file(), at.line(), 1), ordered, notes);
  }

  /** The first of the scalars at these paths under {@code s}, or null. */
  private static ScalarNode first(YamlNode s, String[]... paths) {
    for (String[] p : paths) {
      ScalarNode v = Tree.scalar(s, p);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /**
   * A value with a variable ({@code ${MEM}}) is not read: Compose would substitute it from the
   * environment, which import does not know. A note says so.
   */
  private static boolean unresolved(ScalarNode v, String what, List<String> notes) {
    if (v.text().contains("$")) {
      notes.add(
          what
              + " is "
              + Text.shorten(v.text())
              + ", a variable import does not resolve:"
              + " set it by hand");
      return true;
    }
    return false;
  }

  private static void memory(YamlNode s, Map<String, Object> fields, List<String> notes) {
    ScalarNode m =
        first(
            s,
            new String[] {"deploy", "resources", "reservations", "memory"},
            new String[] {"deploy", "resources", "limits", "memory"},
            new String[] {"mem_reservation"},
            new String[] {"mem_limit"});
    if (m == null) {
      notes.add(
          "no memory reservation or limit: memoryMb is left to the inventory's default" + " (128)");
    } else if (!unresolved(m, "memory", notes)) {
      long mb = Quantities.composeMemoryMb(m);
      if (mb > 0) {
        fields.put("memoryMb", mb);
      }
    }
  }

  private static void cpus(YamlNode s, List<String> notes) {
    ScalarNode c =
        first(
            s,
            new String[] {"deploy", "resources", "reservations", "cpus"},
            new String[] {"deploy", "resources", "limits", "cpus"},
            new String[] {"cpus"});
    if (c != null && !unresolved(c, "cpus", notes)) {
      BigDecimal cores = Quantities.cpus(c);
      notes.add(
          "CPUs reserved (limits where none): "
              + Quantities.cpuText(cores)
              + " (the inventory has no CPU field)");
    }
  }

  private static void replicas(YamlNode s, List<String> notes) {
    if ("global".equals(Tree.text(s, "deploy", "mode"))) {
      notes.add("deploy mode global: a container on every node");
      return;
    }
    ScalarNode r = Tree.scalar(s, "deploy", "replicas");
    if (r != null && !unresolved(r, "replicas", notes)) {
      long n = KubernetesManifests.whole(r, "replicas");
      notes.add(n + (n == 1 ? " replica" : " replicas"));
    }
  }

  /** A named or anonymous volume mounted read-write keeps state; a bind mount does not. */
  private static boolean stateful(YamlNode s, List<String> notes) {
    List<String> named = new ArrayList<>();
    int binds = 0;
    for (YamlNode v : Tree.list(s, "volumes")) {
      String type;
      String source;
      boolean readOnly;
      if (v instanceof ScalarNode short_) {
        String[] parts = short_.text().split(":");
        source = parts.length > 1 ? parts[0] : "";
        readOnly = parts.length > 2 && parts[2].contains("ro");
        type = parts.length == 1 ? "volume" : isPath(source) ? "bind" : "volume";
      } else {
        type = String.valueOf(Tree.text(v, "type"));
        source = String.valueOf(Tree.text(v, "source"));
        readOnly = "true".equals(Tree.text(v, "read_only"));
      }
      if (type.equals("volume") && !readOnly) {
        named.add(source.isEmpty() ? "an anonymous volume" : source);
      } else if (type.equals("bind")) {
        binds++;
      }
    }
    if (binds > 0) {
      notes.add(
          binds + " bind mount" + (binds == 1 ? "" : "s") + " of host paths, not counted as state");
    }
    if (!named.isEmpty()) {
      notes.add("keeps data in the volume " + Text.shorten(String.join(", ", named)));
    }
    return !named.isEmpty();
  }

  private static boolean isPath(String source) {
    return source.startsWith(".")
        || source.startsWith("/")
        || source.startsWith("~")
        || source.startsWith("$");
  }

  /** GPU device reservations, or {@code gpus}: a GPU, and how many. */
  private static void gpus(YamlNode s, Map<String, Object> fields, List<String> notes) {
    long count = 0;
    boolean any = Tree.at(s, "gpus") != null;
    for (YamlNode d : Tree.list(s, "deploy", "resources", "reservations", "devices")) {
      boolean gpu = "nvidia".equals(Tree.text(d, "driver"));
      for (YamlNode c : Tree.list(d, "capabilities")) {
        gpu |= c instanceof ScalarNode sc && sc.text().equals("gpu");
      }
      if (!gpu) {
        continue;
      }
      any = true;
      ScalarNode n = Tree.scalar(d, "count");
      if (n != null && !n.text().equals("all")) {
        count += KubernetesManifests.whole(n, "count");
      } else if (!Tree.list(d, "device_ids").isEmpty()) {
        count += Tree.list(d, "device_ids").size();
      } else {
        notes.add("reserves all the host's GPUs: gpusPerReplica is left at 1; set it by hand");
      }
    }
    if (!any) {
      return;
    }
    fields.put("gpu", true);
    if (count > KubernetesManifests.MAX_GPUS) {
      throw new InputException(
          Tree.at(s, "deploy").location(),
          "a service reserving "
              + count
              + " GPUs; an inventory takes at most "
              + KubernetesManifests.MAX_GPUS
              + " a replica");
    }
    if (count > 0) {
      fields.put("gpusPerReplica", count);
    }
  }

  private static void platform(YamlNode s, Map<String, Object> fields, List<String> notes) {
    String p = Tree.text(s, "platform");
    if (p == null) {
      return;
    }
    if (p.startsWith("linux/arm64")) {
      fields.put("architecture", "arm64");
    } else if (!p.startsWith("linux/amd64")) {
      notes.add(
          "platform "
              + Text.shorten(p)
              + ", which the inventory cannot say (x86_64 or"
              + " arm64)");
    }
  }
}
