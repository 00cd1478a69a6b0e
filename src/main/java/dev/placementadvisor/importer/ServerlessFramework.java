package dev.placementadvisor.importer;

import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.input.YamlNode;
import dev.placementadvisor.input.YamlNode.Entry;
import dev.placementadvisor.input.YamlNode.ListNode;
import dev.placementadvisor.input.YamlNode.MapNode;
import dev.placementadvisor.input.YamlTreeReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Serverless Framework files ({@code serverless.yml}): each function is a service, named by its
 * key, with the provider's settings as defaults (memory 1024 MB and timeout 6 s when neither says).
 * {@code ${...}} variables are never resolved: a field that holds one is left out, with a note
 * naming the variable.
 */
public final class ServerlessFramework implements DeploymentFormat {
  private static final Pattern SERVICE = Pattern.compile("(?m)^service\\s*:");
  private static final Pattern PROVIDER = Pattern.compile("(?m)^provider\\s*:");
  private static final Pattern FUNCTIONS = Pattern.compile("(?m)^functions\\s*:");

  /** A SAM or CloudFormation template named serverless.yaml is the template's. */
  private static final Pattern TEMPLATE =
      Pattern.compile("(?m)^(AWSTemplateFormatVersion|Transform|Resources)\\s*:");

  private static final Set<String> EVENT_SOURCES =
      Set.of(
          "sqs",
          "sns",
          "stream",
          "s3",
          "eventBridge",
          "cloudwatchEvent",
          "cloudwatchLog",
          "iot",
          "iotFleetProvisioning",
          "cognitoUserPool",
          "alexaSkill",
          "alexaSmartHome",
          "kafka",
          "msk",
          "activemq",
          "rabbitmq");

  @Override
  public String id() {
    return "serverless";
  }

  @Override
  public boolean accepts(Path file, String text) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    if (!name.matches(".*\\.ya?ml")) {
      return false;
    }
    boolean shaped =
        SERVICE.matcher(text).find()
            && PROVIDER.matcher(text).find()
            && FUNCTIONS.matcher(text).find();
    return shaped || name.startsWith("serverless") && !TEMPLATE.matcher(text).find();
  }

  @Override
  public List<Draft> read(Path file, String text) {
    MapNode top = Nodes.mapping(YamlTreeReader.parseTagged(text, file.toString()), "the file");
    YamlNode functions = Nodes.get(top, "functions");
    if (functions == null) {
      return List.of();
    }
    resolved(functions, "functions");
    YamlNode providerNode = Nodes.get(top, "provider");
    if (providerNode != null) {
      resolved(providerNode, "provider");
    }
    MapNode provider = Nodes.optionalMap(top, "provider");
    List<String> fileNotes = new ArrayList<>();
    String providerName = Nodes.text(Nodes.get(provider, "name"));
    if (providerName != null && !providerName.equals("aws")) {
      fileNotes.add(
          "provider "
              + Text.shorten(providerName)
              + ": the fields are read as AWS"
              + " Lambda's, check them");
    }
    List<DraftBuilder> drafts = new ArrayList<>();
    for (Entry e : functionEntries(functions)) {
      drafts.add(function(e, provider));
    }
    return DraftBuilder.buildAll(drafts, fileNotes);
  }

  /** Refuses a section that is a variable: what it holds is another file's. */
  private static void resolved(YamlNode section, String name) {
    String variable = Nodes.variable(Nodes.text(section));
    if (variable != null) {
      throw new InputException(
          section.location(),
          name
              + " is the unresolved variable "
              + Text.shorten(variable)
              + ": import the resolved file (serverless print)");
    }
  }

  /** The functions, from a mapping or a list of mappings (one a file, merged). */
  private static List<Entry> functionEntries(YamlNode functions) {
    List<Entry> entries = new ArrayList<>();
    List<YamlNode> parts = functions instanceof ListNode l ? l.items() : List.of(functions);
    for (YamlNode part : parts) {
      if (part instanceof YamlNode.ScalarNode s && s.isNull()) {
        continue;
      }
      entries.addAll(Nodes.mapping(part, "functions").entries().values());
    }
    return entries;
  }

  /** A setting of a function, else of the provider. */
  private record Settings(MapNode function, MapNode provider) {
    YamlNode get(String key) {
      YamlNode v = Nodes.get(function, key);
      return v != null ? v : Nodes.get(provider, key);
    }
  }

  private static DraftBuilder function(Entry entry, MapNode provider) {
    String name = Nodes.serviceName(entry.key(), entry.keyLocation());
    DraftBuilder d = new DraftBuilder(name, entry.keyLocation());
    YamlNode value = entry.value();
    MapNode fn =
        value instanceof YamlNode.ScalarNode s && s.isNull() ? null : Nodes.mapping(value, name);
    Settings settings = new Settings(fn, provider);
    sizing(d, settings);
    runtime(d, settings, fn);
    options(d, settings, fn);
    events(d, Nodes.get(fn, "events"));
    return d;
  }

  private static void sizing(DraftBuilder d, Settings settings) {
    d.whole(
        settings.get("memorySize"),
        "memorySize",
        "memoryMb",
        1,
        1_048_576,
        1024,
        "no memorySize: the Serverless Framework's default, 1024 MB");
    d.whole(
        settings.get("timeout"),
        "timeout",
        "maxDurationSeconds",
        1,
        2_592_000,
        6,
        "no timeout: the Serverless Framework's default, 6 seconds");
    YamlNode arch = settings.get("architecture");
    if (arch != null && d.readable("architecture", "architecture", arch)) {
      String a = Nodes.text(arch);
      if (!"arm64".equals(a) && !"x86_64".equals(a)) {
        throw new InputException(arch.location(), "'architecture' must be x86_64 or arm64");
      }
      d.put("architecture", a);
    }
  }

  private static void runtime(DraftBuilder d, Settings settings, MapNode fn) {
    if (Nodes.get(fn, "image") != null) {
      d.note("a container image: set runtime");
      return;
    }
    YamlNode runtime = settings.get("runtime");
    if (runtime == null) {
      d.note("no runtime: set runtime");
    } else if (d.readable("runtime", "runtime", runtime)) {
      String id = Nodes.single(runtime, "runtime");
      String mapped = id == null ? null : Runtimes.aws(id);
      if (mapped != null) {
        d.put("runtime", mapped);
      } else {
        d.note(Runtimes.note("runtime", id == null ? "" : id));
      }
    }
  }

  private static void options(DraftBuilder d, Settings settings, MapNode fn) {
    YamlNode vpc = settings.get("vpc");
    if (vpc != null && d.readable("vpc", "vpcEgress", vpc)) {
      d.put("vpcEgress", true);
      d.note(
          "vpc: in a VPC, the function needs a NAT gateway only to reach the internet"
              + " or AWS APIs without VPC endpoints; set vpcEgress: false if it does not");
    }
    YamlNode efs = Nodes.get(fn, "fileSystemConfig");
    if (efs != null && d.readable("fileSystemConfig", "stateful", efs)) {
      d.put("stateful", true);
      d.note("fileSystemConfig: mounts EFS, so it keeps state on a file system");
    }
    YamlNode provisioned = Nodes.get(fn, "provisionedConcurrency");
    if (provisioned != null
        && d.readable("provisionedConcurrency", "coldStartSensitive", provisioned)) {
      d.put("coldStartSensitive", true);
    }
    if (Nodes.get(fn, "snapStart") != null) {
      d.note(
          "snapStart: cold starts matter to it; say so with coldStartSensitive: true if a"
              + " user waits on them");
    }
  }

  private static void events(DraftBuilder d, YamlNode events) {
    if (events == null || !d.readable("events", "apiGateway", events)) {
      return;
    }
    Triggers triggers = new Triggers();
    for (YamlNode item : Nodes.items(events)) {
      MapNode event = Nodes.mapping(item, "events");
      for (Entry e : event.entries().values()) {
        String type = e.key();
        switch (type) {
          case "http" -> triggers.gateway("rest");
          case "httpApi" -> triggers.gateway("http");
          case "websocket" -> triggers.gateway("websocket");
          case "schedule" -> schedules(d, triggers, e.value());
          case "alb" -> d.note("behind an Application Load Balancer (alb): apiGateway none");
          default -> {
            if (EVENT_SOURCES.contains(type)) {
              triggers.eventSource(type);
            } else {
              d.note("event " + Text.shorten(type) + " is not read");
            }
          }
        }
      }
    }
    triggers.applyTo(d);
  }

  /** A schedule event: {@code rate(...)} text, or a mapping whose {@code rate} is one or a list. */
  private static void schedules(DraftBuilder d, Triggers triggers, YamlNode value) {
    YamlNode rate = value instanceof MapNode m ? Nodes.get(m, "rate") : value;
    if (rate == null || !d.readable("schedule", "schedule", rate)) {
      return;
    }
    for (YamlNode r : Nodes.items(rate)) {
      if (!d.readable("schedule", "schedule", r)) {
        continue;
      }
      String text = Nodes.text(r);
      triggers.schedule(
          text == null ? "(not text)" : text, text == null ? null : Schedules.aws(text));
    }
  }
}
