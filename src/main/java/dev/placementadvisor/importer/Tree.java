package dev.placementadvisor.importer;

import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.YamlNode;
import dev.placementadvisor.input.YamlNode.ListNode;
import dev.placementadvisor.input.YamlNode.MapNode;
import dev.placementadvisor.input.YamlNode.ScalarNode;
import java.util.List;

/**
 * Looks values up in a parsed deployment file by path of keys. A value that is missing or empty is
 * null (or an empty list): deployment files leave out much, and a format reads only what it maps. A
 * value that is there in another shape than the format defines (a list where a mapping or a single
 * value belongs) is refused where it stands: taken as missing, it would import a default with a
 * note saying that nothing was given.
 */
final class Tree {
  private Tree() {}

  /**
   * The node at {@code path} under {@code node}, of any shape, or null. Every key but the last must
   * lead to a mapping; {@code node} itself may be of any shape (the caller's to check).
   */
  static YamlNode at(YamlNode node, String... path) {
    YamlNode n = node;
    for (int i = 0; i < path.length; i++) {
      if (!(n instanceof MapNode m)) {
        if (i == 0) {
          return null;
        }
        throw shape(n, path[i - 1], "a mapping");
      }
      YamlNode.Entry e = m.entries().get(path[i]);
      if (e == null || e.value() instanceof ScalarNode s && s.isNull()) {
        return null;
      }
      n = e.value();
    }
    return n;
  }

  /** The mapping at {@code path}, or null. */
  static MapNode map(YamlNode node, String... path) {
    YamlNode n = at(node, path);
    if (n == null || n instanceof MapNode) {
      return (MapNode) n;
    }
    throw shape(n, path[path.length - 1], "a mapping");
  }

  /** The items of the list at {@code path}, or none. */
  static List<YamlNode> list(YamlNode node, String... path) {
    YamlNode n = at(node, path);
    if (n == null) {
      return List.of();
    }
    if (n instanceof ListNode l) {
      return l.items();
    }
    throw shape(n, path[path.length - 1], "a list");
  }

  /** The scalar at {@code path}, or null. */
  static ScalarNode scalar(YamlNode node, String... path) {
    return scalar("a single value", node, path);
  }

  /**
   * The scalar at {@code path}, or null; another shape is refused as not {@code expected} ("a
   * Kubernetes quantity such as 512Mi").
   */
  static ScalarNode scalar(String expected, YamlNode node, String... path) {
    YamlNode n = at(node, path);
    if (n == null || n instanceof ScalarNode) {
      return (ScalarNode) n;
    }
    throw shape(n, path[path.length - 1], expected);
  }

  /** The text of the scalar at {@code path}, or null. */
  static String text(YamlNode node, String... path) {
    ScalarNode s = scalar(node, path);
    return s == null ? null : s.text();
  }

  /** "'memory' must be a single value, got a list", at the value. The key is the format's. */
  private static InputException shape(YamlNode n, String key, String expected) {
    return new InputException(
        n.location(), "'" + key + "' must be " + expected + ", got " + n.kindName());
  }
}
