package dev.placementadvisor.importer;

import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.Location;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.input.Values;
import dev.placementadvisor.input.YamlNode;
import dev.placementadvisor.input.YamlNode.ListNode;
import dev.placementadvisor.input.YamlNode.MapNode;
import dev.placementadvisor.input.YamlNode.ScalarKind;
import dev.placementadvisor.input.YamlNode.ScalarNode;
import dev.placementadvisor.inventory.InventoryLoader;
import java.util.List;

/** Reading located trees of deployment files: lookups, names, opaque and unresolved values. */
final class Nodes {
  private Nodes() {}

  /** The value of {@code key}, or null when the mapping has no such key. */
  static YamlNode get(MapNode map, String key) {
    if (map == null) {
      return null;
    }
    YamlNode.Entry e = map.entries().get(key);
    return e == null ? null : e.value();
  }

  /** The value of {@code key} when it is a mapping, else null. */
  static MapNode getMap(MapNode map, String key) {
    return get(map, key) instanceof MapNode m ? m : null;
  }

  /** A mapping, or an error naming what was expected where. */
  static MapNode mapping(YamlNode node, String what) {
    if (node instanceof MapNode m) {
      return m;
    }
    throw new InputException(
        node.location(), "'" + what + "' must be a mapping, got " + node.kindName());
  }

  /**
   * The mapping at {@code key}, or null when there is none; a value of another shape is refused
   * where it stands, not read as missing.
   */
  static MapNode optionalMap(MapNode map, String key) {
    YamlNode v = get(map, key);
    return v == null || v instanceof ScalarNode s && s.isNull() ? null : mapping(v, key);
  }

  /**
   * The text of a single value, or null when there is none; a list or a mapping is refused where it
   * stands, not read as missing. (An intrinsic function is the caller's to look for first.)
   */
  static String single(YamlNode node, String field) {
    if (node == null || node instanceof ScalarNode n && n.isNull()) {
      return null;
    }
    if (node instanceof ScalarNode s) {
      return s.text();
    }
    throw new InputException(
        node.location(), "'" + field + "' must be a single value, got " + node.kindName());
  }

  /** The items of a list, a single value as a list of one, an empty list for null. */
  static List<YamlNode> items(YamlNode node) {
    if (node == null || node instanceof ScalarNode s && s.isNull()) {
      return List.of();
    }
    return node instanceof ListNode l ? l.items() : List.of(node);
  }

  /** Text of a plain scalar (not a boolean), or null for anything else. */
  static String text(YamlNode node) {
    if (node instanceof ScalarNode s && !s.isNull() && s.kind() != ScalarKind.BOOLEAN) {
      return s.text();
    }
    return null;
  }

  /**
   * True for a value that only the deployment tool can compute: a CloudFormation intrinsic
   * function, short ({@code !Ref x}, read by {@code YamlTreeReader.parseTagged} as a mapping with
   * the key {@code "!Ref"}) or long ({@code {"Ref": x}}, {@code {"Fn::GetAtt": [...]}}).
   */
  static boolean isIntrinsic(YamlNode node) {
    return intrinsic(node) != null;
  }

  /** The intrinsic function's name as written ({@code !Sub}, {@code Fn::If}), or null. */
  static String intrinsic(YamlNode node) {
    if (node instanceof MapNode m && m.entries().size() == 1) {
      String key = m.entries().keySet().iterator().next();
      if (key.startsWith("!")
          || key.startsWith("Fn::")
          || key.equals("Ref")
          || key.equals("Condition")) {
        return key;
      }
    }
    return null;
  }

  /**
   * The first {@code ${...}} variable of a text, with the variables nested in it ({@code
   * ${self:custom.${sls:stage}}}), or null when it has none.
   */
  static String variable(String text) {
    int start = text == null ? -1 : text.indexOf("${");
    if (start < 0) {
      return null;
    }
    int depth = 0;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return text.substring(start, i + 1);
      }
    }
    return text.substring(start);
  }

  /**
   * Why a value cannot be read yet, for a note naming the field ("MemorySize is !If"), or null when
   * it can: an intrinsic function, or text holding a {@code ${...}} variable. A mapping or a list
   * is readable though some of its values may not be (a VPC whose subnets are variables is still a
   * VPC).
   */
  static String unreadable(YamlNode node) {
    String fn = intrinsic(node);
    if (fn != null) {
      return "an intrinsic function (" + Text.shorten(fn) + ")";
    }
    String var = node instanceof ScalarNode s ? variable(s.text()) : null;
    return var == null ? null : "the unresolved variable " + Text.shorten(var);
  }

  /** A service name, checked against the inventory's name rule. */
  static String serviceName(String name, Location at) {
    if (!InventoryLoader.NAME.matcher(name).matches()) {
      throw new InputException(
          at,
          "invalid service name"
              + Text.quoted(at, name)
              + ": use letters, digits, '.', '_' and '-', starting with a letter or digit (at"
              + " most 100)");
    }
    return name;
  }

  /** A whole number in [min, max], as {@link Values#integer}. */
  static long whole(YamlNode node, String field, long min, long max) {
    return Values.integer(node, field, min, max);
  }

  /** A number in (0, max], as {@link Values#number}. */
  static double positive(YamlNode node, String field, double max) {
    return Values.number(node, field, 0, true, max);
  }

  /** A double as a draft's value: a whole number as a {@link Long}, else rounded to 2 places. */
  static Object figure(double value) {
    double rounded = Math.round(value * 100) / 100.0;
    if (rounded == Math.rint(rounded) && Math.abs(rounded) < 1e15) {
      return (long) rounded;
    }
    return rounded;
  }
}
