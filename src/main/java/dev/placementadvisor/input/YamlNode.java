package dev.placementadvisor.input;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A node of a parsed YAML document that remembers where it stands in its file. */
public sealed interface YamlNode permits YamlNode.MapNode, YamlNode.ListNode, YamlNode.ScalarNode {

  Location location();

  /** What the node is, in words for error messages. */
  String kindName();

  /** True when two trees say the same (keys, values and their kinds), wherever they stand. */
  static boolean sameContent(YamlNode a, YamlNode b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a instanceof ScalarNode x && b instanceof ScalarNode y) {
      return x.kind() == y.kind() && x.text().equals(y.text());
    }
    if (a instanceof ListNode x && b instanceof ListNode y) {
      if (x.items().size() != y.items().size()) {
        return false;
      }
      for (int i = 0; i < x.items().size(); i++) {
        if (!sameContent(x.items().get(i), y.items().get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof MapNode x && b instanceof MapNode y) {
      if (!x.entries().keySet().equals(y.entries().keySet())) {
        return false;
      }
      for (String key : x.entries().keySet()) {
        if (!sameContent(x.entries().get(key).value(), y.entries().get(key).value())) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /** A mapping; keys keep their order and their own locations. */
  record MapNode(Location location, Map<String, Entry> entries) implements YamlNode {
    public MapNode {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    @Override
    public String kindName() {
      return "a mapping";
    }
  }

  /** One key of a mapping with its value. */
  record Entry(String key, Location keyLocation, YamlNode value) {}

  /** A sequence. */
  record ListNode(Location location, List<YamlNode> items) implements YamlNode {
    public ListNode {
      items = List.copyOf(items);
    }

    @Override
    public String kindName() {
      return "a list";
    }
  }

  /** The type the YAML parser inferred for a scalar. */
  enum ScalarKind {
    STRING,
    INTEGER,
    FLOAT,
    BOOLEAN,
    NULL
  }

  /** A scalar with its text as written (unquoted) and the type the parser inferred. */
  record ScalarNode(Location location, String text, ScalarKind kind) implements YamlNode {
    @Override
    public String kindName() {
      if (location.opaque()) {
        return switch (kind) {
          case STRING -> "text";
          case INTEGER, FLOAT -> "a number";
          case BOOLEAN -> "a boolean";
          case NULL -> "an empty value";
        };
      }
      return switch (kind) {
        case STRING -> "text '" + Text.shorten(text) + "'";
        case INTEGER, FLOAT -> "the number " + Text.shorten(text);
        case BOOLEAN -> "the boolean " + text;
        case NULL -> "an empty value";
      };
    }

    public boolean isNull() {
      return kind == ScalarKind.NULL;
    }
  }
}
