package dev.placementadvisor.render;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.placementadvisor.cost.CostLine;
import dev.placementadvisor.cost.ServiceCosts;
import dev.placementadvisor.report.Placement;
import dev.placementadvisor.report.Reason;
import dev.placementadvisor.report.Report;
import dev.placementadvisor.report.Sensitivity;
import dev.placementadvisor.report.ServiceAssessment;
import dev.placementadvisor.scoring.WasmAudit;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Renders the JSON report: the versioned, machine-readable contract (see
 * docs/report.schema.json). Field order is fixed and output is byte-for-byte deterministic.
 *
 * <p>The report is written as UTF-8 by {@link PrettyJson}, in the layout of Jackson's pretty
 * printer ({@link #prettyPrinter()}), which the other JSON renderers use. Services are rendered in
 * batches, on worker threads for a large report, and written in order as each batch is done, so
 * a report of any size takes only a few batches of memory. To a {@link Utf8Writer} (a report
 * file) the bytes go straight through; any other writer gets them as chars.
 */
public final class JsonRenderer implements Renderer {
  /** Services per batch: about 700 KB of JSON. */
  static final int BATCH_SIZE = 256;

  /** The nesting of a service object: in the services array of the top-level object. */
  private static final int SERVICE_DEPTH = 2;

  private final int workers;
  private final int batchSize;

  public JsonRenderer() {
    this(OrderedBatches.defaultWorkers(), BATCH_SIZE);
  }

  /** A renderer with the given parallelism, for tests. */
  JsonRenderer(int workers, int batchSize) {
    this.workers = workers;
    this.batchSize = batchSize;
  }

  @Override
  public void render(Report report, Writer out) throws IOException {
    Utf8Writer utf8 = out instanceof Utf8Writer u ? u : null;
    boolean strict = utf8 != null;
    PrettyJson g = new PrettyJson(1 << 12, strict);
    Chunk head = new Chunk(g);
    g.startObject();
    g.field(SCHEMA_VERSION);
    g.number(report.schemaVersion());
    g.field(INVENTORY);
    g.stringOrNull(report.inventory());
    g.field(ORGANIZATION);
    g.stringOrNull(report.organization());
    g.field(PRICING);
    g.startObject();
    g.field(CATALOG);
    g.stringOrNull(report.pricing().catalog());
    g.field(EFFECTIVE_DATE);
    g.stringOrNull(report.pricing().effectiveDate());
    g.field(REGION);
    g.stringOrNull(report.pricing().region());
    g.field(FREE_TIER);
    g.bool(report.pricing().freeTier());
    g.endObject();
    g.field(SERVICES);
    g.startArray();
    head.writeTo(out, utf8);

    List<ServiceAssessment> services = report.services();
    OrderedBatches<Chunk> batches =
        new OrderedBatches<>(
            batchSize,
            workers,
            2 * workers,
            () -> new Chunk(new PrettyJson(batchSize * 3072, strict)));
    batches.run(
        services.size(),
        (from, to, chunk) -> chunk.render(services, from, to, utf8 == null),
        chunk -> chunk.writeTo(out, utf8));

    g.clear();
    g.continueArray(SERVICE_DEPTH, services.size());
    g.endArray();
    totals(g, report);
    g.endObject();
    g.newlineAtEnd();
    head.writeTo(out, utf8);
    out.flush();
  }

  private static void totals(PrettyJson g, Report report) throws IOException {
    g.field(TOTALS);
    g.startObject();
    g.field(SERVICES);
    g.number(report.services().size());
    g.field(MONTHLY_COST);
    g.money(report.recommendedTotal());
    g.field(PLATFORMS);
    g.startObject();
    for (Placement p : COST_ORDER) {
      g.field(name(p));
      g.money(report.platformTotal(p));
    }
    g.endObject();
    g.field(KUBERNETES_TAX);
    g.startObject();
    g.field(MONTHLY_COST);
    g.money(report.kubernetesTaxTotal());
    g.field(LINES);
    g.startArray();
    for (CostLine l : report.kubernetesTax()) {
      g.startObject();
      g.field(ITEM);
      g.stringOrNull(l.item());
      g.field(MONTHLY_COST);
      g.money(l.amount());
      g.field(DETAIL);
      g.stringOrNull(l.formula());
      g.endObject();
    }
    g.endArray();
    g.endObject();
    g.field(PLACEMENTS);
    g.startObject();
    for (Map.Entry<Placement, Integer> e : report.placementCounts().entrySet()) {
      g.field(name(e.getKey()));
      g.number(e.getValue());
    }
    g.endObject();
    g.endObject();
  }

  /** One batch of the report: its UTF-8 bytes and, for a writer of chars, the same as chars. */
  private static final class Chunk {
    final PrettyJson json;
    char[] chars = new char[0];
    int charCount;

    Chunk(PrettyJson json) {
      this.json = json;
    }

    void render(List<ServiceAssessment> services, int from, int to, boolean decode)
        throws IOException {
      json.clear();
      json.continueArray(SERVICE_DEPTH, from);
      for (int i = from; i < to; i++) {
        service(json, services.get(i));
      }
      if (decode) {
        decode();
      }
    }

    /** Decodes the bytes to chars, on the worker, so the writing thread only writes. */
    void decode() {
      if (chars.length < json.length()) {
        chars = new char[Math.max(json.length(), chars.length * 2)];
      }
      charCount = PrettyJson.decode(json.bytes(), json.length(), chars);
    }

    void writeTo(Writer out, Utf8Writer utf8) throws IOException {
      if (utf8 != null) {
        utf8.writeUtf8(json.bytes(), 0, json.length());
      } else {
        if (charCount == 0 && json.length() > 0) {
          decode();
        }
        out.write(chars, 0, charCount);
        charCount = 0;
      }
      json.clear();
    }
  }

  private static void service(PrettyJson g, ServiceAssessment s) throws IOException {
    g.startObject();
    g.field(NAME);
    g.stringOrNull(s.name());
    g.field(PLACEMENT);
    g.stringOrNull(s.placement().id());
    g.field(KUBERNETES_SCORE);
    g.number(s.kubernetesScore());
    g.field(PLACEMENT_SCORE);
    g.number(s.placementScore());
    g.field(REQUESTS_PER_MONTH);
    g.number(s.requestsPerMonth());
    ServiceCosts costs = s.costs();
    g.field(MONTHLY_COST);
    g.startObject();
    g.field(SERVERLESS);
    g.money(costs.serverless());
    g.field(KUBERNETES);
    g.money(costs.kubernetes());
    g.field(WASM_EDGE);
    g.money(costs.edge());
    g.field(HYBRID);
    g.money(costs.hybrid());
    g.field(RECOMMENDED);
    g.money(s.recommendedCost());
    g.endObject();
    g.field(CROSSOVER);
    g.startObject();
    g.field(REQUESTS_PER_MONTH);
    if (costs.crossoverRequests() == null) {
      g.nullValue();
    } else {
      g.number(costs.crossoverRequests().longValue());
    }
    g.endObject();
    WasmAudit a = s.wasmAudit();
    g.field(WASM_AUDIT);
    g.startObject();
    g.field(STATELESS);
    g.bool(a.stateless());
    g.field(COMPUTE_BOUND);
    g.bool(a.computeBound());
    g.field(COLD_START_SENSITIVE);
    g.bool(a.coldStartSensitive());
    g.field(CANDIDATE);
    g.bool(a.candidate());
    g.field(RUNTIME_FIT);
    g.stringOrNull(a.runtimeFit().id());
    g.endObject();
    g.field(EXCLUDED);
    g.startArray();
    for (Placement p : PLACEMENTS_IN_ORDER) {
      if (s.excluded().contains(p)) {
        g.stringOrNull(p.id());
      }
    }
    g.endArray();
    g.field(REASONS);
    g.startArray();
    for (Reason r : s.reasons()) {
      g.startObject();
      g.field(FACTOR);
      g.stringOrNull(r.factor());
      g.field(POINTS);
      g.number(r.points());
      g.field(DETAIL);
      g.stringOrNull(r.detail());
      g.endObject();
    }
    g.endArray();
    g.field(DECISION);
    g.startArray();
    for (String step : s.decision()) {
      g.stringOrNull(step);
    }
    g.endArray();
    g.field(HYBRID_SPLIT);
    g.stringOrNull(s.hybridSplit());
    Sensitivity sensitivity = s.sensitivity();
    g.field(FLIP_POINTS);
    if (!sensitivity.searched()) {
      g.nullValue();
    } else {
      g.startArray();
      for (Sensitivity.FlipPoint f : sensitivity.flipPoints()) {
        g.startObject();
        g.field(INPUT);
        g.stringOrNull(f.input());
        g.field(DIRECTION);
        g.stringOrNull(f.direction());
        g.field(FROM);
        g.number(f.current());
        g.field(AT);
        g.number(f.value());
        g.field(PLACEMENT);
        g.stringOrNull(f.placement().id());
        g.endObject();
      }
      g.endArray();
    }
    Sensitivity.Growth growth = sensitivity.growth();
    g.field(GROWTH);
    if (growth == null) {
      g.nullValue();
    } else {
      g.startObject();
      g.field(PER_MONTH);
      g.number(growth.perMonth());
      g.field(CROSSOVER_MONTH);
      nullableInt(g, growth.crossoverMonth());
      g.field(FLIP_MONTH);
      nullableInt(g, growth.flipMonth());
      g.field(FLIP_PLACEMENT);
      g.stringOrNull(growth.flipPlacement() == null ? null : growth.flipPlacement().id());
      g.endObject();
    }
    g.field(LOCATION);
    g.startObject();
    g.field(LINE);
    g.number(s.location().line());
    g.field(COLUMN);
    g.number(s.location().column());
    g.endObject();
    g.endObject();
  }

  private static void nullableInt(PrettyJson g, Integer v) {
    if (v == null) {
      g.nullValue();
    } else {
      g.number(v.longValue());
    }
  }

  private static final Placement[] COST_ORDER = {
    Placement.SERVERLESS, Placement.KUBERNETES, Placement.WASM_EDGE, Placement.HYBRID
  };

  private static final Placement[] PLACEMENTS_IN_ORDER = Placement.values();

  private static final byte[][] PLACEMENT_NAMES = placementNames();

  private static byte[] name(Placement p) {
    return PLACEMENT_NAMES[p.ordinal()];
  }

  private static byte[][] placementNames() {
    byte[][] names = new byte[PLACEMENTS_IN_ORDER.length][];
    for (Placement p : PLACEMENTS_IN_ORDER) {
      names[p.ordinal()] = PrettyJson.name(p.id());
    }
    return names;
  }

  private static final byte[] SCHEMA_VERSION = PrettyJson.name("schemaVersion");
  private static final byte[] INVENTORY = PrettyJson.name("inventory");
  private static final byte[] ORGANIZATION = PrettyJson.name("organization");
  private static final byte[] PRICING = PrettyJson.name("pricing");
  private static final byte[] CATALOG = PrettyJson.name("catalog");
  private static final byte[] EFFECTIVE_DATE = PrettyJson.name("effectiveDate");
  private static final byte[] REGION = PrettyJson.name("region");
  private static final byte[] FREE_TIER = PrettyJson.name("freeTier");
  private static final byte[] SERVICES = PrettyJson.name("services");
  private static final byte[] TOTALS = PrettyJson.name("totals");
  private static final byte[] MONTHLY_COST = PrettyJson.name("monthlyCost");
  private static final byte[] PLATFORMS = PrettyJson.name("platforms");
  private static final byte[] KUBERNETES_TAX = PrettyJson.name("kubernetesTax");
  private static final byte[] LINES = PrettyJson.name("lines");
  private static final byte[] ITEM = PrettyJson.name("item");
  private static final byte[] DETAIL = PrettyJson.name("detail");
  private static final byte[] PLACEMENTS = PrettyJson.name("placements");
  private static final byte[] NAME = PrettyJson.name("name");
  private static final byte[] PLACEMENT = PrettyJson.name("placement");
  private static final byte[] KUBERNETES_SCORE = PrettyJson.name("kubernetesScore");
  private static final byte[] PLACEMENT_SCORE = PrettyJson.name("placementScore");
  private static final byte[] REQUESTS_PER_MONTH = PrettyJson.name("requestsPerMonth");
  private static final byte[] SERVERLESS = PrettyJson.name("serverless");
  private static final byte[] KUBERNETES = PrettyJson.name("kubernetes");
  private static final byte[] WASM_EDGE = PrettyJson.name("wasm-edge");
  private static final byte[] HYBRID = PrettyJson.name("hybrid");
  private static final byte[] RECOMMENDED = PrettyJson.name("recommended");
  private static final byte[] CROSSOVER = PrettyJson.name("crossover");
  private static final byte[] WASM_AUDIT = PrettyJson.name("wasmAudit");
  private static final byte[] STATELESS = PrettyJson.name("stateless");
  private static final byte[] COMPUTE_BOUND = PrettyJson.name("computeBound");
  private static final byte[] COLD_START_SENSITIVE = PrettyJson.name("coldStartSensitive");
  private static final byte[] CANDIDATE = PrettyJson.name("candidate");
  private static final byte[] RUNTIME_FIT = PrettyJson.name("runtimeFit");
  private static final byte[] EXCLUDED = PrettyJson.name("excluded");
  private static final byte[] REASONS = PrettyJson.name("reasons");
  private static final byte[] FACTOR = PrettyJson.name("factor");
  private static final byte[] POINTS = PrettyJson.name("points");
  private static final byte[] DECISION = PrettyJson.name("decision");
  private static final byte[] HYBRID_SPLIT = PrettyJson.name("hybridSplit");
  private static final byte[] FLIP_POINTS = PrettyJson.name("flipPoints");
  private static final byte[] INPUT = PrettyJson.name("input");
  private static final byte[] DIRECTION = PrettyJson.name("direction");
  private static final byte[] FROM = PrettyJson.name("from");
  private static final byte[] AT = PrettyJson.name("at");
  private static final byte[] GROWTH = PrettyJson.name("growth");
  private static final byte[] PER_MONTH = PrettyJson.name("perMonth");
  private static final byte[] CROSSOVER_MONTH = PrettyJson.name("crossoverMonth");
  private static final byte[] FLIP_MONTH = PrettyJson.name("flipMonth");
  private static final byte[] FLIP_PLACEMENT = PrettyJson.name("flipPlacement");
  private static final byte[] LOCATION = PrettyJson.name("location");
  private static final byte[] LINE = PrettyJson.name("line");
  private static final byte[] COLUMN = PrettyJson.name("column");

  /**
   * The pretty printer of the JSON reports Jackson writes (comparisons, SARIF), whose layout
   * {@link PrettyJson} follows: two-space indentation, {@code "name": value}, and {@code []} and
   * {@code {}} for empty arrays and objects.
   */
  static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }
}
