package dev.placementadvisor.report.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * The JSON report, {@code schemaVersion} 1: the contract, defined once. Each record is one object
 * of the report, its components the object's fields in the order written. Money is a {@link
 * BigDecimal} of US dollars with two decimals; other fractional numbers are BigDecimals as written
 * (a whole number without a fraction). A component marked {@link JsonInclude.Include#NON_NULL} is
 * absent from a report that has nothing for it; every other component is always written, null where
 * its type allows. docs/report.schema.json describes the same fields for people and editors, with
 * what each means.
 *
 * <p>Two seams read and write the report without going through these records, each kept for what
 * docs/performance.md and docs/security.md show: the byte writer ({@code render.json.JsonRenderer},
 * about four times faster than Jackson's serialization of these records under the C1 compiler the
 * launcher runs) and the baseline reader ({@code compare.ReportReader}, which streams a report of
 * any size, bounds the keys of every object it skips and says where a value is wrong without
 * quoting it). Tests hold both, and the schema, to these records: every report the tool writes for
 * the samples and fixtures is these records written out, character for character; the fields the
 * reader needs are fields here; the schema declares these fields and no others.
 */
public record ReportV1(
    int schemaVersion,
    String inventory,
    String organization,
    Pricing pricing,
    List<Service> services,
    Totals totals) {

  /** The version these records define. */
  public static final int SCHEMA_VERSION = 1;

  /** The catalog the report was priced with. */
  public record Pricing(String catalog, String effectiveDate, String region, boolean freeTier) {}

  /** An amount on each placement, in the order the report writes them. */
  public record OnPlacements(
      BigDecimal serverless,
      BigDecimal kubernetes,
      @JsonProperty("wasm-edge") BigDecimal wasmEdge,
      BigDecimal hybrid) {}

  /** A service's monthly cost on each placement, and on the one recommended. */
  public record MonthlyCost(
      BigDecimal serverless,
      BigDecimal kubernetes,
      @JsonProperty("wasm-edge") BigDecimal wasmEdge,
      BigDecimal hybrid,
      BigDecimal recommended) {}

  /** One service of the inventory, as assessed. */
  public record Service(
      String name,
      String placement,
      String platform,
      String frontPlatform,
      long kubernetesScore,
      long placementScore,
      BigDecimal requestsPerMonth,
      MonthlyCost monthlyCost,
      OnPlacements tco,
      Crossover crossover,
      List<PlatformQuote> platforms,
      @JsonInclude(JsonInclude.Include.NON_NULL) List<CheaperDoor> cheaperDoors,
      @JsonInclude(JsonInclude.Include.NON_NULL) DataTier dataTier,
      WasmAudit wasmAudit,
      List<String> excluded,
      List<Reason> reasons,
      List<String> decision,
      String hybridSplit,
      List<FlipPoint> flipPoints,
      Growth growth,
      Location location) {}

  /** Where Kubernetes becomes cheaper than serverless: null never, 0 at any volume. */
  public record Crossover(Long requestsPerMonth) {}

  /** The service on one platform of the registry. */
  public record PlatformQuote(
      String id,
      String placement,
      boolean allowed,
      boolean feasible,
      List<String> blockedBy,
      BigDecimal monthlyCost,
      List<BillLine> lines) {}

  /** A line of a service's bill on a platform or data tier. */
  public record BillLine(String item, String price, BigDecimal monthlyCost) {}

  /** A cheaper door in front of a Lambda platform than its REST API. */
  public record CheaperDoor(
      String door,
      String platform,
      BigDecimal restCost,
      BigDecimal monthlyCost,
      BigDecimal platformCost,
      BigDecimal saving,
      Long crossoverRequests) {}

  /** The data store a service names, where it is priced. */
  public record DataTier(
      String store,
      String platform,
      BigDecimal monthlyCost,
      List<BillLine> lines,
      String notPriced) {}

  /** The Wasm suitability audit. */
  public record WasmAudit(
      boolean stateless,
      boolean computeBound,
      boolean coldStartSensitive,
      boolean candidate,
      String runtimeFit) {}

  /** A factor's points, with the reason in words. */
  public record Reason(String factor, long points, String detail) {}

  /** The nearest change of one input that changes the placement. */
  public record FlipPoint(
      String input, String direction, BigDecimal from, BigDecimal at, String placement) {}

  /** Where the service's growth takes it. */
  public record Growth(
      BigDecimal perMonth, Integer crossoverMonth, Integer flipMonth, String flipPlacement) {}

  /** Where the service stands in the inventory. */
  public record Location(long line, long column) {}

  /** The whole inventory's totals. */
  public record Totals(
      long services,
      BigDecimal monthlyCost,
      OnPlacements platforms,
      @JsonInclude(JsonInclude.Include.NON_NULL) DataTierTotal dataTier,
      KubernetesTax kubernetesTax,
      List<Operations> operations,
      Placements placements) {}

  /** The data tiers of all services. */
  public record DataTierTotal(BigDecimal monthlyCost) {}

  /** The cluster's own costs, shared among the services on Kubernetes. */
  public record KubernetesTax(BigDecimal monthlyCost, List<DetailedLine> lines) {}

  /** What one service carries of a kind of platform's operations. */
  public record Operations(String kind, BigDecimal perService, List<DetailedLine> lines) {}

  /** A line with its arithmetic in words. */
  public record DetailedLine(String item, BigDecimal monthlyCost, String detail) {}

  /** How many services each placement was recommended for. */
  public record Placements(
      @JsonProperty("wasm-edge") long wasmEdge, long serverless, long hybrid, long kubernetes) {}
}
