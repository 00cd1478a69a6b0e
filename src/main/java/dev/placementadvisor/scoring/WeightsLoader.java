package dev.placementadvisor.scoring;

import dev.placementadvisor.cost.Operations;
import dev.placementadvisor.input.BundledJson;
import dev.placementadvisor.input.Fields;
import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.input.Values;
import dev.placementadvisor.input.YamlNode;
import dev.placementadvisor.input.YamlTreeReader;
import dev.placementadvisor.result.Bands;
import dev.placementadvisor.result.Weight;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads weights: the bundled defaults, then overrides from a weights file or an inventory's {@code
 * weights:} block. Overrides may name any subset of factors and table buckets.
 */
public final class WeightsLoader {
  private static final String RESOURCE = "/dev/placementadvisor/scoring/weights.yaml";
  private static final int MAX_POINTS = 1000;

  private static volatile Weights defaults;

  private WeightsLoader() {}

  /** The bundled default weights. */
  public static Weights defaults() {
    Weights d = defaults;
    if (d == null) {
      // Read once, as the bundled catalog is (CatalogLoader#bundled).
      synchronized (WeightsLoader.class) {
        d = defaults;
        if (d == null) {
          d = loadDefaults();
          defaults = d;
        }
      }
    }
    return d;
  }

  private static Weights loadDefaults() {
    YamlNode root = BundledJson.read(RESOURCE, "weights.yaml (bundled)");
    Weights w = apply(null, root, "bundled weights", true);
    for (String id : Factors.weightedIds()) {
      if (!w.factors().containsKey(id)) {
        throw new IllegalStateException("bundled weights lack factor " + id);
      }
    }
    return w;
  }

  /** Applies a weights file over {@code base}. */
  public static Weights applyFile(Weights base, Path file) {
    YamlNode root = YamlTreeReader.read(file, Text.path(file), true);
    return apply(base, root, "the weights file", true);
  }

  /** Applies an inventory's {@code weights:} block over {@code base}. */
  public static Weights applyBlock(Weights base, YamlNode block) {
    return block == null ? base : apply(base, block, "weights", false);
  }

  private static Weights apply(Weights base, YamlNode root, String context, boolean file) {
    List<String> keys =
        file
            ? List.of("version", "factors", "bands", "operations")
            : List.of("factors", "bands", "operations");
    Fields top = Fields.of(root, context, keys);
    if (file && top.has("version")) {
      long v = Values.integer(top.get("version"), "version", 0, Integer.MAX_VALUE);
      if (v != 1) {
        throw new InputException(
            top.get("version").location(), "unsupported weights version " + v + ": expected 1");
      }
    }
    Map<String, Weight> factors = new LinkedHashMap<>();
    if (base != null) {
      factors.putAll(base.factors());
    }
    if (top.has("factors")) {
      Fields f = Fields.of(top.get("factors"), context + ".factors", Factors.weightedIds());
      for (YamlNode.Entry e : f.entries().values()) {
        if (f.get(e.key()) == null) {
          throw new InputException(e.keyLocation(), "factor '" + e.key() + "' has no weight");
        }
        factors.put(e.key(), weight(e.key(), e.value(), factors.get(e.key())));
      }
    }
    Bands bands = base == null ? null : base.bands();
    if (top.has("bands")) {
      bands = bands(top.get("bands"), context, bands);
    }
    if (bands == null) {
      throw new InputException(top.location(), context + " must define bands");
    }
    Operations.Settings operations = base == null ? null : base.operations();
    if (top.has("operations")) {
      operations = OperationsLoader.settings(top.get("operations"), context, operations);
    }
    if (operations == null) {
      throw new InputException(top.location(), context + " must define operations");
    }
    return new Weights(factors, bands, operations);
  }

  private static Weight weight(String id, YamlNode node, Weight previous) {
    List<String> buckets = Factors.buckets(id);
    if (buckets.isEmpty()) {
      if (node instanceof YamlNode.MapNode) {
        throw new InputException(
            node.location(), "factor '" + id + "' takes a number of points, got a mapping");
      }
      return new Weight.Points((int) Values.integer(node, id, -MAX_POINTS, MAX_POINTS));
    }
    if (!(node instanceof YamlNode.MapNode)) {
      throw new InputException(
          node.location(),
          "factor '"
              + id
              + "' takes points per bucket ("
              + String.join(", ", buckets)
              + "), got "
              + node.kindName());
    }
    Fields f = Fields.of(node, "factor '" + id + "'", buckets);
    Map<String, Integer> points = new LinkedHashMap<>();
    if (previous instanceof Weight.Table t) {
      points.putAll(t.points());
    }
    for (YamlNode.Entry e : f.entries().values()) {
      YamlNode v = f.get(e.key());
      if (v == null) {
        throw new InputException(e.keyLocation(), "bucket '" + e.key() + "' has no points");
      }
      points.put(e.key(), (int) Values.integer(v, id + "." + e.key(), -MAX_POINTS, MAX_POINTS));
    }
    for (String b : buckets) {
      if (!points.containsKey(b)) {
        throw new InputException(
            node.location(), "factor '" + id + "' lacks bucket '" + Text.shorten(b) + "'");
      }
    }
    Map<String, Integer> ordered = new LinkedHashMap<>();
    for (String b : buckets) {
      ordered.put(b, points.get(b));
    }
    return new Weight.Table(ordered);
  }

  private static Bands bands(YamlNode node, String context, Bands base) {
    Fields f = Fields.of(node, context + ".bands", List.of("hybrid", "kubernetes"));
    int hybrid =
        f.has("hybrid")
            ? (int) Values.integer(f.get("hybrid"), "hybrid", -MAX_POINTS, MAX_POINTS)
            : base == null ? 9 : base.hybridFrom();
    int k8s =
        f.has("kubernetes")
            ? (int) Values.integer(f.get("kubernetes"), "kubernetes", -MAX_POINTS, MAX_POINTS)
            : base == null ? 16 : base.kubernetesFrom();
    if (hybrid > k8s) {
      throw new InputException(
          f.location(),
          "band 'hybrid' (" + hybrid + ") must not start above band 'kubernetes' (" + k8s + ")");
    }
    return new Bands(hybrid, k8s);
  }
}
