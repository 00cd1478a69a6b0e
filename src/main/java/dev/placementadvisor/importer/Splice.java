package dev.placementadvisor.importer;

import dev.placementadvisor.input.YamlNode;
import dev.placementadvisor.input.YamlNode.MapNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Replaces the {@code services} block of an inventory's text, keeping every other line as it is
 * (comments included), and adds the placeholder profile. An inventory whose top level is not
 * written as a block (one key a line, at the start of the line) is written anew from its values
 * instead: its comments are lost, its values kept.
 */
final class Splice {
  private final MapNode root;
  private final List<String> lines;

  Splice(String text, MapNode root) {
    this.root = root;
    this.lines = Arrays.asList(text.split("\n", -1));
  }

  /** An edit: lines [from, to) replaced by {@code with} (a whole number of lines). */
  private record Edit(int from, int to, String with) {}

  /** The text with {@code services} (the block, its key included) and, if asked, the profile. */
  String text(String services, boolean addProfile) {
    if (!blockStyle()) {
      return anew(services, addProfile);
    }
    List<Edit> edits = new ArrayList<>();
    int[] s = range("services");
    edits.add(new Edit(s[0], s[1], services));
    if (addProfile) {
      edits.add(profileEdit(s[0]));
    }
    edits.sort(Comparator.comparingInt(Edit::from).reversed());
    List<String> out = new ArrayList<>(lines);
    for (Edit e : edits) {
      List<String> with =
          e.with().isEmpty()
              ? List.of()
              : Arrays.asList(e.with().substring(0, e.with().length() - 1).split("\n", -1));
      out.subList(e.from(), e.to()).clear();
      out.addAll(e.from(), with);
    }
    String joined = String.join("\n", out);
    return joined.endsWith("\n") ? joined : joined + "\n";
  }

  private Edit profileEdit(int servicesFrom) {
    YamlNode.Entry p = root.entries().get("profiles");
    if (p == null) {
      return new Edit(
          servicesFrom, servicesFrom, "profiles:\n" + InventoryWriter.placeholder(2) + "\n");
    }
    if (p.value() instanceof MapNode m && !m.entries().isEmpty()) {
      YamlNode.Entry first = m.entries().values().iterator().next();
      if (first.keyLocation().line() > p.keyLocation().line()) {
        int at = p.keyLocation().line();
        return new Edit(at, at, InventoryWriter.placeholder(first.keyLocation().column() - 1));
      }
    }
    int[] r = range("profiles");
    String kept =
        p.value() instanceof MapNode m && !m.entries().isEmpty()
            ? YamlText.node(m, 2).substring(1)
            : "";
    return new Edit(r[0], r[1], "profiles:\n" + kept + InventoryWriter.placeholder(2));
  }

  /** Lines [first, end) of a top-level key's block, trailing blank and comment lines left out. */
  private int[] range(String key) {
    int from = root.entries().get(key).keyLocation().line() - 1;
    int to = lines.size();
    for (YamlNode.Entry e : root.entries().values()) {
      int line = e.keyLocation().line() - 1;
      if (line > from && line < to) {
        to = line;
      }
    }
    while (to - 1 > from && (lines.get(to - 1).isBlank() || lines.get(to - 1).startsWith("#"))) {
      to--;
    }
    return new int[] {from, to};
  }

  /** True when every top-level key starts its own line, and services is a block list. */
  private boolean blockStyle() {
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (YamlNode.Entry e : root.entries().values()) {
      if (e.keyLocation().column() != 1 || !seen.add(e.keyLocation().line())) {
        return false;
      }
    }
    YamlNode.Entry s = root.entries().get("services");
    return s.value().location().line() > s.keyLocation().line();
  }

  /** The inventory written from its values, with the services block given. */
  private String anew(String services, boolean addProfile) {
    StringBuilder b = new StringBuilder(InventoryWriter.MODELINE).append('\n');
    for (YamlNode.Entry e : root.entries().values()) {
      if (e.key().equals("services")) {
        b.append(services);
      } else if (e.key().equals("profiles") && addProfile) {
        b.append("profiles:");
        b.append(
            e.value() instanceof MapNode m && !m.entries().isEmpty() ? YamlText.node(m, 2) : "\n");
        b.append(InventoryWriter.placeholder(2));
      } else {
        b.append(YamlText.text(e.key())).append(':').append(YamlText.node(e.value(), 2));
      }
    }
    if (addProfile && !root.entries().containsKey("profiles")) {
      b.append("profiles:\n").append(InventoryWriter.placeholder(2));
    }
    return b.toString();
  }
}
