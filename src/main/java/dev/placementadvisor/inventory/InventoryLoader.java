package dev.placementadvisor.inventory;

import dev.placementadvisor.input.Fields;
import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.Location;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.input.Values;
import dev.placementadvisor.input.YamlNode;
import dev.placementadvisor.input.YamlTreeReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Loads and validates an inventory file (format version 1). Any problem is an {@link
 * InputException} naming file, line and column.
 */
public final class InventoryLoader {
  /** The one format version this release reads. */
  public static final int FORMAT_VERSION = 1;

  /** Most services one inventory may hold. */
  public static final int MAX_SERVICES = 200_000;

  static final double MAX_REQUESTS_PER_MONTH = 1e15;
  static final double MAX_DURATION_MS = 2_592_000_000d;
  static final long MAX_MEMORY_MB = 1_048_576;
  static final long MAX_PEOPLE = 1_000_000;

  /**
   * A service or profile name: a letter or digit, then letters, digits, '.', '_' and '-', at most
   * 100 in all. Saved reports (baselines) are held to the same rule.
   */
  public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  /** The longest name {@link #NAME} allows. */
  public static final int MAX_NAME_CHARS = 100;

  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]+");

  private static final List<String> TOP_KEYS =
      List.of("version", "organization", "profiles", "services", "pricing", "weights");
  private static final List<String> ORG_KEYS =
      List.of(
          "name",
          "engineers",
          "platformEngineers",
          "compliance",
          "multiCloud",
          "onPremises",
          "budgetPredictability",
          "region",
          "kubernetes",
          "platforms");
  private static final List<String> K8S_KEYS =
      List.of("instanceType", "minNodes", "targetUtilization", "autoscaling");
  private static final List<String> PROFILE_KEYS =
      List.of("pattern", "requestsPerMonth", "peakToAverage", "growthPerMonth", "peakHoursPerDay");
  private static final List<String> SERVICE_KEYS =
      List.of(
          "name",
          "source",
          "traffic",
          "runtime",
          "avgDurationMs",
          "memoryMb",
          "workload",
          "stateful",
          "persistentConnections",
          "gpu",
          "maxDurationSeconds",
          "coldStartSensitive",
          "customNetworking",
          "onPremises",
          "apiGateway",
          "vpcEgress",
          "logsGbPerMonth",
          "compliance",
          "architecture",
          "cpuMsPerRequest",
          "platforms",
          "dataStore",
          "connections",
          "schedule",
          "gpusPerReplica",
          "requestsPerGpuSecond",
          "role");
  private static final List<String> PRICING_KEYS = List.of("freeTier", "catalog");

  private InventoryLoader() {}

  /** Loads the inventory at {@code path}, naming it {@code path} as given in messages. */
  public static Inventory load(Path path) {
    return load(path, Text.path(path));
  }

  /** Loads the inventory at {@code path}; messages name it {@code displayName}. */
  public static Inventory load(Path path, String displayName) {
    return load(path, displayName, false);
  }

  /**
   * Loads the inventory at {@code path}; messages name it {@code displayName} and, when {@code
   * opaque}, never quote it (for an inventory reached through a symbolic link: see {@link
   * Location#opaque}).
   */
  public static Inventory load(Path path, String displayName, boolean opaque) {
    String text = YamlTreeReader.readText(path, displayName);
    // The route of a large file gives a result or nothing, never a message; errors come from the
    // whole-file route, which knows whether it may quote.
    Inventory split = split(text, path, displayName, 0);
    return split != null
        ? split
        : bind(YamlTreeReader.parse(text, displayName, opaque), path, displayName);
  }

  /** Loads an inventory from text (for tests and tools). */
  public static Inventory parse(String yaml, String displayName) {
    return parse(yaml, Path.of(displayName), displayName, 0);
  }

  /**
   * Loads an inventory from text by the route a large file takes (services bound as they are
   * parsed, in at most {@code chunks} chunks), whatever its size, for tests: the result is the one
   * {@link #parse(String, String)} gives.
   */
  public static Inventory parseSplit(String yaml, String displayName, int chunks) {
    return parse(yaml, Path.of(displayName), displayName, Math.max(1, chunks));
  }

  /**
   * Loads an inventory from text. A large one has its services bound one by one as they are parsed
   * (see {@link YamlTreeReader#split}); anything else, and anything that goes wrong on that route,
   * is parsed whole and then bound, which gives the same inventory or the first error in the usual
   * order. {@code chunks} is 0 for the usual choice, or forces the split route with that many
   * chunks at any size (for tests).
   */
  static Inventory parse(String text, Path path, String displayName, int chunks) {
    Inventory split = split(text, path, displayName, chunks);
    return split != null ? split : bind(YamlTreeReader.parse(text, displayName), path, displayName);
  }

  /** The inventory by the split route, or null when the whole-file route must answer. */
  static Inventory split(String text, Path path, String displayName, int chunks) {
    ServiceBinding binding = new ServiceBinding();
    YamlTreeReader.Split<Service> split =
        YamlTreeReader.split(text, displayName, "services", binding, chunks);
    return split == null ? null : binding.finish(split.items(), path, displayName);
  }

  static Inventory bind(YamlNode root, Path path, String displayName) {
    Top top = top(root);
    return top.finish(services(top.fields(), top.profiles()), path, displayName);
  }

  /** The top level of an inventory bound up to its services, in the order errors are reported. */
  private record Top(
      Fields fields, int version, Organization organization, Map<String, TrafficProfile> profiles) {

    /** The inventory with these services; the pricing and weights blocks bound last. */
    Inventory finish(List<Service> services, Path path, String displayName) {
      PricingSettings pricing =
          fields.has("pricing") ? pricing(fields.get("pricing"), path) : PricingSettings.defaults();
      WeightSettings weights = new WeightSettings(fields.get("weights"));
      return new Inventory(
          path, displayName, version, organization, profiles, services, pricing, weights, blocks());
    }

    /** Where the top-level blocks and each profile were written. */
    private Inventory.Blocks blocks() {
      Map<String, Location> profileAt = new LinkedHashMap<>();
      if (fields.get("profiles") instanceof YamlNode.MapNode m) {
        m.entries().values().forEach(e -> profileAt.put(e.key(), e.keyLocation()));
      }
      return new Inventory.Blocks(
          keyAt("organization"), keyAt("pricing"), keyAt("weights"), profileAt);
    }

    private Location keyAt(String key) {
      YamlNode.Entry e = fields.entries().get(key);
      return e == null || fields.get(key) == null ? null : e.keyLocation();
    }
  }

  private static Top top(YamlNode root) {
    if (!(root instanceof YamlNode.MapNode)) {
      throw new InputException(
          root.location(),
          "an inventory must be a mapping with 'version' and 'services', got " + root.kindName());
    }
    Fields top = Fields.of(root, "the inventory", TOP_KEYS);
    int version = (int) Values.integer(top.require("version"), "version", 0, Integer.MAX_VALUE);
    if (version != FORMAT_VERSION) {
      throw new InputException(
          top.require("version").location(),
          "unsupported inventory version "
              + version
              + ": this release reads version "
              + FORMAT_VERSION);
    }
    Organization org =
        top.has("organization") ? organization(top.get("organization")) : Organization.defaults();
    return new Top(top, version, org, profiles(top.get("profiles")));
  }

  /**
   * Binds the services of a split inventory: the top level first, then each service as it is
   * parsed. {@link #finish} gives null on any problem, which the whole-file route then reports.
   */
  private static final class ServiceBinding implements YamlTreeReader.ItemBinding<Service> {
    private Top top;

    @Override
    public Function<YamlNode, Service> prepare(YamlNode.MapNode root) {
      Top bound = top(root);
      top = bound;
      return item -> service(item, bound.profiles());
    }

    Inventory finish(List<Service> services, Path path, String displayName) {
      if (services.size() > MAX_SERVICES) {
        return null;
      }
      try {
        Map<String, Location> seen = new HashMap<>();
        for (Service s : services) {
          checkUnique(seen, s);
        }
        return top.finish(services, path, displayName);
      } catch (InputException e) {
        return null;
      }
    }
  }

  private static Organization organization(YamlNode node) {
    Fields f = Fields.of(node, "organization", ORG_KEYS);
    String name = f.has("name") ? Values.line(f.get("name"), "name") : "";
    Integer engineers =
        f.has("engineers")
            ? (int) Values.integer(f.get("engineers"), "engineers", 1, MAX_PEOPLE)
            : null;
    int platform =
        f.has("platformEngineers")
            ? (int) Values.integer(f.get("platformEngineers"), "platformEngineers", 0, MAX_PEOPLE)
            : 0;
    String region = Organization.DEFAULT_REGION;
    if (f.has("region")) {
      region = Values.string(f.get("region"), "region");
      if (!REGION.matcher(region).matches()) {
        throw new InputException(
            f.get("region").location(),
            "'region' must be a cloud region such as us-east-1"
                + Text.got(f.get("region").location(), region));
      }
    }
    return new Organization(
        name,
        engineers,
        platform,
        compliance(f, "organization"),
        flag(f, "multiCloud"),
        flag(f, "onPremises"),
        flag(f, "budgetPredictability"),
        region,
        f.has("kubernetes") ? kubernetes(f.get("kubernetes")) : KubernetesSettings.defaults(),
        f.has("platforms") ? platforms(f, "organization") : PlatformChoice.ORGANIZATION_DEFAULT);
  }

  /** What a platform name may be: a provider or a platform id, with '-' in front to keep off. */
  private static final Pattern PLATFORM_NAME = Pattern.compile("-?[a-z0-9][a-z0-9-]{0,49}");

  /**
   * A {@code platforms} list: provider names and platform ids, each kept off with a leading '-'.
   * Whether each names a known provider or platform is checked by the engine, which knows them.
   */
  private static PlatformChoice platforms(Fields f, String context) {
    List<String> names = new ArrayList<>();
    List<Location> at = new ArrayList<>();
    for (YamlNode item : f.list("platforms")) {
      String name = Values.string(item, "platforms");
      if (!PLATFORM_NAME.matcher(name).matches()) {
        throw new InputException(
            item.location(),
            "invalid platform name"
                + Text.quoted(item.location(), name)
                + " in "
                + context
                + ": a provider (aws) or a platform id (aws-eks), in lower case, with '-' in"
                + " front to keep it off (-aws-lambda)");
      }
      if (names.contains(name)) {
        throw new InputException(
            item.location(),
            "'platforms' in " + context + " names" + Text.quoted(item.location(), name) + " twice");
      }
      names.add(name);
      at.add(item.location());
    }
    if (names.isEmpty()) {
      throw new InputException(
          f.get("platforms").location(),
          "'platforms' in "
              + context
              + " is empty: name a provider or a platform, or leave it out");
    }
    return new PlatformChoice(names, at);
  }

  private static KubernetesSettings kubernetes(YamlNode node) {
    Fields f = Fields.of(node, "organization.kubernetes", K8S_KEYS);
    String type = KubernetesSettings.DEFAULT_INSTANCE_TYPE;
    Location typeAt = null;
    if (f.has("instanceType")) {
      typeAt = f.get("instanceType").location();
      type = Values.string(f.get("instanceType"), "instanceType");
      if (!type.matches("[a-z0-9-]+\\.[a-z0-9-]+")) {
        throw new InputException(
            f.get("instanceType").location(),
            "'instanceType' must be an instance type such as t3.medium"
                + Text.got(f.get("instanceType").location(), type));
      }
    }
    int minNodes =
        f.has("minNodes")
            ? (int) Values.integer(f.get("minNodes"), "minNodes", 1, 10_000)
            : KubernetesSettings.DEFAULT_MIN_NODES;
    double utilization =
        f.has("targetUtilization")
            ? Values.percent(f.get("targetUtilization"), "targetUtilization", 1, 100)
            : KubernetesSettings.DEFAULT_TARGET_UTILIZATION;
    boolean autoscaling = !f.has("autoscaling") || Values.bool(f.get("autoscaling"), "autoscaling");
    return new KubernetesSettings(type, minNodes, utilization, autoscaling, typeAt);
  }

  private static Map<String, TrafficProfile> profiles(YamlNode node) {
    Map<String, TrafficProfile> result = new LinkedHashMap<>();
    if (node == null) {
      return result;
    }
    if (!(node instanceof YamlNode.MapNode map)) {
      throw new InputException(
          node.location(), "'profiles' must be a mapping of profile names, got " + node.kindName());
    }
    for (YamlNode.Entry e : map.entries().values()) {
      checkName(e.key(), e.keyLocation(), "profile name");
      result.put(
          e.key(), profile(e.value(), e.key(), "profile" + Text.quoted(e.keyLocation(), e.key())));
    }
    return result;
  }

  private static TrafficProfile profile(YamlNode node, String name, String context) {
    Fields f = Fields.of(node, context, PROFILE_KEYS);
    TrafficPattern pattern =
        f.has("pattern")
            ? Values.choice(
                f.get("pattern"), "pattern", TrafficPattern.values(), TrafficPattern::id)
            : TrafficPattern.STEADY;
    double requests =
        Values.number(
            f.require("requestsPerMonth"), "requestsPerMonth", 0, false, MAX_REQUESTS_PER_MONTH);
    double peak =
        f.has("peakToAverage")
            ? Values.number(f.get("peakToAverage"), "peakToAverage", 1, false, 10_000)
            : TrafficProfile.defaultPeakToAverage(pattern);
    double growth =
        f.has("growthPerMonth")
            ? Values.percent(f.get("growthPerMonth"), "growthPerMonth", -99, 1000)
            : 0;
    double peakHours =
        f.has("peakHoursPerDay")
            ? Values.number(f.get("peakHoursPerDay"), "peakHoursPerDay", 0, true, 24)
            : TrafficProfile.defaultPeakHoursPerDay(pattern);
    return new TrafficProfile(name, pattern, requests, peak, growth, peakHours);
  }

  private static List<Service> services(Fields top, Map<String, TrafficProfile> profiles) {
    YamlNode node = top.require("services");
    if (!(node instanceof YamlNode.ListNode list)) {
      throw new InputException(
          node.location(), "'services' must be a list of services, got " + node.kindName());
    }
    if (list.items().isEmpty()) {
      throw new InputException(node.location(), "'services' is empty: list at least one service");
    }
    if (list.items().size() > MAX_SERVICES) {
      throw new InputException(
          node.location(),
          "too many services: "
              + list.items().size()
              + " (an inventory holds at most "
              + MAX_SERVICES
              + ")");
    }
    List<Service> services = new ArrayList<>(list.items().size());
    Map<String, Location> seen = new HashMap<>();
    for (YamlNode item : list.items()) {
      Service s = service(item, profiles);
      checkUnique(seen, s);
      services.add(s);
    }
    return services;
  }

  /** Notes a service's name in {@code seen}, which must not hold it yet. */
  private static void checkUnique(Map<String, Location> seen, Service s) {
    Location first = seen.putIfAbsent(s.name(), s.location());
    if (first != null) {
      throw new InputException(
          s.location(),
          "duplicate service name"
              + Text.quoted(s.location(), s.name())
              + " (first defined at line "
              + first.line()
              + ")");
    }
  }

  /**
   * One service; an error in a service that {@code advisor import} wrote also names the deployment
   * file it was read from ({@code source}), where the value may be put right.
   */
  private static Service service(YamlNode node, Map<String, TrafficProfile> profiles) {
    try {
      return bind(node, profiles);
    } catch (InputException e) {
      String source = source(node);
      if (source == null || e.location() == null || e.location().opaque()) {
        throw e;
      }
      throw e.from(Text.shorten(source));
    }
  }

  /** The service's valid {@code source}, or null when it has none or one that is not valid. */
  private static String source(YamlNode node) {
    if (node instanceof YamlNode.MapNode m
        && m.entries().get("source") != null
        && m.entries().get("source").value() instanceof YamlNode.ScalarNode s) {
      try {
        return Values.line(s, "source");
      } catch (InputException e) {
        return null;
      }
    }
    return null;
  }

  private static Service bind(YamlNode node, Map<String, TrafficProfile> profiles) {
    String context = context(node);
    Fields f = Fields.of(node, context, SERVICE_KEYS);
    String name = name(f);
    TrafficProfile traffic = traffic(f.require("traffic"), profiles, context);
    ServiceRuntime runtime =
        choice(f, "runtime", ServiceRuntime.values(), ServiceRuntime::id, null);
    double avg =
        f.has("avgDurationMs")
            ? Values.number(f.get("avgDurationMs"), "avgDurationMs", 0, true, MAX_DURATION_MS)
            : Service.DEFAULT_AVG_DURATION_MS;
    int memory =
        f.has("memoryMb")
            ? (int) Values.integer(f.get("memoryMb"), "memoryMb", 1, MAX_MEMORY_MB)
            : Service.DEFAULT_MEMORY_MB;
    Workload workload = choice(f, "workload", Workload.values(), Workload::id, Workload.MIXED);
    double maxDuration = maxDuration(f, avg, context);
    ApiGateway gateway =
        choice(f, "apiGateway", ApiGateway.values(), ApiGateway::id, ApiGateway.NONE);
    double logs =
        f.has("logsGbPerMonth")
            ? Values.number(f.get("logsGbPerMonth"), "logsGbPerMonth", 0, false, 1e9)
            : 0;
    Architecture arch =
        choice(f, "architecture", Architecture.values(), Architecture::id, Architecture.X86_64);
    boolean cpuGiven = f.has("cpuMsPerRequest");
    double cpuMs = cpuMs(f, avg, workload, context);
    return new Service(
        name,
        f.location(),
        traffic,
        runtime,
        avg,
        memory,
        workload,
        flag(f, "stateful"),
        flag(f, "persistentConnections"),
        flag(f, "gpu"),
        maxDuration,
        flag(f, "coldStartSensitive"),
        flag(f, "customNetworking"),
        flag(f, "onPremises"),
        gateway,
        flag(f, "vpcEgress"),
        logs,
        compliance(f, context),
        arch,
        cpuMs,
        cpuGiven,
        f.has("platforms") ? platforms(f, context) : PlatformChoice.NONE,
        f.has("dataStore") ? dataStore(f.get("dataStore"), context) : DataStore.NONE,
        connections(f, gateway, context),
        sizing(f, context),
        choice(f, "role", ServiceRole.values(), ServiceRole::id, ServiceRole.NONE),
        f.has("source") ? Values.string(f.get("source"), "source") : null);
  }

  /**
   * A service's name, checked. Its {@code source} is checked straight after, before any other
   * field: the two say which service this is and where it was read, so a problem with either is
   * reported first.
   */
  private static String name(Fields f) {
    YamlNode nameNode = f.require("name");
    String name = Values.string(nameNode, "name");
    checkName(name, nameNode.location(), "service name");
    if (f.has("source")) {
      // Where an imported service was read (FILE:LINE): informational, checked as any text is.
      Values.line(f.get("source"), "source");
    }
    return name;
  }

  /** How messages name a service: "service 'api'", or "a service" before its name is known. */
  private static String context(YamlNode node) {
    if (node instanceof YamlNode.MapNode m
        && m.entries().get("name") != null
        && m.entries().get("name").value() instanceof YamlNode.ScalarNode s
        && !s.isNull()) {
      return "service" + Text.quoted(s.location(), s.text());
    }
    return "a service";
  }

  /** The value of the choice field {@code key}, or {@code otherwise} when it is not given. */
  private static <E extends Enum<E>> E choice(
      Fields f, String key, E[] values, java.util.function.Function<E, String> id, E otherwise) {
    return f.has(key) ? Values.choice(f.get(key), key, values, id) : otherwise;
  }

  /** {@code maxDurationSeconds}, at least the average duration; the average when not given. */
  private static double maxDuration(Fields f, double avg, String context) {
    if (!f.has("maxDurationSeconds")) {
      return avg / 1000.0;
    }
    double maxDuration =
        Values.number(
            f.get("maxDurationSeconds"), "maxDurationSeconds", 0, true, MAX_DURATION_MS / 1000);
    if (maxDuration * 1000 < avg * (1 - 1e-12)) {
      throw new InputException(
          f.get("maxDurationSeconds").location(),
          "'maxDurationSeconds' ("
              + Values.format(maxDuration)
              + " s) is shorter than 'avgDurationMs' ("
              + Values.format(avg)
              + " ms) in "
              + context);
    }
    return maxDuration;
  }

  /** {@code cpuMsPerRequest}, at most the average duration; the workload's share when not given. */
  private static double cpuMs(Fields f, double avg, Workload workload, String context) {
    if (!f.has("cpuMsPerRequest")) {
      return avg * Service.cpuShare(workload);
    }
    double cpuMs = Values.number(f.get("cpuMsPerRequest"), "cpuMsPerRequest", 0, true, 900_000);
    if (cpuMs > avg) {
      throw new InputException(
          f.get("cpuMsPerRequest").location(),
          "'cpuMsPerRequest' ("
              + Values.format(cpuMs)
              + ") is longer than 'avgDurationMs' ("
              + Values.format(avg)
              + ") in "
              + context);
    }
    return cpuMs;
  }

  /** The most runs a month a schedule may have (one a second). */
  static final double MAX_SCHEDULE = 2_628_000;

  /** The most GPUs one replica may hold. */
  static final int MAX_GPUS_PER_REPLICA = 64;

  /**
   * A service's {@code schedule} (runs a month), {@code gpusPerReplica} and {@code
   * requestsPerGpuSecond}; the GPU fields only with {@code gpu: true}.
   */
  private static Sizing sizing(Fields f, String context) {
    double schedule =
        f.has("schedule") ? Values.number(f.get("schedule"), "schedule", 0, true, MAX_SCHEDULE) : 0;
    for (String key : List.of("gpusPerReplica", "requestsPerGpuSecond")) {
      if (f.has(key) && !flag(f, "gpu")) {
        throw new InputException(
            f.get(key).location(), "'" + key + "' needs 'gpu: true' in " + context);
      }
    }
    int gpus =
        f.has("gpusPerReplica")
            ? (int)
                Values.integer(f.get("gpusPerReplica"), "gpusPerReplica", 1, MAX_GPUS_PER_REPLICA)
            : 1;
    double throughput =
        f.has("requestsPerGpuSecond")
            ? Values.number(f.get("requestsPerGpuSecond"), "requestsPerGpuSecond", 0, true, 1e9)
            : 0;
    return schedule == 0 && gpus == 1 && throughput == 0
        ? Sizing.NONE
        : new Sizing(schedule, gpus, throughput);
  }

  /** The types a data store may be, for messages: "none, key-value, cache or relational". */
  private static final String STORE_TYPES =
      String.join(
          ", ", java.util.Arrays.stream(DataStore.Type.values()).map(DataStore.Type::id).toList());

  /**
   * A service's {@code dataStore}: a type ({@code relational}), or a mapping with its {@code type}
   * and, for a relational store, what its price needs.
   */
  private static DataStore dataStore(YamlNode node, String context) {
    if (node instanceof YamlNode.ScalarNode) {
      return DataStore.of(
          Values.choice(node, "dataStore", DataStore.Type.values(), DataStore.Type::id));
    }
    if (!(node instanceof YamlNode.MapNode)) {
      throw new InputException(
          node.location(),
          "'dataStore' in "
              + context
              + " must be a type ("
              + STORE_TYPES
              + ") or a mapping such"
              + " as {type: relational, storageGb: 20}, got "
              + node.kindName());
    }
    String where = "the dataStore of " + context;
    Fields f = Fields.of(node, where, DATA_STORE_KEYS);
    DataStore.Type type =
        Values.choice(f.require("type"), "type", DataStore.Type.values(), DataStore.Type::id);
    if (type != DataStore.Type.RELATIONAL) {
      return sizedStore(f, type, where);
    }
    return relationalStore(f, type, where);
  }

  /**
   * A relational store (Aurora Serverless v2), with what its price needs: its capacity range in
   * ACUs, which must not be upside down, and the pause a store that can reach 0 ACU may take.
   */
  private static DataStore relationalStore(Fields f, DataStore.Type type, String where) {
    onlyKeys(f, type, RELATIONAL_KEYS, where);
    Double storage =
        f.has("storageGb")
            ? Values.number(f.get("storageGb"), "storageGb", 0, false, DataStore.MAX_STORAGE_GB)
            : null;
    double min =
        f.has("minAcu") ? acu(f.get("minAcu"), "minAcu", 0, where) : DataStore.DEFAULT_MIN_ACU;
    double max =
        f.has("maxAcu")
            ? acu(f.get("maxAcu"), "maxAcu", DataStore.ACU_STEP, where)
            : DataStore.MAX_ACU;
    if (max < min) {
      throw new InputException(
          f.get(f.has("maxAcu") ? "maxAcu" : "minAcu").location(),
          "'maxAcu' ("
              + Values.format(max)
              + ") is less than 'minAcu' ("
              + Values.format(min)
              + ") in "
              + where);
    }
    Integer pause = autoPause(f, min, where);
    DataStore.StorageType storageType =
        f.has("storageType")
            ? Values.choice(
                f.get("storageType"),
                "storageType",
                DataStore.StorageType.values(),
                DataStore.StorageType::id)
            : DataStore.StorageType.STANDARD;
    Double io =
        f.has("ioPerRequest")
            ? Values.number(f.get("ioPerRequest"), "ioPerRequest", 0, false, 1_000_000)
            : null;
    Double perAcu =
        f.has("requestsPerSecondPerAcu")
            ? Values.number(
                f.get("requestsPerSecondPerAcu"), "requestsPerSecondPerAcu", 0, true, 1e9)
            : null;
    return new DataStore(type, storage, min, max, pause, storageType, io, perAcu);
  }

  /**
   * A relational store's {@code autoPauseSeconds}, or null when not given. It is refused unless
   * {@code minAcu} is 0, since only a database whose least capacity is 0 ACU pauses; that is
   * checked before the value itself.
   */
  private static Integer autoPause(Fields f, double min, String where) {
    if (!f.has("autoPauseSeconds")) {
      return null;
    }
    if (min > 0) {
      throw new InputException(
          f.get("autoPauseSeconds").location(),
          "'autoPauseSeconds' in "
              + where
              + " needs 'minAcu' 0: only a database whose least"
              + " capacity is 0 ACU pauses");
    }
    return (int)
        Values.integer(
            f.get("autoPauseSeconds"),
            "autoPauseSeconds",
            DataStore.MIN_AUTO_PAUSE_SECONDS,
            DataStore.MAX_AUTO_PAUSE_SECONDS);
  }

  // ------------------------------------------------ persistent connections

  private static final List<String> CONNECTIONS_KEYS =
      List.of("concurrent", "minutesPerMonth", "messagesPerMonth");

  /**
   * A service's {@code connections} (its persistent connections' figures), checked against its
   * {@code persistentConnections} and {@code apiGateway}: a WebSocket API, and figures for
   * connections, belong to a service that holds persistent connections.
   */
  private static Connections connections(Fields f, ApiGateway gateway, String context) {
    boolean holds = flag(f, "persistentConnections");
    if (gateway == ApiGateway.WEBSOCKET && !holds) {
      throw new InputException(
          f.get("apiGateway").location(),
          "'apiGateway: websocket' in "
              + context
              + " holds persistent connections: add"
              + " 'persistentConnections: true'");
    }
    if (!f.has("connections")) {
      return Connections.NONE;
    }
    YamlNode node = f.get("connections");
    if (!holds) {
      throw new InputException(
          f.entries().get("connections").keyLocation(),
          "'connections' in "
              + context
              + " describes persistent connections: add"
              + " 'persistentConnections: true'");
    }
    if (!(node instanceof YamlNode.MapNode)) {
      throw new InputException(
          node.location(),
          "'connections' in "
              + context
              + " must be a mapping such as {concurrent: 200,"
              + " messagesPerMonth: 3M}, got "
              + node.kindName());
    }
    String where = "the connections of " + context;
    Fields c = Fields.of(node, where, CONNECTIONS_KEYS);
    if (c.has("concurrent") && c.has("minutesPerMonth")) {
      throw new InputException(
          c.entries().get("minutesPerMonth").keyLocation(),
          "give 'concurrent' or 'minutesPerMonth' in " + where + ", not both");
    }
    return new Connections(
        optional(c, "concurrent", 0, false, Connections.MAX_CONCURRENT),
        optional(c, "minutesPerMonth", 0, false, 1e15),
        optional(c, "messagesPerMonth", 0, false, 1e15));
  }

  // ------------------------------------------------ dataStore: key-value and cache sizing

  /** The keys a relational store takes. */
  private static final List<String> RELATIONAL_KEYS =
      List.of(
          "type",
          "storageGb",
          "minAcu",
          "maxAcu",
          "autoPauseSeconds",
          "storageType",
          "ioPerRequest",
          "requestsPerSecondPerAcu");

  /** The keys a key-value store takes. */
  private static final List<String> KEY_VALUE_KEYS =
      List.of("type", "storageGb", "readsPerRequest", "writesPerRequest", "itemKb");

  /** The keys a cache takes. */
  private static final List<String> CACHE_KEYS =
      List.of("type", "storageGb", "ecpusPerRequest", "engine");

  /** The keys a data store may take, of whichever type: each type's, in turn. */
  private static final List<String> DATA_STORE_KEYS =
      java.util.stream.Stream.of(RELATIONAL_KEYS, KEY_VALUE_KEYS, CACHE_KEYS)
          .flatMap(List::stream)
          .distinct()
          .toList();

  /** Exit 2 at the first key of {@code f} that a store of {@code type} does not take. */
  private static void onlyKeys(Fields f, DataStore.Type type, List<String> keys, String where) {
    for (String key : DATA_STORE_KEYS) {
      if (!keys.contains(key) && f.has(key)) {
        throw new InputException(
            f.entries().get(key).keyLocation(),
            "'"
                + key
                + "' in "
                + where
                + " does not size a "
                + type.id()
                + " store; it takes "
                + String.join(", ", keys));
      }
    }
  }

  /** A key-value store or a cache (or none), with what its price needs. */
  private static DataStore sizedStore(Fields f, DataStore.Type type, String where) {
    List<String> keys =
        switch (type) {
          case KEY_VALUE -> KEY_VALUE_KEYS;
          case CACHE -> CACHE_KEYS;
          default -> List.of("type");
        };
    onlyKeys(f, type, keys, where);
    Double storage =
        f.has("storageGb")
            ? Values.number(f.get("storageGb"), "storageGb", 0, false, DataStore.MAX_STORAGE_GB)
            : null;
    DataStore.Sizing sizing =
        new DataStore.Sizing(
            optional(f, "readsPerRequest", 0, false, 1_000),
            optional(f, "writesPerRequest", 0, false, 1_000),
            optional(f, "itemKb", 0, true, DataStore.MAX_ITEM_KB),
            optional(f, "ecpusPerRequest", 0, false, 1_000_000),
            f.has("engine")
                ? Values.choice(
                    f.get("engine"),
                    "engine",
                    DataStore.CacheEngine.values(),
                    DataStore.CacheEngine::id)
                : null);
    return new DataStore(
        type,
        storage,
        DataStore.DEFAULT_MIN_ACU,
        DataStore.MAX_ACU,
        null,
        DataStore.StorageType.STANDARD,
        null,
        null,
        sizing);
  }

  /** An optional number of {@code f} within its bounds, or null when not given. */
  private static Double optional(
      Fields f, String key, double min, boolean minExclusive, double max) {
    return f.has(key) ? Values.number(f.get(key), key, min, minExclusive, max) : null;
  }

  /** A capacity in Aurora capacity units: from {@code min} to the most, in half-unit steps. */
  private static double acu(YamlNode node, String field, double min, String where) {
    double v = Values.number(node, field, min, false, DataStore.MAX_ACU);
    if (Math.abs(v / DataStore.ACU_STEP - Math.rint(v / DataStore.ACU_STEP)) > 1e-9) {
      throw new InputException(
          node.location(),
          "'"
              + field
              + "' in "
              + where
              + " must be a whole or half number of ACUs (0.5, 1, 1.5,"
              + " ...), got "
              + Values.format(v));
    }
    return v;
  }

  private static TrafficProfile traffic(
      YamlNode node, Map<String, TrafficProfile> profiles, String context) {
    if (node instanceof YamlNode.MapNode) {
      return profile(node, null, "the inline traffic of " + context);
    }
    String ref = Values.string(node, "traffic");
    TrafficProfile p = profiles.get(ref);
    if (p == null) {
      Location at = node.location();
      String hint = at.opaque() ? null : Text.didYouMean(ref, profiles.keySet());
      throw new InputException(
          at,
          "unknown traffic profile"
              + Text.quoted(at, ref)
              + " in "
              + context
              + (hint != null
                  ? " (did you mean '" + hint + "'?)"
                  : profiles.isEmpty()
                      ? " (the inventory defines no profiles)"
                      : at.opaque()
                          ? ""
                          : " (defined: " + String.join(", ", profiles.keySet()) + ")"));
    }
    return p;
  }

  private static PricingSettings pricing(YamlNode node, Path inventory) {
    Fields f = Fields.of(node, "pricing", PRICING_KEYS);
    boolean freeTier = flag(f, "freeTier");
    String catalog = null;
    Location at = null;
    if (f.has("catalog")) {
      at = f.get("catalog").location();
      catalog = Values.string(f.get("catalog"), "catalog");
    }
    return new PricingSettings(freeTier, catalog, at, inventory);
  }

  private static Set<Compliance> compliance(Fields f, String context) {
    Set<Compliance> result = EnumSet.noneOf(Compliance.class);
    boolean none = false;
    for (YamlNode item : f.list("compliance")) {
      Compliance c = Values.choice(item, "compliance", Compliance.values(), Compliance::id);
      if (c == Compliance.NONE) {
        none = true;
      } else {
        result.add(c);
      }
      if (none && !result.isEmpty()) {
        throw new InputException(
            item.location(), "'compliance' in " + context + " lists 'none' together with a regime");
      }
    }
    return result;
  }

  private static boolean flag(Fields f, String key) {
    return f.has(key) && Values.bool(f.get(key), key);
  }

  private static void checkName(String name, Location at, String what) {
    if (!NAME.matcher(name).matches()) {
      throw new InputException(
          at,
          "invalid "
              + what
              + Text.quoted(at, name)
              + ": use letters, digits, '.', '_' and '-', starting with a letter or digit (at most"
              + " 100)");
    }
  }
}
