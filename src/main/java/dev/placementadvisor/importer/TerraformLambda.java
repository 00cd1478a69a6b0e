package dev.placementadvisor.importer;

import dev.placementadvisor.importer.TerraformGraph.Resource;
import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.input.YamlNode;
import dev.placementadvisor.input.YamlNode.MapNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The Lambda functions of a Terraform plan, and the API gateways linked to them. */
final class TerraformLambda {
  private TerraformLambda() {}

  static DraftBuilder draft(Resource fn, TerraformGraph graph) {
    DraftBuilder d = TerraformPlan.named(fn, "function_name");
    YamlNode memory = fn.get("memory_size");
    if (memory == null) {
      d.put("memoryMb", 128L).note("no memory_size: Lambda's default, 128 MB");
    } else {
      d.put("memoryMb", Nodes.whole(memory, "memory_size", 1, 1_048_576));
    }
    YamlNode timeout = fn.get("timeout");
    if (timeout == null) {
      d.put("maxDurationSeconds", 3L).note("no timeout: Lambda's default, 3 seconds");
    } else {
      d.put("maxDurationSeconds", Nodes.whole(timeout, "timeout", 1, 2_592_000));
    }
    String runtime = Nodes.single(fn.get("runtime"), "runtime");
    String mapped = runtime == null ? null : Runtimes.aws(runtime);
    if (mapped != null) {
      d.put("runtime", mapped);
    } else {
      d.note(
          runtime == null || runtime.isEmpty()
              ? "no runtime (a container image?): set" + " runtime"
              : Runtimes.note("runtime", runtime));
    }
    architecture(d, fn.get("architectures"));
    options(d, fn);
    for (Resource pc : graph.ofType("aws_lambda_provisioned_concurrency_config")) {
      if (graph.referred(pc, "function_name", "aws_lambda_function").contains(fn)) {
        d.put("coldStartSensitive", true);
      }
    }
    for (Resource esm : graph.ofType("aws_lambda_event_source_mapping")) {
      if (graph.referred(esm, "function_name", "aws_lambda_function").contains(fn)) {
        d.note(
            "an event source mapping feeds it: its traffic is event-driven"
                + " (pattern: event-driven)");
      }
    }
    return d;
  }

  private static void architecture(DraftBuilder d, YamlNode architectures) {
    List<YamlNode> items = Nodes.items(architectures);
    if (items.isEmpty()) {
      return;
    }
    String a = items.size() == 1 ? Nodes.text(items.get(0)) : null;
    if (!"arm64".equals(a) && !"x86_64".equals(a)) {
      throw new InputException(
          architectures.location(), "'architectures' must be [\"x86_64\"] or [\"arm64\"]");
    }
    d.put("architecture", a);
  }

  private static void options(DraftBuilder d, Resource fn) {
    for (YamlNode vpc : Nodes.items(fn.get("vpc_config"))) {
      MapNode config = Nodes.mapping(vpc, "vpc_config");
      if (!Nodes.items(Nodes.get(config, "subnet_ids")).isEmpty()) {
        d.put("vpcEgress", true);
        d.note(
            "vpc_config: in a VPC, the function needs a NAT gateway only to reach the internet or"
                + " AWS APIs without VPC endpoints; set vpcEgress: false if it does not");
      }
    }
    if (!Nodes.items(fn.get("file_system_config")).isEmpty()) {
      d.put("stateful", true);
      d.note("file_system_config: mounts EFS, so it keeps state on a file system");
    }
    for (YamlNode snap : Nodes.items(fn.get("snap_start"))) {
      if (snap instanceof MapNode m
          && "PublishedVersions".equals(Nodes.text(Nodes.get(m, "apply_on")))) {
        d.note(
            "snap_start on published versions: cold starts matter to it; say so with"
                + " coldStartSensitive: true if a user waits on them");
      }
    }
  }

  /**
   * Sets apiGateway on the functions an API's integration plainly refers to; an API linked to none
   * is named in a note of the file.
   */
  static void linkApis(
      TerraformGraph graph, Map<String, DraftBuilder> functions, List<String> fileNotes) {
    List<String> linked = new ArrayList<>();
    for (Resource in : graph.ofType("aws_apigatewayv2_integration")) {
      List<Resource> apis = graph.referred(in, "api_id", "aws_apigatewayv2_api");
      String kind = apis.isEmpty() ? null : kind(apis.get(0));
      for (Resource fn : targets(graph, in, "integration_uri")) {
        if (kind != null) {
          link(functions.get(fn.address()), kind);
          linked.add(apis.get(0).address());
        }
      }
    }
    for (Resource in : graph.ofType("aws_api_gateway_integration")) {
      for (Resource fn : targets(graph, in, "uri")) {
        link(functions.get(fn.address()), "rest");
        graph
            .referred(in, "rest_api_id", "aws_api_gateway_rest_api")
            .forEach(r -> linked.add(r.address()));
      }
    }
    for (Resource api : graph.ofType("aws_apigatewayv2_api")) {
      for (Resource fn : targets(graph, api, "target")) {
        link(functions.get(fn.address()), kind(api));
        linked.add(api.address());
      }
    }
    List<Resource> apis = new ArrayList<>(graph.ofType("aws_apigatewayv2_api"));
    apis.addAll(graph.ofType("aws_api_gateway_rest_api"));
    for (Resource api : apis) {
      if (!linked.contains(api.address())) {
        fileNotes.add(
            "API "
                + Text.shorten(api.address())
                + " is not linked plainly to a"
                + " function in the plan: set apiGateway on the service behind it");
      }
    }
  }

  /** rest, http or websocket for an API; null for an unknown protocol. */
  private static String kind(Resource api) {
    if (api.type().equals("aws_api_gateway_rest_api")) {
      return "rest";
    }
    String protocol = api.text("protocol_type");
    return "WEBSOCKET".equals(protocol) ? "websocket" : "HTTP".equals(protocol) ? "http" : null;
  }

  private static void link(DraftBuilder d, String kind) {
    if (d == null || kind == null) {
      return;
    }
    if (kind.equals("websocket")) {
      d.put("persistentConnections", true).put("apiGateway", "websocket");
    } else if (!"websocket".equals(d.get("apiGateway")) && !"rest".equals(d.get("apiGateway"))) {
      d.put("apiGateway", kind);
    }
  }

  /** The functions an argument refers to: by reference, or by name in a literal ARN. */
  private static List<Resource> targets(TerraformGraph graph, Resource from, String argument) {
    List<Resource> found = new ArrayList<>(graph.referred(from, argument, "aws_lambda_function"));
    String literal = from.text(argument);
    if (found.isEmpty() && literal != null) {
      for (Resource fn : graph.ofType("aws_lambda_function")) {
        String name = fn.text("function_name");
        if (name != null
            && literal.matches(
                ".*:function:" + java.util.regex.Pattern.quote(name) + "([:/].*)?")) {
          found.add(fn);
        }
      }
    }
    return found;
  }
}
