package dev.placementadvisor.pricing;

import dev.placementadvisor.input.BundledJson;
import dev.placementadvisor.input.Fields;
import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.input.Values;
import dev.placementadvisor.input.YamlNode;
import dev.placementadvisor.input.YamlTreeReader;
import dev.placementadvisor.pricing.PriceCatalog.Confidence;
import dev.placementadvisor.pricing.PriceCatalog.Instance;
import dev.placementadvisor.pricing.PriceCatalog.Price;
import dev.placementadvisor.pricing.PriceCatalog.Quantity;
import dev.placementadvisor.pricing.PriceCatalog.TaxLine;
import dev.placementadvisor.pricing.PriceCatalog.Tier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the bundled pricing catalog and applies user catalogs over it: a user file may define any
 * subset of entries, each replacing the bundled entry with the same id.
 */
public final class CatalogLoader {
  private static final String RESOURCE = "/dev/placementadvisor/pricing/catalog.yaml";
  private static final String BUNDLED = "bundled catalog";
  private static final double MAX_PRICE = 1e9;

  /** What an entry's id may be: shown in every report, it is held to the inventory's name rule. */
  private static final java.util.regex.Pattern ID =
      java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  /** The providers whose machines a catalog may list. */
  private static final List<String> PROVIDERS = List.of("aws", "gcp", "azure");

  private static volatile PriceCatalog bundled;

  private CatalogLoader() {}

  /** The bundled catalog. */
  public static PriceCatalog bundled() {
    PriceCatalog c = bundled;
    if (c == null) {
      // Read once: a caller that comes while another thread reads it (the command line's
      // preload) waits for that reading rather than doing it again.
      synchronized (CatalogLoader.class) {
        c = bundled;
        if (c == null) {
          c = apply(null, BundledJson.read(RESOURCE, BUNDLED), BUNDLED);
          check(c);
          bundled = c;
        }
      }
    }
    return c;
  }

  /**
   * Applies a user catalog file over {@code base}. No message quotes the file (see {@link
   * dev.placementadvisor.input.Location#opaque}): a path to it may have been written by anyone.
   */
  public static PriceCatalog applyFile(PriceCatalog base, Path file, String displayName) {
    PriceCatalog c = apply(base, YamlTreeReader.read(file, displayName, true), displayName);
    check(c);
    return c;
  }

  private static void check(PriceCatalog c) {
    for (String id : PriceCatalog.REQUIRED_PRICES) {
      c.price(id);
    }
    for (String id : PriceCatalog.REQUIRED_QUANTITIES) {
      c.quantity(id);
    }
  }

  /** The keys a catalog's top level may hold. */
  private static final List<String> TOP_KEYS =
      List.of(
          "version",
          "effectiveDate",
          "currency",
          "region",
          "hoursPerMonth",
          "prices",
          "quantities",
          "instances",
          "kubernetesTax");

  private static PriceCatalog apply(PriceCatalog base, YamlNode root, String name) {
    Fields top = Fields.of(root, "the pricing catalog", TOP_KEYS);
    checkVersion(top);
    String date = text(top, "effectiveDate", base == null ? null : base.effectiveDate());
    String currency = text(top, "currency", base == null ? null : base.currency());
    if (currency != null && !currency.equals("USD")) {
      throw new InputException(
          top.get("currency").location(),
          "only USD catalogs are supported" + Text.got(top.get("currency").location(), currency));
    }
    String region = text(top, "region", base == null ? null : base.region());
    double hours =
        top.has("hoursPerMonth")
            ? Values.number(top.get("hoursPerMonth"), "hoursPerMonth", 672, false, 744)
            : base == null ? 730 : base.hoursPerMonth();
    Map<String, Price> prices = new LinkedHashMap<>(base == null ? Map.of() : base.prices());
    Map<String, Quantity> quantities =
        new LinkedHashMap<>(base == null ? Map.of() : base.quantities());
    Map<String, Instance> instances =
        new LinkedHashMap<>(base == null ? Map.of() : base.instances());
    Map<String, TaxLine> tax = new LinkedHashMap<>(base == null ? Map.of() : base.kubernetesTax());
    for (YamlNode.Entry e : entries(top, "prices")) {
      Id id = id(e, "price");
      replaces(base == null ? null : base.prices().keySet(), e, "price");
      prices.put(e.key(), price(id, e.value()));
    }
    for (YamlNode.Entry e : entries(top, "quantities")) {
      Id id = id(e, "quantity");
      replaces(base == null ? null : base.quantities().keySet(), e, "quantity");
      quantities.put(e.key(), quantity(id, e.value()));
    }
    for (YamlNode.Entry e : entries(top, "instances")) {
      instances.put(e.key(), instance(id(e, "instance type"), e.value()));
    }
    for (YamlNode.Entry e : entries(top, "kubernetesTax")) {
      tax.put(e.key(), taxLine(id(e, "tax line"), e.value()));
    }
    String origin = base == null ? name : base.origin() + " + " + name;
    if (date == null || region == null) {
      throw new InputException(
          top.location(), "the pricing catalog needs effectiveDate and region");
    }
    return new PriceCatalog(
        origin,
        date,
        currency == null ? "USD" : currency,
        region,
        hours,
        prices,
        quantities,
        instances,
        tax);
  }

  /**
   * Refuses a catalog whose {@code version} is given and is not 1; a catalog without one is read as
   * version 1.
   */
  private static void checkVersion(Fields top) {
    if (top.has("version")) {
      long v = Values.integer(top.get("version"), "version", 0, Integer.MAX_VALUE);
      if (v != 1) {
        throw new InputException(
            top.get("version").location(), "unsupported catalog version: expected 1");
      }
    }
  }

  /** An entry's {@code confidence}: "confirmed" (the default) or "estimated". */
  private static Confidence confidence(Fields f) {
    if (!f.has("confidence")) {
      return Confidence.CONFIRMED;
    }
    YamlNode node = f.get("confidence");
    String word = Values.line(node, "confidence");
    for (Confidence c : Confidence.values()) {
      if (c.word().equals(word)) {
        return c;
      }
    }
    throw new InputException(
        node.location(),
        "'confidence' must be confirmed or estimated" + Text.got(node.location(), word));
  }

  private static String text(Fields f, String key, String fallback) {
    return f.has(key) ? Values.line(f.get(key), key) : fallback;
  }

  /** An entry's id, checked: the id and how messages name the entry ("price 'x'"). */
  private record Id(String id, String context) {}

  private static Id id(YamlNode.Entry e, String what) {
    if (!ID.matcher(e.key()).matches()) {
      throw new InputException(
          e.keyLocation(),
          "invalid "
              + what
              + " id"
              + Text.quoted(e.keyLocation(), e.key())
              + ": use letters, digits, '.', '_' and '-', starting with a letter or digit (at most"
              + " 100)");
    }
    return new Id(e.key(), what + Text.quoted(e.keyLocation(), e.key()));
  }

  /**
   * Refuses a price or quantity of a user catalog that no bundled entry has: the cost model reads
   * only the bundled ids, so a misspelt one would replace nothing and change no cost, in silence.
   * The id is not quoted: the file may be anything.
   */
  private static void replaces(Set<String> bundledIds, YamlNode.Entry e, String what) {
    if (bundledIds != null && !bundledIds.contains(e.key())) {
      throw new InputException(
          e.keyLocation(),
          "no bundled "
              + what
              + " has this id, so it would replace nothing (advisor pricing lists the ids)");
    }
  }

  private static List<YamlNode.Entry> entries(Fields top, String key) {
    YamlNode node = top.get(key);
    if (node == null) {
      return List.of();
    }
    if (!(node instanceof YamlNode.MapNode m)) {
      throw new InputException(
          node.location(), "'" + key + "' must be a mapping, got " + node.kindName());
    }
    return new ArrayList<>(m.entries().values());
  }

  private static Price price(Id entry, YamlNode node) {
    String id = entry.id();
    String context = entry.context();
    Fields f =
        Fields.of(
            node,
            context,
            List.of("unit", "price", "tiers", "source", "checked", "confidence", "note"));
    List<Tier> tiers = new ArrayList<>();
    if (f.has("price") == f.has("tiers")) {
      throw new InputException(f.location(), context + " needs either 'price' or 'tiers'");
    }
    if (f.has("price")) {
      tiers.add(
          new Tier(
              Double.POSITIVE_INFINITY,
              Values.number(f.get("price"), "price", 0, false, MAX_PRICE)));
    } else {
      List<YamlNode> items = f.list("tiers");
      double previous = 0;
      for (int i = 0; i < items.size(); i++) {
        Fields t = Fields.of(items.get(i), "a tier of " + context, List.of("upTo", "price"));
        boolean last = i == items.size() - 1;
        double upTo = Double.POSITIVE_INFINITY;
        if (t.has("upTo")) {
          upTo = Values.number(t.get("upTo"), "upTo", previous, true, 1e18);
        } else if (!last) {
          throw new InputException(
              t.location(), "only the last tier of " + context + " may omit 'upTo'");
        }
        if (last && t.has("upTo")) {
          throw new InputException(
              t.location(), "the last tier of " + context + " must omit 'upTo'");
        }
        tiers.add(new Tier(upTo, Values.number(t.require("price"), "price", 0, false, MAX_PRICE)));
        previous = upTo;
      }
      if (tiers.isEmpty()) {
        throw new InputException(f.location(), context + " has no tiers");
      }
    }
    return new Price(
        id,
        text(f, "unit", ""),
        tiers,
        text(f, "source", ""),
        text(f, "checked", ""),
        text(f, "note", ""),
        confidence(f));
  }

  private static Quantity quantity(Id entry, YamlNode node) {
    Fields f =
        Fields.of(
            node,
            entry.context(),
            List.of("value", "unit", "source", "checked", "confidence", "note"));
    text(f, "note", "");
    return new Quantity(
        entry.id(),
        Values.number(
            f.require("value"),
            "value",
            0,
            PriceCatalog.POSITIVE_QUANTITIES.contains(entry.id()),
            1e18),
        text(f, "unit", ""),
        text(f, "source", ""),
        text(f, "checked", ""),
        confidence(f));
  }

  private static Instance instance(Id entry, YamlNode node) {
    String type = entry.id();
    Fields f =
        Fields.of(
            node,
            entry.context(),
            List.of(
                "provider",
                "vcpu",
                "memoryGib",
                "architecture",
                "gpu",
                "hourly",
                "source",
                "checked",
                "confidence",
                "note"));
    text(f, "note", "");
    String arch = text(f, "architecture", "x86_64");
    if (!arch.equals("x86_64") && !arch.equals("arm64")) {
      throw new InputException(
          f.get("architecture").location(), "'architecture' must be x86_64 or arm64");
    }
    String provider = text(f, "provider", "aws");
    if (!PROVIDERS.contains(provider)) {
      throw new InputException(
          f.get("provider").location(),
          "'provider' must be one of "
              + String.join(", ", PROVIDERS)
              + Text.got(f.get("provider").location(), provider));
    }
    return new Instance(
        type,
        provider,
        Values.number(f.require("vcpu"), "vcpu", 0, true, 100_000),
        Values.number(f.require("memoryGib"), "memoryGib", 0, true, 1e6),
        arch,
        f.has("gpu") ? (int) Values.integer(f.get("gpu"), "gpu", 0, 1024) : 0,
        Values.number(f.require("hourly"), "hourly", 0, false, MAX_PRICE),
        text(f, "source", ""),
        text(f, "checked", ""),
        confidence(f));
  }

  private static TaxLine taxLine(Id entry, YamlNode node) {
    String id = entry.id();
    Fields f =
        Fields.of(
            node,
            entry.context(),
            List.of(
                "monthly",
                "waivedWithPlatformTeam",
                "label",
                "source",
                "checked",
                "confidence",
                "note"));
    text(f, "note", "");
    return new TaxLine(
        id,
        text(f, "label", id),
        Values.number(f.require("monthly"), "monthly", 0, false, MAX_PRICE),
        f.has("waivedWithPlatformTeam")
            && Values.bool(f.get("waivedWithPlatformTeam"), "waivedWithPlatformTeam"),
        text(f, "source", ""),
        text(f, "checked", ""),
        confidence(f));
  }
}
