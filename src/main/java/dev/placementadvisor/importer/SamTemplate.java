package dev.placementadvisor.importer;

import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.input.YamlNode;
import dev.placementadvisor.input.YamlNode.Entry;
import dev.placementadvisor.input.YamlNode.MapNode;
import dev.placementadvisor.input.YamlTreeReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * AWS SAM and CloudFormation templates, YAML or JSON: every {@code AWS::Serverless::Function} (with
 * the template's {@code Globals.Function}) and {@code AWS::Lambda::Function} is a service.
 * Intrinsic functions ({@code !Ref}, {@code !GetAtt}, {@code Fn::If}, ...) are values only the
 * deployment computes: a field that holds one is left out with a note, never guessed.
 */
public final class SamTemplate implements DeploymentFormat {
  /** A top-level key of a YAML template, at the start of a line. */
  private static final Pattern TOP_KEY =
      Pattern.compile("(?m)^(AWSTemplateFormatVersion|Transform|Resources)\\s*:");

  private static final Pattern JSON_RESOURCES = Pattern.compile("\"Resources\"\\s*:");
  private static final String SERVERLESS = "AWS::Serverless::Function";
  private static final String LAMBDA = "AWS::Lambda::Function";
  private static final Set<String> STATE_MACHINES =
      Set.of("AWS::Serverless::StateMachine", "AWS::StepFunctions::StateMachine");
  private static final Set<String> EVENT_SOURCES =
      Set.of(
          "SQS",
          "SNS",
          "Kinesis",
          "DynamoDB",
          "S3",
          "EventBridgeRule",
          "CloudWatchEvent",
          "CloudWatchLogs",
          "MSK",
          "MQ",
          "SelfManagedKafka",
          "DocumentDB",
          "IoTRule",
          "Cognito",
          "AlexaSkill");

  @Override
  public String id() {
    return "sam";
  }

  @Override
  public boolean accepts(Path file, String text) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    if (!name.matches(".*\\.(ya?ml|json|template)")) {
      return false;
    }
    if (text.stripLeading().startsWith("{")) {
      return text.contains("\"AWS::") && JSON_RESOURCES.matcher(text).find();
    }
    return text.contains("AWS") && TOP_KEY.matcher(text).find();
  }

  @Override
  public List<Draft> read(Path file, String text) {
    String shown = file.toString();
    YamlNode root =
        text.stripLeading().startsWith("{")
            ? YamlTreeReader.parseJson(text, shown, false)
            : YamlTreeReader.parseTagged(text, shown);
    MapNode top = Nodes.mapping(root, "the template");
    YamlNode resources = Nodes.get(top, "Resources");
    if (resources == null) {
      throw new InputException(top.location(), "a template without Resources");
    }
    MapNode globals = Nodes.optionalMap(Nodes.optionalMap(top, "Globals"), "Function");
    List<DraftBuilder> drafts = new ArrayList<>();
    List<String> ignored = new ArrayList<>();
    for (Entry e : Nodes.mapping(resources, "Resources").entries().values()) {
      MapNode resource = Nodes.mapping(e.value(), e.key());
      String type = Nodes.text(Nodes.get(resource, "Type"));
      if (SERVERLESS.equals(type) || LAMBDA.equals(type)) {
        drafts.add(function(e, resource, SERVERLESS.equals(type), globals));
      } else if (type != null && STATE_MACHINES.contains(type)) {
        ignored.add(Text.shorten(e.key()));
      }
    }
    List<String> fileNotes = new ArrayList<>();
    if (!ignored.isEmpty()) {
      fileNotes.add(
          "the template's state machines ("
              + String.join(", ", ignored)
              + ") are not"
              + " imported: a workflow is priced by its steps, which are services of their own");
    }
    return DraftBuilder.buildAll(drafts, fileNotes);
  }

  /**
   * One function: its properties over the template's Globals (SAM functions only). Whether it is a
   * SAM function is its type's to say: a template may have no Globals.
   */
  private static DraftBuilder function(
      Entry entry, MapNode resource, boolean sam, MapNode globals) {
    MapNode own = Nodes.optionalMap(resource, "Properties");
    Props props = new Props(own, sam ? globals : null);
    DraftBuilder d = new DraftBuilder(name(entry, own), entry.keyLocation());
    String opaque = Nodes.unreadable(Nodes.get(resource, "Properties"));
    if (opaque != null) {
      return d.note("Properties is " + opaque + ": every field left out, fill them in");
    }
    String unnamed = Nodes.unreadable(Nodes.get(own, "FunctionName"));
    if (unnamed != null) {
      d.note("FunctionName is " + unnamed + ": named by its logical id");
    }
    sizing(d, props);
    runtime(d, props, Nodes.optionalMap(resource, "Metadata"));
    networking(d, props);
    if (!sam) {
      if (props.get("Events") != null) {
        d.note("Events is a SAM property: a Lambda function's events are resources of their own");
      }
    } else {
      events(d, props.get("Events"));
    }
    return d;
  }

  /** A function's properties, each from the function or else from the template's Globals. */
  private record Props(MapNode own, MapNode globals) {
    YamlNode get(String key) {
      YamlNode v = Nodes.get(own, key);
      return v != null ? v : Nodes.get(globals, key);
    }
  }

  /** FunctionName when it is plain text, else the logical id. */
  private static String name(Entry entry, MapNode props) {
    YamlNode fn = Nodes.get(props, "FunctionName");
    String plain = Nodes.isIntrinsic(fn) ? null : Nodes.single(fn, "FunctionName");
    if (plain != null) {
      return Nodes.serviceName(plain, fn.location());
    }
    return Nodes.serviceName(entry.key(), entry.keyLocation());
  }

  private static void sizing(DraftBuilder d, Props props) {
    d.whole(
        props.get("MemorySize"),
        "MemorySize",
        "memoryMb",
        1,
        1_048_576,
        128,
        "no MemorySize: Lambda's default, 128 MB");
    d.whole(
        props.get("Timeout"),
        "Timeout",
        "maxDurationSeconds",
        1,
        2_592_000,
        3,
        "no Timeout: Lambda's default, 3 seconds");
    YamlNode arch = props.get("Architectures");
    if (arch != null && d.readable("Architectures", "architecture", arch)) {
      List<YamlNode> items = Nodes.items(arch);
      String a = items.size() == 1 ? Nodes.text(items.get(0)) : null;
      if (items.size() == 1 && !d.readable("Architectures", "architecture", items.get(0))) {
        return;
      } else if ("arm64".equals(a) || "x86_64".equals(a)) {
        d.put("architecture", a);
      } else {
        throw new InputException(arch.location(), "'Architectures' must be [x86_64] or [arm64]");
      }
    }
  }

  private static void runtime(DraftBuilder d, Props props, MapNode metadata) {
    YamlNode runtime = props.get("Runtime");
    if (runtime == null) {
      d.note("no Runtime (a container image or a ZIP of an unknown language): set runtime");
      return;
    }
    if (!d.readable("Runtime", "runtime", runtime)) {
      return;
    }
    String id = Nodes.single(runtime, "Runtime");
    String mapped = id == null ? null : Runtimes.aws(id);
    String built = Nodes.text(Nodes.get(metadata, "BuildMethod"));
    if (mapped == null && id != null && Runtimes.osOnly(id) && built != null) {
      mapped = Runtimes.buildMethod(built);
    }
    if ("javascript".equals(mapped) && typescriptEntry(metadata)) {
      mapped = "typescript";
    }
    if (mapped != null) {
      d.put("runtime", mapped);
    } else {
      d.note(Runtimes.note("Runtime", id == null ? "" : id));
    }
  }

  /** True when an esbuild build's entry points are TypeScript files. */
  private static boolean typescriptEntry(MapNode metadata) {
    MapNode build = Nodes.getMap(metadata, "BuildProperties");
    for (YamlNode entry : Nodes.items(Nodes.get(build, "EntryPoints"))) {
      String path = Nodes.text(entry);
      if (path != null && path.endsWith(".ts")) {
        return true;
      }
    }
    return false;
  }

  private static void networking(DraftBuilder d, Props props) {
    YamlNode vpc = props.get("VpcConfig");
    if (vpc != null && d.readable("VpcConfig", "vpcEgress", vpc)) {
      d.put("vpcEgress", true);
      d.note(
          "VpcConfig: in a VPC, the function needs a NAT gateway only to reach the internet"
              + " or AWS APIs without VPC endpoints; set vpcEgress: false if it does not");
    }
    YamlNode efs = props.get("FileSystemConfigs");
    if (efs != null && d.readable("FileSystemConfigs", "stateful", efs)) {
      d.put("stateful", true);
      d.note("FileSystemConfigs: mounts EFS, so it keeps state on a file system");
    }
    YamlNode snapStart = props.get("SnapStart");
    String apply = Nodes.text(Nodes.get(snapStart instanceof MapNode m ? m : null, "ApplyOn"));
    if ("PublishedVersions".equals(apply)) {
      d.note(
          "SnapStart on published versions: cold starts matter to it; say so with"
              + " coldStartSensitive: true if a user waits on them");
    }
    YamlNode provisioned = props.get("ProvisionedConcurrencyConfig");
    if (provisioned != null
        && d.readable("ProvisionedConcurrencyConfig", "coldStartSensitive", provisioned)) {
      d.put("coldStartSensitive", true);
    }
  }

  private static void events(DraftBuilder d, YamlNode events) {
    if (events == null || !d.readable("Events", "apiGateway", events)) {
      return;
    }
    Triggers triggers = new Triggers();
    for (Entry e : Nodes.mapping(events, "Events").entries().values()) {
      MapNode event = Nodes.mapping(e.value(), e.key());
      String type = Nodes.text(Nodes.get(event, "Type"));
      MapNode props = Nodes.getMap(event, "Properties");
      if (type == null) {
        d.note("event " + Text.shorten(e.key()) + " has no plain Type: not read");
      } else if (type.equals("Api")) {
        triggers.gateway("rest");
      } else if (type.equals("HttpApi")) {
        triggers.gateway("http");
      } else if (type.equals("Schedule") || type.equals("ScheduleV2")) {
        YamlNode expr =
            Nodes.get(props, type.equals("Schedule") ? "Schedule" : "ScheduleExpression");
        String text = Nodes.isIntrinsic(expr) ? null : Nodes.text(expr);
        triggers.schedule(
            text == null ? "(not plain text)" : text, text == null ? null : Schedules.aws(text));
      } else if (type.equals("WebSocket")) {
        d.note(
            "a WebSocket event: if it holds connections, set persistentConnections: true"
                + " and apiGateway: websocket");
      } else if (EVENT_SOURCES.contains(type)) {
        triggers.eventSource(type);
      } else {
        d.note("event type " + Text.shorten(type) + " is not read");
      }
    }
    triggers.applyTo(d);
  }
}
