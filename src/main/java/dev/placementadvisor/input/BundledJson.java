package dev.placementadvisor.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The start-up seam for bundled data (the pricing catalog and the weights): the build writes each
 * bundled YAML file again as JSON beside it, and a run reads that form. The YAML file stays the one
 * source; the JSON is made from the tree the YAML reader builds, so it holds the same keys, values
 * and kinds (a test compares the two trees). Reading JSON takes a fraction of the time SnakeYAML
 * takes over the catalog's 100 KB on a cold JVM (docs/performance.md, start-up).
 */
public final class BundledJson {
  private BundledJson() {}

  /** The JSON form's resource path for a bundled YAML resource's path. */
  static String jsonPath(String yamlPath) {
    if (!yamlPath.endsWith(".yaml")) {
      throw new IllegalArgumentException("not a YAML resource: " + yamlPath);
    }
    return yamlPath.substring(0, yamlPath.length() - ".yaml".length()) + ".json";
  }

  /**
   * Reads a bundled resource: its JSON form when the build made one, else the YAML file (a class
   * path without the build's step, as in some IDEs, still works, only slower).
   */
  public static YamlNode read(String yamlPath, String displayName) {
    String json = text(jsonPath(yamlPath));
    if (json != null) {
      return YamlTreeReader.parseJson(json, displayName, false);
    }
    String yaml = text(yamlPath);
    if (yaml == null) {
      throw new IllegalStateException("missing resource " + yamlPath);
    }
    return YamlTreeReader.parse(yaml, displayName);
  }

  private static String text(String path) {
    try (InputStream in = BundledJson.class.getResourceAsStream(path)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JSON form of a YAML tree: the same keys in the same order, scalars as written. */
  static String json(YamlNode root) {
    var out = new java.io.StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      node(g, root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void node(JsonGenerator g, YamlNode node) throws IOException {
    if (node instanceof YamlNode.MapNode m) {
      g.writeStartObject();
      for (YamlNode.Entry e : m.entries().values()) {
        g.writeFieldName(e.key());
        node(g, e.value());
      }
      g.writeEndObject();
    } else if (node instanceof YamlNode.ListNode l) {
      g.writeStartArray();
      for (YamlNode item : l.items()) {
        node(g, item);
      }
      g.writeEndArray();
    } else {
      YamlNode.ScalarNode s = (YamlNode.ScalarNode) node;
      switch (s.kind()) {
        case STRING -> g.writeString(s.text());
        case INTEGER, FLOAT -> g.writeNumber(s.text());
        case BOOLEAN -> g.writeBoolean(Boolean.parseBoolean(s.text()));
        case NULL -> g.writeNull();
      }
    }
  }

  /**
   * Run by the build (process-classes): {@code BundledJson DIR RESOURCE...} writes, for each YAML
   * resource path under the class-output directory DIR, its JSON form beside it.
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    for (int i = 1; i < args.length; i++) {
      String resource = args[i].startsWith("/") ? args[i].substring(1) : args[i];
      Path yaml = dir.resolve(resource);
      YamlNode root = YamlTreeReader.parse(Files.readString(yaml), resource);
      Path json = dir.resolve(jsonPath(resource));
      Path tmp = json.resolveSibling(json.getFileName() + ".tmp");
      Files.writeString(tmp, json(root));
      Files.move(tmp, json, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
