package dev.placementadvisor.importer;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.Location;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.input.YamlNode;
import dev.placementadvisor.input.YamlNode.Entry;
import dev.placementadvisor.input.YamlNode.ScalarKind;
import dev.placementadvisor.input.YamlTreeReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a TOML file into the located tree the other formats read, within the YAML reader's depth
 * and length limits. Jackson's TOML parser gives a place only for its errors, so where a value
 * stands is found by a simple scan: the line of its {@code key =} under its table header, else the
 * header's line.
 */
final class TomlTree {
  private static final TomlMapper MAPPER =
      new TomlMapper(
          TomlFactory.builder().streamReadConstraints(YamlTreeReader.constraints()).build());
  private static final Pattern HEADER = Pattern.compile("^\\s*\\[\\[?\\s*([^\\]]+?)\\s*]]?");
  private static final Pattern KEY = Pattern.compile("^\\s*([A-Za-z0-9_\\-.\"' ]+?)\\s*=");

  private TomlTree() {}

  /** Parses TOML text; {@code displayName} is how messages name its file. */
  static YamlNode parse(String text, String displayName) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(text);
    } catch (StreamConstraintsException e) {
      String problem = String.valueOf(e.getOriginalMessage());
      throw new InputException(
          beyondLimit(text, displayName, problem), YamlTreeReader.limitProblem(problem), e);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      Location where =
          at == null || at.getLineNr() <= 0
              ? Location.ofFile(displayName)
              : new Location(displayName, at.getLineNr(), Math.max(1, at.getColumnNr()));
      throw new InputException(
          where, "TOML syntax error: " + Text.shorten(String.valueOf(e.getOriginalMessage())), e);
    }
    if (tree == null || !tree.isObject()) {
      throw new InputException(new Location(displayName, 1, 1), "expected a TOML table");
    }
    return convert(tree, "", lines(text, displayName), new Location(displayName, 1, 1));
  }

  /**
   * Where a TOML text goes past one of the reader's limits, found by a scan, as Jackson's TOML
   * parser gives no place for these: for nesting, the first place of the deepest nesting (brackets
   * and braces, and the dotted parts of a key or table header); for a string or a number, the start
   * of the longest; else the first line.
   */
  static Location beyondLimit(String text, String displayName, String problem) {
    boolean depth = problem.startsWith("Document nesting depth");
    boolean number = problem.startsWith("Number value length");
    int best = 0;
    int bestAt = 0;
    int brackets = 0;
    int dots = 0;
    int n = text.length();
    for (int i = 0; i < n; ) {
      char c = text.charAt(i);
      int end = i + 1;
      int nesting = -1;
      int string = -1;
      int digits = -1;
      if (c == '#') {
        end = lineEnd(text, i);
      } else if (c == '"' || c == '\'') {
        end = stringEnd(text, i);
        string = end - i;
      } else if (c == '\n') {
        dots = 0;
      } else if (c == '[' || c == '{') {
        nesting = ++brackets + dots;
      } else if (c == ']' || c == '}') {
        brackets = Math.max(0, brackets - 1);
      } else if (c == '.') {
        // A dot outside strings and numbers parts a key or a table header: one table deeper.
        nesting = brackets + ++dots;
      } else if (Character.isDigit(c)) {
        while (end < n && "0123456789_.eE+-xXoObBabcdefABCDEF:TZ".indexOf(text.charAt(end)) >= 0) {
          end++;
        }
        digits = end - i;
      }
      int measure = depth ? nesting : number ? digits : string;
      if (measure > best) {
        best = measure;
        bestAt = i;
      }
      i = end;
    }
    return YamlTreeReader.lineAndColumn(text, bestAt, displayName);
  }

  private static int lineEnd(String text, int from) {
    int nl = text.indexOf('\n', from);
    return nl < 0 ? text.length() : nl;
  }

  /** The end (past the closing quote) of the string that starts at {@code from}. */
  private static int stringEnd(String text, int from) {
    char q = text.charAt(from);
    String close =
        text.startsWith(String.valueOf(q).repeat(3), from)
            ? String.valueOf(q).repeat(3)
            : String.valueOf(q);
    int i = from + close.length();
    while (i < text.length() && !text.startsWith(close, i)) {
      i += q == '"' && text.charAt(i) == '\\' ? 2 : 1;
    }
    return Math.min(text.length(), i + close.length());
  }

  /** Where each key and table header stands: dotted path (from the root) to its place. */
  private static Map<String, Location> lines(String text, String displayName) {
    Map<String, Location> at = new HashMap<>();
    String table = "";
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher h = HEADER.matcher(lines[i]);
      if (h.find()) {
        table = unquote(h.group(1));
        at.putIfAbsent(table, new Location(displayName, i + 1, h.start(1) + 1));
        continue;
      }
      Matcher k = KEY.matcher(lines[i]);
      if (k.find()) {
        String key = unquote(k.group(1));
        at.putIfAbsent(
            table.isEmpty() ? key : table + "." + key,
            new Location(displayName, i + 1, k.start(1) + 1));
      }
    }
    return at;
  }

  private static String unquote(String key) {
    return key.replaceAll("\\s*\\.\\s*", ".").replace("\"", "").replace("'", "");
  }

  private static YamlNode convert(
      JsonNode node, String path, Map<String, Location> lines, Location parent) {
    Location here = lines.getOrDefault(path, parent);
    if (node.isObject()) {
      Map<String, Entry> entries = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> f : node.properties()) {
        String child = path.isEmpty() ? f.getKey() : path + "." + f.getKey();
        YamlNode value = convert(f.getValue(), child, lines, here);
        entries.put(f.getKey(), new Entry(f.getKey(), value.location(), value));
      }
      return new YamlNode.MapNode(here, entries);
    }
    if (node.isArray()) {
      List<YamlNode> items = new ArrayList<>();
      for (JsonNode item : node) {
        items.add(convert(item, path, lines, here));
      }
      return new YamlNode.ListNode(here, items);
    }
    ScalarKind kind =
        node.isBoolean()
            ? ScalarKind.BOOLEAN
            : node.isIntegralNumber()
                ? ScalarKind.INTEGER
                : node.isNumber()
                    ? ScalarKind.FLOAT
                    : node.isNull() ? ScalarKind.NULL : ScalarKind.STRING;
    return new YamlNode.ScalarNode(here, node.asText(), kind);
  }
}
