package dev.placementadvisor.importer;

import dev.placementadvisor.importer.TerraformGraph.Resource;
import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.input.YamlNode;
import dev.placementadvisor.input.YamlNode.MapNode;
import dev.placementadvisor.input.YamlTreeReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Terraform plans as {@code terraform show -json} writes them: every {@code aws_lambda_function}
 * and every {@code aws_ecs_service} (sized by its task definition) is a service. An API gateway is
 * linked to a function only where the plan says so plainly: an integration whose URI refers to the
 * function (in the plan's configuration, or by its name in a literal ARN). Node groups, NAT
 * gateways and load balancers are written as notes.
 */
public final class TerraformPlan implements DeploymentFormat {
  @Override
  public String id() {
    return "terraform";
  }

  @Override
  public boolean accepts(Path file, String text) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    return name.endsWith(".json")
        && text.contains("\"format_version\"")
        && (text.contains("\"planned_values\"")
            || text.contains("\"resource_changes\"")
            || text.contains("\"root_module\""));
  }

  @Override
  public List<Draft> read(Path file, String text) {
    YamlNode root = YamlTreeReader.parseJson(text, file.toString(), false);
    MapNode plan = Nodes.mapping(root, "the plan");
    if (Nodes.get(plan, "format_version") == null) {
      throw new InputException(plan.location(), "not a Terraform plan: no format_version");
    }
    TerraformGraph graph = new TerraformGraph(plan);
    Map<String, DraftBuilder> functions = new LinkedHashMap<>();
    for (Resource r : graph.ofType("aws_lambda_function")) {
      functions.put(r.address(), TerraformLambda.draft(r, graph));
    }
    List<String> fileNotes = new ArrayList<>();
    TerraformLambda.linkApis(graph, functions, fileNotes);
    List<DraftBuilder> drafts = new ArrayList<>(functions.values());
    for (Resource r : graph.ofType("aws_ecs_service")) {
      drafts.add(ecsService(r, graph));
    }
    infrastructureNotes(graph, drafts, fileNotes);
    return DraftBuilder.buildAll(drafts, fileNotes);
  }

  /** An ECS service, sized by the task definition it refers to. */
  private static DraftBuilder ecsService(Resource service, TerraformGraph graph) {
    DraftBuilder d = named(service, "name");
    d.note("a container: set runtime");
    YamlNode count = service.get("desired_count");
    if (count != null) {
      d.note(
          "desired_count "
              + Nodes.whole(count, "desired_count", 0, 1_000_000)
              + ": replicas are the placement's to size from the traffic");
    }
    List<Resource> tasks = graph.referred(service, "task_definition", "aws_ecs_task_definition");
    if (tasks.isEmpty()) {
      String family = service.text("task_definition");
      tasks =
          graph.ofType("aws_ecs_task_definition").stream()
              .filter(
                  t ->
                      family != null
                          && t.text("family") != null
                          && (family.equals(t.text("family"))
                              || family.startsWith(t.text("family") + ":")))
              .toList();
    }
    if (tasks.isEmpty()) {
      d.note("its task definition is not in the plan: set memoryMb");
      return d;
    }
    taskDefinition(d, tasks.get(0));
    if (!Nodes.items(service.get("load_balancer")).isEmpty()) {
      d.note("behind a load balancer: the Kubernetes placement prices one of its own");
    }
    return d;
  }

  private static void taskDefinition(DraftBuilder d, Resource task) {
    YamlNode memory = task.get("memory");
    if (memory == null) {
      d.note("the task definition gives no task memory: set memoryMb");
    } else {
      d.put("memoryMb", Nodes.whole(memory, "memory", 1, 1_048_576));
    }
    YamlNode cpu = task.get("cpu");
    if (cpu != null) {
      long units = Nodes.whole(cpu, "cpu", 1, 1_000_000);
      d.note("task cpu " + units + " units (" + Nodes.figure(units / 1024.0) + " vCPU)");
    }
    for (YamlNode platform : Nodes.items(task.get("runtime_platform"))) {
      MapNode p = Nodes.mapping(platform, "runtime_platform");
      String arch = Nodes.text(Nodes.get(p, "cpu_architecture"));
      if ("ARM64".equalsIgnoreCase(arch)) {
        d.put("architecture", "arm64");
      } else if ("X86_64".equalsIgnoreCase(arch)) {
        d.put("architecture", "x86_64");
      }
    }
  }

  /**
   * A service's draft, named by an argument, else (a name known only after apply) by its resource's
   * name, with a note; the name is checked.
   */
  static DraftBuilder named(Resource r, String argument) {
    YamlNode node = r.get(argument);
    String name = Nodes.single(node, argument);
    if (name != null) {
      return new DraftBuilder(Nodes.serviceName(name, node.location()), r.at());
    }
    String fallback = Nodes.serviceName(TerraformGraph.unindexed(r.name()), r.at());
    return new DraftBuilder(fallback, r.at())
        .note(argument + " is not known before apply:" + " named by its resource's name");
  }

  /** Node groups, NAT gateways and load balancers: the plan's notes. */
  private static void infrastructureNotes(
      TerraformGraph graph, List<DraftBuilder> drafts, List<String> fileNotes) {
    for (Resource group : graph.ofType("aws_eks_node_group")) {
      fileNotes.add(nodeGroup(group));
    }
    List<String> nats = addresses(graph.ofType("aws_nat_gateway"));
    for (DraftBuilder d : drafts) {
      if (Boolean.TRUE.equals(d.get("vpcEgress"))) {
        d.note(
            nats.isEmpty()
                ? "the plan has no NAT gateway: vpcEgress only if one is" + " elsewhere"
                : "the plan's NAT gateways ("
                    + String.join(", ", nats)
                    + ") carry"
                    + " its egress");
      }
    }
    List<String> lbs = addresses(graph.ofType("aws_lb"));
    lbs.addAll(addresses(graph.ofType("aws_alb")));
    if (!lbs.isEmpty()) {
      fileNotes.add(
          "load balancers in the plan ("
              + String.join(", ", lbs)
              + "): a container"
              + " service behind one pays for it; each placement prices its own front door");
    }
  }

  private static String nodeGroup(Resource group) {
    List<String> types = new ArrayList<>();
    for (YamlNode t : Nodes.items(group.get("instance_types"))) {
      String type = Nodes.text(t);
      if (type != null) {
        types.add(Text.shorten(type));
      }
    }
    String sizes = "";
    for (YamlNode s : Nodes.items(group.get("scaling_config"))) {
      MapNode scaling = Nodes.mapping(s, "scaling_config");
      YamlNode min = Nodes.get(scaling, "min_size");
      YamlNode max = Nodes.get(scaling, "max_size");
      if (min != null && max != null) {
        sizes =
            ", "
                + Nodes.whole(min, "min_size", 0, 1_000_000)
                + " to "
                + Nodes.whole(max, "max_size", 0, 1_000_000)
                + " nodes";
      }
    }
    return "organization: the plan's EKS node group "
        + Text.shorten(group.address())
        + " ("
        + (types.isEmpty() ? "instance type not given" : String.join(", ", types))
        + sizes
        + ") sizes the cluster: set organization.kubernetes.instanceType and minNodes to match";
  }

  private static List<String> addresses(List<Resource> resources) {
    List<String> out = new ArrayList<>();
    resources.forEach(r -> out.add(Text.shorten(r.address())));
    return out;
  }
}
