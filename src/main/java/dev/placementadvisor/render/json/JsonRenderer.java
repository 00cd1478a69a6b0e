package dev.placementadvisor.render.json;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.io.OrderedBatches;
import dev.placementadvisor.io.Utf8Writer;
import dev.placementadvisor.render.Renderer;
import dev.placementadvisor.report.Report;
import dev.placementadvisor.report.Sensitivity;
import dev.placementadvisor.report.ServiceAssessment;
import dev.placementadvisor.result.CheaperDoors;
import dev.placementadvisor.result.CostLine;
import dev.placementadvisor.result.DataTierCost;
import dev.placementadvisor.result.Reason;
import dev.placementadvisor.result.ServiceCosts;
import dev.placementadvisor.result.WasmAudit;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Renders the JSON report: the versioned, machine-readable contract (see docs/report.schema.json).
 * Field order is fixed and output is byte-for-byte deterministic.
 *
 * <p>The report is written as UTF-8 by {@link PrettyJson}, in the layout of Jackson's pretty
 * printer ({@link #prettyPrinter()}), which the other JSON renderers use. Services are rendered in
 * batches, on worker threads for a large report, and written in order as each batch is done, so a
 * report of any size takes only a few batches of memory. To a {@link Utf8Writer} (a report file)
 * the bytes go straight through; any other writer gets them as chars.
 */
public final class JsonRenderer implements Renderer {
  /** Services per batch: about 700 KB of JSON. */
  public static final int BATCH_SIZE = 256;

  /** The nesting of a service object: in the services array of the top-level object. */
  private static final int SERVICE_DEPTH = 2;

  private final int workers;
  private final int batchSize;

  public JsonRenderer() {
    this(OrderedBatches.defaultWorkers(), BATCH_SIZE);
  }

  /** A renderer with the given parallelism, for tests. */
  public JsonRenderer(int workers, int batchSize) {
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
            batchSize, workers, 2 * workers, () -> new Chunk(new PrettyJson(1 << 16, strict)));
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
    if (report.hasDataTier()) {
      g.field(DATA_TIER);
      g.startObject();
      g.field(MONTHLY_COST);
      g.money(report.dataTierTotal());
      g.endObject();
    }
    g.field(KUBERNETES_TAX);
    g.startObject();
    g.field(MONTHLY_COST);
    g.money(report.kubernetesTaxTotal());
    detailedLines(g, report.kubernetesTax());
    g.endObject();
    g.field(OPERATIONS);
    g.startArray();
    for (Report.OperationsKind k : report.operations()) {
      g.startObject();
      g.field(KIND);
      g.stringOrNull(k.kind());
      g.field(PER_SERVICE);
      g.money(k.perService());
      detailedLines(g, k.lines());
      g.endObject();
    }
    g.endArray();
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

  /** {@code "lines": [{item, monthlyCost, detail}, ...]}: lines with their arithmetic. */
  private static void detailedLines(PrettyJson g, List<CostLine> lines) throws IOException {
    g.field(LINES);
    g.startArray();
    for (CostLine l : lines) {
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
  }

  private static void service(PrettyJson g, ServiceAssessment s) throws IOException {
    g.startObject();
    g.field(NAME);
    g.stringOrNull(s.name());
    g.field(PLACEMENT);
    g.stringOrNull(s.placement().id());
    ServiceCosts.Choice choice = s.costs().choice();
    g.field(PLATFORM);
    g.stringOrNull(choice.on(s.placement()));
    g.field(FRONT_PLATFORM);
    g.stringOrNull(s.placement() == Placement.HYBRID ? choice.front() : null);
    g.field(KUBERNETES_SCORE);
    g.number(s.kubernetesScore());
    g.field(PLACEMENT_SCORE);
    g.number(s.placementScore());
    g.field(REQUESTS_PER_MONTH);
    g.number(s.requestsPerMonth());
    costs(g, s);
    platforms(g, choice);
    doors(g, s.costs().doors());
    dataTier(g, s.dataTier());
    audit(g, s.wasmAudit());
    reasoning(g, s);
    sensitivity(g, s.sensitivity());
    g.field(LOCATION);
    g.startObject();
    g.field(LINE);
    g.number(s.location().line());
    g.field(COLUMN);
    g.number(s.location().column());
    g.endObject();
    g.endObject();
  }

  /** Its monthly cost and total cost of ownership on each placement, and its crossover. */
  private static void costs(PrettyJson g, ServiceAssessment s) throws IOException {
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
    g.field(TCO);
    g.startObject();
    for (Placement p : TCO_ORDER) {
      g.field(name(p));
      g.money(costs.tco(p));
    }
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
  }

  /** Every platform priced for it: allowed, feasible, what blocks it, its cost and lines. */
  private static void platforms(PrettyJson g, ServiceCosts.Choice choice) throws IOException {
    g.field(PLATFORMS);
    g.startArray();
    for (ServiceCosts.PlatformQuote q : choice.platforms()) {
      g.startObject();
      g.field(ID);
      g.stringOrNull(q.id());
      g.field(PLACEMENT);
      g.stringOrNull(q.placement().id());
      g.field(ALLOWED);
      g.bool(q.allowed());
      g.field(FEASIBLE);
      g.bool(q.feasible());
      g.field(BLOCKED_BY);
      g.startArray();
      for (String why : q.blockedBy()) {
        g.stringOrNull(why);
      }
      g.endArray();
      g.field(MONTHLY_COST);
      g.money(q.monthlyCost());
      lines(g, q.lines());
      g.endObject();
    }
    g.endArray();
  }

  /** Its data store on its data tier, when it names one (absent otherwise). */
  private static void dataTier(PrettyJson g, DataTierCost data) throws IOException {
    if (data == null) {
      return;
    }
    g.field(DATA_TIER);
    g.startObject();
    g.field(STORE);
    g.stringOrNull(data.store().id());
    g.field(PLATFORM);
    g.stringOrNull(data.platform());
    g.field(MONTHLY_COST);
    if (data.priced()) {
      g.money(data.monthlyCost());
    } else {
      g.nullValue();
    }
    lines(g, data.lines());
    g.field(NOT_PRICED);
    g.stringOrNull(data.notPriced());
    g.endObject();
  }

  private static void audit(PrettyJson g, WasmAudit a) throws IOException {
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
  }

  /** What the limits rule out, every reason, the decision's steps and a hybrid's split. */
  private static void reasoning(PrettyJson g, ServiceAssessment s) throws IOException {
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
  }

  /** Its flip points (null when not searched) and where growth takes it (null without growth). */
  private static void sensitivity(PrettyJson g, Sensitivity sensitivity) throws IOException {
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
  }

  /**
   * The cheaper doors, when the service has them ({@link CheaperDoors}): each door's id, its own
   * monthly cost, the platform's cost behind it and the saving, with the crossover between the two.
   * Absent otherwise, so reports without them are unchanged.
   */
  private static void doors(PrettyJson g, CheaperDoors doors) throws IOException {
    if (doors == null) {
      return;
    }
    g.field(CHEAPER_DOORS);
    g.startArray();
    for (CheaperDoors.Door d : doors.doors()) {
      g.startObject();
      g.field(DOOR);
      g.stringOrNull(d.id());
      g.field(PLATFORM);
      g.stringOrNull(doors.platform());
      g.field(REST_COST);
      g.money(doors.restCost());
      g.field(MONTHLY_COST);
      g.money(d.monthlyCost());
      g.field(PLATFORM_COST);
      g.money(d.platformCost());
      g.field(SAVING);
      g.money(d.saving());
      g.field(CROSSOVER_REQUESTS);
      if (doors.albCheaperFromRequests() == null) {
        g.nullValue();
      } else {
        g.number(doors.albCheaperFromRequests().longValue());
      }
      g.endObject();
    }
    g.endArray();
  }

  private static final PrettyJson.Name CHEAPER_DOORS = new PrettyJson.Name("cheaperDoors");
  private static final PrettyJson.Name DOOR = new PrettyJson.Name("door");
  private static final PrettyJson.Name REST_COST = new PrettyJson.Name("restCost");
  private static final PrettyJson.Name PLATFORM_COST = new PrettyJson.Name("platformCost");
  private static final PrettyJson.Name SAVING = new PrettyJson.Name("saving");
  private static final PrettyJson.Name CROSSOVER_REQUESTS =
      new PrettyJson.Name("crossoverRequests");

  /** A bill's {@code lines}: each line's item, catalog price id and amount. */
  private static void lines(PrettyJson g, List<CostLine> lines) throws IOException {
    g.field(LINES);
    g.startArray();
    for (CostLine l : lines) {
      g.startObject();
      g.field(ITEM);
      g.stringOrNull(l.item());
      g.field(PRICE);
      g.stringOrNull(l.priceId());
      g.field(MONTHLY_COST);
      g.money(l.amount());
      g.endObject();
    }
    g.endArray();
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

  private static final PrettyJson.Name[] PLACEMENT_NAMES = placementNames();

  private static PrettyJson.Name name(Placement p) {
    return PLACEMENT_NAMES[p.ordinal()];
  }

  private static PrettyJson.Name[] placementNames() {
    PrettyJson.Name[] names = new PrettyJson.Name[PLACEMENTS_IN_ORDER.length];
    for (Placement p : PLACEMENTS_IN_ORDER) {
      names[p.ordinal()] = new PrettyJson.Name(p.id());
    }
    return names;
  }

  private static final PrettyJson.Name SCHEMA_VERSION = new PrettyJson.Name("schemaVersion");
  private static final PrettyJson.Name INVENTORY = new PrettyJson.Name("inventory");
  private static final PrettyJson.Name ORGANIZATION = new PrettyJson.Name("organization");
  private static final PrettyJson.Name PRICING = new PrettyJson.Name("pricing");
  private static final PrettyJson.Name CATALOG = new PrettyJson.Name("catalog");
  private static final PrettyJson.Name EFFECTIVE_DATE = new PrettyJson.Name("effectiveDate");
  private static final PrettyJson.Name REGION = new PrettyJson.Name("region");
  private static final PrettyJson.Name FREE_TIER = new PrettyJson.Name("freeTier");
  private static final PrettyJson.Name SERVICES = new PrettyJson.Name("services");
  private static final PrettyJson.Name TOTALS = new PrettyJson.Name("totals");
  private static final PrettyJson.Name MONTHLY_COST = new PrettyJson.Name("monthlyCost");
  private static final PrettyJson.Name TCO = new PrettyJson.Name("tco");
  private static final PrettyJson.Name OPERATIONS = new PrettyJson.Name("operations");
  private static final PrettyJson.Name KIND = new PrettyJson.Name("kind");
  private static final PrettyJson.Name PER_SERVICE = new PrettyJson.Name("perService");

  /** The placements of a service's {@code tco}, in the order of its {@code monthlyCost}. */
  private static final List<Placement> TCO_ORDER =
      List.of(Placement.SERVERLESS, Placement.KUBERNETES, Placement.WASM_EDGE, Placement.HYBRID);

  private static final PrettyJson.Name PLATFORMS = new PrettyJson.Name("platforms");
  private static final PrettyJson.Name KUBERNETES_TAX = new PrettyJson.Name("kubernetesTax");
  private static final PrettyJson.Name LINES = new PrettyJson.Name("lines");
  private static final PrettyJson.Name DATA_TIER = new PrettyJson.Name("dataTier");
  private static final PrettyJson.Name STORE = new PrettyJson.Name("store");
  private static final PrettyJson.Name NOT_PRICED = new PrettyJson.Name("notPriced");
  private static final PrettyJson.Name ITEM = new PrettyJson.Name("item");
  private static final PrettyJson.Name PRICE = new PrettyJson.Name("price");
  private static final PrettyJson.Name DETAIL = new PrettyJson.Name("detail");
  private static final PrettyJson.Name PLACEMENTS = new PrettyJson.Name("placements");
  private static final PrettyJson.Name NAME = new PrettyJson.Name("name");
  private static final PrettyJson.Name PLACEMENT = new PrettyJson.Name("placement");
  private static final PrettyJson.Name PLATFORM = new PrettyJson.Name("platform");
  private static final PrettyJson.Name FRONT_PLATFORM = new PrettyJson.Name("frontPlatform");
  private static final PrettyJson.Name ID = new PrettyJson.Name("id");
  private static final PrettyJson.Name ALLOWED = new PrettyJson.Name("allowed");
  private static final PrettyJson.Name FEASIBLE = new PrettyJson.Name("feasible");
  private static final PrettyJson.Name BLOCKED_BY = new PrettyJson.Name("blockedBy");
  private static final PrettyJson.Name KUBERNETES_SCORE = new PrettyJson.Name("kubernetesScore");
  private static final PrettyJson.Name PLACEMENT_SCORE = new PrettyJson.Name("placementScore");
  private static final PrettyJson.Name REQUESTS_PER_MONTH = new PrettyJson.Name("requestsPerMonth");
  private static final PrettyJson.Name SERVERLESS = new PrettyJson.Name("serverless");
  private static final PrettyJson.Name KUBERNETES = new PrettyJson.Name("kubernetes");
  private static final PrettyJson.Name WASM_EDGE = new PrettyJson.Name("wasm-edge");
  private static final PrettyJson.Name HYBRID = new PrettyJson.Name("hybrid");
  private static final PrettyJson.Name RECOMMENDED = new PrettyJson.Name("recommended");
  private static final PrettyJson.Name CROSSOVER = new PrettyJson.Name("crossover");
  private static final PrettyJson.Name WASM_AUDIT = new PrettyJson.Name("wasmAudit");
  private static final PrettyJson.Name STATELESS = new PrettyJson.Name("stateless");
  private static final PrettyJson.Name COMPUTE_BOUND = new PrettyJson.Name("computeBound");
  private static final PrettyJson.Name COLD_START_SENSITIVE =
      new PrettyJson.Name("coldStartSensitive");
  private static final PrettyJson.Name CANDIDATE = new PrettyJson.Name("candidate");
  private static final PrettyJson.Name RUNTIME_FIT = new PrettyJson.Name("runtimeFit");
  private static final PrettyJson.Name EXCLUDED = new PrettyJson.Name("excluded");
  private static final PrettyJson.Name REASONS = new PrettyJson.Name("reasons");
  private static final PrettyJson.Name FACTOR = new PrettyJson.Name("factor");
  private static final PrettyJson.Name POINTS = new PrettyJson.Name("points");
  private static final PrettyJson.Name DECISION = new PrettyJson.Name("decision");
  private static final PrettyJson.Name HYBRID_SPLIT = new PrettyJson.Name("hybridSplit");
  private static final PrettyJson.Name FLIP_POINTS = new PrettyJson.Name("flipPoints");
  private static final PrettyJson.Name INPUT = new PrettyJson.Name("input");
  private static final PrettyJson.Name DIRECTION = new PrettyJson.Name("direction");
  private static final PrettyJson.Name FROM = new PrettyJson.Name("from");
  private static final PrettyJson.Name AT = new PrettyJson.Name("at");
  private static final PrettyJson.Name GROWTH = new PrettyJson.Name("growth");
  private static final PrettyJson.Name PER_MONTH = new PrettyJson.Name("perMonth");
  private static final PrettyJson.Name CROSSOVER_MONTH = new PrettyJson.Name("crossoverMonth");
  private static final PrettyJson.Name FLIP_MONTH = new PrettyJson.Name("flipMonth");
  private static final PrettyJson.Name FLIP_PLACEMENT = new PrettyJson.Name("flipPlacement");
  private static final PrettyJson.Name LOCATION = new PrettyJson.Name("location");
  private static final PrettyJson.Name LINE = new PrettyJson.Name("line");
  private static final PrettyJson.Name COLUMN = new PrettyJson.Name("column");

  /**
   * The pretty printer of the JSON reports Jackson writes (comparisons, SARIF), whose layout {@link
   * PrettyJson} follows: two-space indentation, {@code "name": value}, and {@code []} and {@code
   * {}} for empty arrays and objects.
   */
  public static DefaultPrettyPrinter prettyPrinter() {
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
