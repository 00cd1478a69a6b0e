package dev.placementadvisor.render.ci;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.placementadvisor.compare.Comparison;
import dev.placementadvisor.compare.GateResult;
import dev.placementadvisor.compare.ServiceChange;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.render.ComparisonRenderer;
import dev.placementadvisor.render.GateFindings;
import dev.placementadvisor.render.json.JsonRenderer;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Renders a comparison as a SARIF 2.1.0 log for code scanning: one run whose results are the failed
 * total and budget gates (on the inventory file) and each service's placement change, cost rise,
 * addition or removal (on its line). A result is an error when a failed gate stands behind it, else
 * a warning (a rise, a move) or a note (an added or removed service). Output is deterministic: no
 * timestamps, no absolute paths unless the inventory was given as one.
 */
public final class SarifRenderer implements ComparisonRenderer {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  /** Where the project lives; the rules' help points at its docs/ci.md. */
  /** The version reported when the build has no manifest (tests, a development build). */
  static final String DEV_VERSION = "0.0.0-dev";

  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  /** A rule of the tool: its stable ID, descriptions and default level. */
  public enum Rule {
    COST_INCREASE(
        "advisor/cost-increase",
        "TotalCostIncrease",
        "The total monthly cost rose past the allowed increase.",
        "The inventory's recommended monthly cost rose by more than --max-increase (a percentage"
            + " of the baseline or US dollars). The message names the services that drove it.",
        "error"),
    SERVICE_COST_INCREASE(
        "advisor/service-cost-increase",
        "ServiceCostIncrease",
        "A service's monthly cost rose.",
        "The service's recommended monthly cost is higher than in the baseline. It is an error"
            + " when a failed cost gate (--max-increase, --max-service-increase, --budget) names"
            + " the service, else a warning.",
        "warning"),
    BUDGET(
        "advisor/budget",
        "BudgetExceeded",
        "The total monthly cost exceeds the budget.",
        "The inventory's recommended monthly cost is above --budget. The message names the"
            + " largest services.",
        "error"),
    PLACEMENT_CHANGE(
        "advisor/placement-change",
        "PlacementChange",
        "A service's recommended placement changed.",
        "The service is recommended a different placement than in the baseline. It is an error"
            + " with --fail-on-placement-change, else a warning.",
        "warning"),
    SERVICE_ADDED(
        "advisor/service-added",
        "ServiceAdded",
        "A service was added since the baseline.",
        "The service is in the inventory but not in the baseline; its whole monthly cost is new."
            + " It is an error when a failed cost gate names it, else a note.",
        "note"),
    SERVICE_REMOVED(
        "advisor/service-removed",
        "ServiceRemoved",
        "A service was removed since the baseline.",
        "The service is in the baseline but no longer in the inventory; its monthly cost is gone.",
        "note");

    final String id;
    final String name;
    final String shortDescription;
    final String fullDescription;
    final String level;

    Rule(String id, String name, String shortDescription, String fullDescription, String level) {
      this.id = id;
      this.name = name;
      this.shortDescription = shortDescription;
      this.fullDescription = fullDescription;
      this.level = level;
    }
  }

  private static final String[] COST_GATES = {"max-increase", "max-service-increase", "budget"};

  @Override
  public void render(Comparison c, Writer out) throws IOException {
    GateFindings findings = new GateFindings(c);
    String uri = artifactUri(c.current().inventory());
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(JsonRenderer.prettyPrinter());
      g.writeStartObject();
      g.writeStringField("$schema", SCHEMA);
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      tool(g);
      g.writeArrayFieldStart("results");
      totalResults(g, findings, uri);
      for (ServiceChange s : findings.listed()) {
        serviceResults(g, findings, s, uri);
      }
      g.writeEndArray();
      if (findings.omitted() > 0) {
        omitted(g, findings.omitted());
      }
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
  }

  /** The results of the failed gates on the total: the increase and the budget, on the file. */
  private static void totalResults(JsonGenerator g, GateFindings findings, String uri)
      throws IOException {
    for (GateResult gate : findings.failedGates()) {
      if (GateFindings.onTotal(gate)) {
        Rule rule = gate.id().equals("budget") ? Rule.BUDGET : Rule.COST_INCREASE;
        result(g, rule, "error", gate.message(), uri, null, "");
      }
    }
  }

  /**
   * The results of one listed service: its placement change, then its cost change; each names the
   * failed gates behind it when it is an error.
   */
  private static void serviceResults(
      JsonGenerator g, GateFindings findings, ServiceChange s, String uri) throws IOException {
    String failed = GateFindings.gateList(findings.failedGates(s.name()));
    String because = failed.isEmpty() ? "" : "; fails " + failed;
    if (s.placementChanged()) {
      boolean error = findings.failedBy(s.name(), "placement-change");
      result(
          g,
          Rule.PLACEMENT_CHANGE,
          error ? "error" : "warning",
          s.name()
              + ": placement "
              + s.placementBefore()
              + " → "
              + s.placementAfter()
              + (error ? because : ""),
          uri,
          s,
          s.name());
    }
    costResult(g, s, findings.failedBy(s.name(), COST_GATES), because, uri);
  }

  /**
   * The result of a service's cost rise, addition or removal, an error when a failed cost gate
   * ({@code costError}) names it ({@code because}); nothing for a service whose cost did not rise.
   */
  private static void costResult(
      JsonGenerator g, ServiceChange s, boolean costError, String because, String uri)
      throws IOException {
    switch (s.kind()) {
      case CHANGED -> {
        if (GateFindings.costRose(s)) {
          result(
              g,
              Rule.SERVICE_COST_INCREASE,
              costError ? "error" : "warning",
              s.name() + ": monthly cost " + GateFindings.money(s) + (costError ? because : ""),
              uri,
              s,
              s.name());
        }
      }
      case ADDED ->
          result(
              g,
              Rule.SERVICE_ADDED,
              costError ? "error" : "note",
              s.name() + ": " + GateFindings.describe(s) + (costError ? because : ""),
              uri,
              s,
              s.name());
      case REMOVED ->
          result(
              g,
              Rule.SERVICE_REMOVED,
              "note",
              s.name() + ": " + GateFindings.describe(s),
              uri,
              null,
              s.name());
      case UNCHANGED -> {}
    }
  }

  /**
   * The run's invocation, with a note of how many services the results leave out: SARIF keeps what
   * the tool says of its run there, not among the results.
   */
  private static void omitted(JsonGenerator g, int omitted) throws IOException {
    g.writeArrayFieldStart("invocations");
    g.writeStartObject();
    g.writeBooleanField("executionSuccessful", true);
    g.writeArrayFieldStart("toolExecutionNotifications");
    g.writeStartObject();
    g.writeStringField("level", "note");
    g.writeObjectFieldStart("message");
    g.writeStringField("text", GateFindings.more(omitted));
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndArray();
  }

  private static void tool(JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("tool");
    g.writeObjectFieldStart("driver");
    g.writeStringField("name", "advisor");
    g.writeStringField("semanticVersion", version());
    g.writeArrayFieldStart("rules");
    for (Rule r : Rule.values()) {
      g.writeStartObject();
      g.writeStringField("id", r.id);
      g.writeStringField("name", r.name);
      g.writeObjectFieldStart("shortDescription");
      g.writeStringField("text", r.shortDescription);
      g.writeEndObject();
      g.writeObjectFieldStart("fullDescription");
      g.writeStringField("text", r.fullDescription);
      g.writeEndObject();
      g.writeObjectFieldStart("help");
      g.writeStringField(
          "text",
          "See docs/ci.md (cost gates) and docs/cost-model.md in the advisor distribution.");
      g.writeEndObject();
      g.writeObjectFieldStart("defaultConfiguration");
      g.writeStringField("level", r.level);
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  /**
   * One result. {@code where} gives the region (null: the whole file, as for a total or a removed
   * service, whose line is in the baseline's inventory, not this one).
   */
  private static void result(
      JsonGenerator g,
      Rule rule,
      String level,
      String message,
      String uri,
      ServiceChange where,
      String service)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", rule.id);
    g.writeNumberField("ruleIndex", rule.ordinal());
    g.writeStringField("level", level);
    g.writeObjectFieldStart("message");
    // JSON escaping hands a control or bidi character back to the viewer: show it as text.
    g.writeStringField("text", Text.printable(message));
    g.writeEndObject();
    g.writeArrayFieldStart("locations");
    g.writeStartObject();
    g.writeObjectFieldStart("physicalLocation");
    g.writeObjectFieldStart("artifactLocation");
    g.writeStringField("uri", uri);
    g.writeEndObject();
    if (where != null && where.line() > 0) {
      g.writeObjectFieldStart("region");
      g.writeNumberField("startLine", where.line());
      if (where.column() > 0) {
        g.writeNumberField("startColumn", where.column());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndArray();
    g.writeObjectFieldStart("partialFingerprints");
    g.writeStringField("advisor/v1", fingerprint(rule.id, service));
    g.writeEndObject();
    g.writeEndObject();
  }

  /** A stable hash of the rule and the service (empty for a total): 16 bytes of SHA-256, in hex. */
  static String fingerprint(String ruleId, String service) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] hash = sha.digest((ruleId + "\u0000" + service).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  /**
   * The inventory as a SARIF artifact URI: a relative path with forward slashes, percent-encoded
   * where a URI needs it; an absolute path becomes a file: URI.
   */
  static String artifactUri(String inventory) {
    String slashed = Text.printable(inventory).replace('\\', '/');
    try {
      Path p = Path.of(inventory);
      if (p.isAbsolute()) {
        return p.toUri().toASCIIString();
      }
    } catch (java.nio.file.InvalidPathException e) {
      // Not a path on this system: keep it as text.
    }
    int colon = slashed.indexOf(':');
    if (colon >= 0 && (slashed.indexOf('/') < 0 || colon < slashed.indexOf('/'))) {
      slashed = "./" + slashed; // a colon in the first segment would read as a scheme
    }
    try {
      return new URI(null, null, slashed, null).toASCIIString();
    } catch (URISyntaxException e) {
      return slashed;
    }
  }

  private static String version() {
    String v = SarifRenderer.class.getPackage().getImplementationVersion();
    return v == null || v.isBlank() ? DEV_VERSION : v;
  }
}
