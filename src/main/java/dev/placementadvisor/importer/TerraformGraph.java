package dev.placementadvisor.importer;

import dev.placementadvisor.input.Location;
import dev.placementadvisor.input.YamlNode;
import dev.placementadvisor.input.YamlNode.Entry;
import dev.placementadvisor.input.YamlNode.MapNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The resources of a Terraform plan ({@code terraform show -json}) and what refers to what: the
 * planned values of every managed resource, modules included, and, from the plan's configuration,
 * the resources each argument's expression refers to.
 */
final class TerraformGraph {
  /** One managed resource: its address, type, planned values and place in the file. */
  record Resource(String address, String type, String name, MapNode values, Location at) {
    /** The value of an argument, or null. */
    YamlNode get(String key) {
      return Nodes.get(values, key);
    }

    String text(String key) {
      return Nodes.text(get(key));
    }
  }

  private final List<Resource> resources = new ArrayList<>();

  /** Address (without index) → argument → addresses (without index) it refers to. */
  private final Map<String, Map<String, List<String>>> references = new HashMap<>();

  TerraformGraph(MapNode plan) {
    MapNode values = Nodes.getMap(plan, "planned_values");
    values = values != null ? values : Nodes.getMap(plan, "values");
    if (values != null) {
      module(Nodes.getMap(values, "root_module"));
    } else {
      changes(Nodes.get(plan, "resource_changes"));
    }
    MapNode configuration = Nodes.getMap(plan, "configuration");
    configuration(Nodes.getMap(configuration, "root_module"), "");
  }

  List<Resource> resources() {
    return resources;
  }

  List<Resource> ofType(String type) {
    return resources.stream().filter(r -> r.type().equals(type)).toList();
  }

  /** The resources of {@code type} that an argument of {@code from} refers to. */
  List<Resource> referred(Resource from, String argument, String type) {
    List<String> to =
        references
            .getOrDefault(unindexed(from.address()), Map.of())
            .getOrDefault(argument, List.of());
    return resources.stream()
        .filter(r -> r.type().equals(type) && to.contains(unindexed(r.address())))
        .toList();
  }

  private void module(MapNode module) {
    for (YamlNode item : Nodes.items(Nodes.get(module, "resources"))) {
      add(Nodes.mapping(item, "resources"), "values");
    }
    for (YamlNode child : Nodes.items(Nodes.get(module, "child_modules"))) {
      module(Nodes.mapping(child, "child_modules"));
    }
  }

  /** A plan without planned values: each change's {@code after}, but for deletions. */
  private void changes(YamlNode changes) {
    for (YamlNode item : Nodes.items(changes)) {
      MapNode change = Nodes.mapping(item, "resource_changes");
      MapNode detail = Nodes.getMap(change, "change");
      List<YamlNode> actions = Nodes.items(Nodes.get(detail, "actions"));
      if (actions.size() == 1 && "delete".equals(Nodes.text(actions.get(0)))) {
        continue;
      }
      MapNode after = Nodes.getMap(detail, "after");
      if (after != null) {
        add(change, after);
      }
    }
  }

  private void add(MapNode resource, String valuesKey) {
    add(resource, Nodes.getMap(resource, valuesKey));
  }

  private void add(MapNode resource, MapNode values) {
    String mode = Nodes.text(Nodes.get(resource, "mode"));
    String address = Nodes.text(Nodes.get(resource, "address"));
    String type = Nodes.text(Nodes.get(resource, "type"));
    if (address == null || type == null || mode != null && !mode.equals("managed")) {
      return;
    }
    String name = Nodes.text(Nodes.get(resource, "name"));
    resources.add(
        new Resource(
            address,
            type,
            name == null ? address : name,
            values == null ? new MapNode(resource.location(), Map.of()) : values,
            resource.location()));
  }

  private void configuration(MapNode module, String prefix) {
    if (module == null) {
      return;
    }
    for (YamlNode item : Nodes.items(Nodes.get(module, "resources"))) {
      MapNode resource = Nodes.mapping(item, "resources");
      String address = Nodes.text(Nodes.get(resource, "address"));
      MapNode expressions = Nodes.getMap(resource, "expressions");
      if (address == null || expressions == null) {
        continue;
      }
      Map<String, List<String>> arguments = new LinkedHashMap<>();
      for (Entry e : expressions.entries().values()) {
        List<String> to = new ArrayList<>();
        MapNode expression = e.value() instanceof MapNode m ? m : null;
        for (YamlNode ref : Nodes.items(Nodes.get(expression, "references"))) {
          String target = resourceOf(Nodes.text(ref));
          if (target != null) {
            to.add(prefix + target);
          }
        }
        arguments.put(e.key(), to);
      }
      references.put(prefix + address, arguments);
    }
    MapNode calls = Nodes.getMap(module, "module_calls");
    for (Entry call : calls == null ? List.<Entry>of() : calls.entries().values()) {
      MapNode child = Nodes.getMap(call.value() instanceof MapNode m ? m : null, "module");
      configuration(child, prefix + "module." + call.key() + ".");
    }
  }

  /** The resource a reference names ({@code aws_lambda_function.api.invoke_arn}), or null. */
  private static String resourceOf(String reference) {
    if (reference == null) {
      return null;
    }
    String[] parts = unindexed(reference).split("\\.");
    if (parts.length < 2
        || !parts[0].contains("_")
        || parts[0].equals("each")
        || parts[0].equals("count")) {
      return null;
    }
    return parts[0] + "." + parts[1];
  }

  /** An address without instance keys: {@code aws_lambda_function.api[0]} → {@code ...api}. */
  static String unindexed(String address) {
    return address.replaceAll("\\[[^\\]]*]", "");
  }
}
