package dev.placementadvisor.input;

import dev.placementadvisor.input.YamlNode.Entry;
import dev.placementadvisor.input.YamlNode.MapNode;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads the keys of one YAML mapping strictly: unknown keys are errors with a suggestion, required
 * keys must be present, and every message names the mapping it is about.
 */
public final class Fields {
  private final MapNode node;
  private final String context;

  private Fields(MapNode node, String context) {
    this.node = node;
    this.context = context;
  }

  /**
   * Opens {@code node} as a mapping with the given known keys.
   *
   * @param context what the mapping is, for messages ("service 'auth'", "organization")
   */
  public static Fields of(YamlNode node, String context, Collection<String> known) {
    if (!(node instanceof MapNode map)) {
      throw new InputException(
          node.location(), context + " must be a mapping, got " + node.kindName());
    }
    for (Entry e : map.entries().values()) {
      if (!known.contains(e.key())) {
        String hint = Text.didYouMean(e.key(), known);
        throw new InputException(
            e.keyLocation(),
            "unknown key"
                + Text.quoted(e.keyLocation(), e.key())
                + " in "
                + context
                + (hint != null
                    ? " (did you mean '" + hint + "'?)"
                    : " (known keys: " + String.join(", ", known) + ")"));
      }
    }
    return new Fields(map, context);
  }

  public String context() {
    return context;
  }

  public Location location() {
    return node.location();
  }

  public Map<String, Entry> entries() {
    return node.entries();
  }

  /** True when the key is present with a non-empty value. */
  public boolean has(String key) {
    YamlNode v = get(key);
    return v != null;
  }

  /** The value of a key, or null when it is absent or empty. */
  public YamlNode get(String key) {
    Entry e = node.entries().get(key);
    if (e == null) {
      return null;
    }
    if (e.value() instanceof YamlNode.ScalarNode s && s.isNull()) {
      return null;
    }
    return e.value();
  }

  /** The value of a required key. */
  public YamlNode require(String key) {
    YamlNode v = get(key);
    if (v == null) {
      Entry e = node.entries().get(key);
      if (e != null) {
        throw new InputException(e.keyLocation(), "'" + key + "' in " + context + " has no value");
      }
      throw new InputException(node.location(), "missing required key '" + key + "' in " + context);
    }
    return v;
  }

  /** The list under a key (absent or empty: an empty list). */
  public List<YamlNode> list(String key) {
    YamlNode v = get(key);
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof YamlNode.ListNode l)) {
      throw new InputException(
          v.location(), "'" + key + "' in " + context + " must be a list, got " + v.kindName());
    }
    return l.items();
  }
}
