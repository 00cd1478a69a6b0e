package dev.placementadvisor.importer;

import dev.placementadvisor.input.YamlNode;
import dev.placementadvisor.input.YamlNode.ListNode;
import dev.placementadvisor.input.YamlNode.MapNode;
import dev.placementadvisor.input.YamlNode.ScalarNode;
import java.util.List;

/**
 * Looks values up in a parsed deployment file by path of keys. A value that is missing, empty or of
 * another shape than asked for is null (or an empty list): deployment files leave out much, and a
 * format reads only what it maps.
 */
final class Tree {
  private Tree() {}

  /** The node at {@code path} under {@code node}, or null. */
  static YamlNode at(YamlNode node, String... path) {
    YamlNode n = node;
    for (String key : path) {
      if (!(n instanceof MapNode m) || m.entries().get(key) == null) {
        return null;
      }
      n = m.entries().get(key).value();
    }
    return n instanceof ScalarNode s && s.isNull() ? null : n;
  }

  /** The mapping at {@code path}, or null. */
  static MapNode map(YamlNode node, String... path) {
    return at(node, path) instanceof MapNode m ? m : null;
  }

  /** The items of the list at {@code path}, or none. */
  static List<YamlNode> list(YamlNode node, String... path) {
    return at(node, path) instanceof ListNode l ? l.items() : List.of();
  }

  /** The scalar at {@code path}, or null. */
  static ScalarNode scalar(YamlNode node, String... path) {
    return at(node, path) instanceof ScalarNode s ? s : null;
  }

  /** The text of the scalar at {@code path}, or null. */
  static String text(YamlNode node, String... path) {
    ScalarNode s = scalar(node, path);
    return s == null ? null : s.text();
  }
}
