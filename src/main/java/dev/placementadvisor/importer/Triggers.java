package dev.placementadvisor.importer;

import dev.placementadvisor.input.Text;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What invokes a function, gathered from its events (SAM's {@code Events}, a Serverless Framework
 * function's {@code events}), and written to its draft: the API in front of it, a schedule, event
 * sources.
 */
final class Triggers {
  /** The most runs a month an inventory's schedule may say: one a second. */
  private static final double MAX_RUNS = 2_628_000;

  private final Set<String> gateways = new LinkedHashSet<>();
  private final Set<String> sources = new LinkedHashSet<>();
  private final List<String> expressions = new ArrayList<>();
  private double runs;
  private boolean runsKnown = true;
  private boolean serves;

  /** The function also serves requests that no event here names (a worker's routes). */
  void serves() {
    serves = true;
  }

  /** An API in front of the function: {@code rest}, {@code http} or {@code websocket}. */
  void gateway(String kind) {
    gateways.add(kind);
  }

  /** An event source (SQS, SNS, Kinesis...): the function is event-driven. */
  void eventSource(String source) {
    sources.add(Text.shorten(source));
  }

  /** A schedule expression and its runs a month (null when not understood). */
  void schedule(String expression, Double runsAMonth) {
    expressions.add(Text.shorten(expression));
    if (runsAMonth == null) {
      runsKnown = false;
    } else {
      runs += runsAMonth;
    }
  }

  /** Writes what the triggers say to the draft. */
  void applyTo(DraftBuilder d) {
    if (gateways.contains("websocket")) {
      d.put("persistentConnections", true).put("apiGateway", "websocket");
      if (gateways.size() > 1) {
        d.note("has a WebSocket API and another API: apiGateway is websocket");
      }
    } else if (gateways.contains("rest")) {
      d.put("apiGateway", "rest");
      if (gateways.contains("http")) {
        d.note("has both a REST and an HTTP API: apiGateway is rest, the dearer");
      }
    } else if (gateways.contains("http")) {
      d.put("apiGateway", "http");
    }
    if (!sources.isEmpty()) {
      d.note(
          "triggered by "
              + String.join(", ", sources)
              + ": its traffic is event-driven"
              + " (pattern: event-driven)");
    }
    applySchedule(d);
  }

  private void applySchedule(DraftBuilder d) {
    if (expressions.isEmpty()) {
      return;
    }
    String what = String.join(", ", expressions);
    if (!runsKnown) {
      d.note("schedule " + what + " not understood: set schedule (runs a month)");
    } else if (runs == 0) {
      d.note("schedule " + what + " never runs (no such day in the calendar): set schedule");
    } else if (runs < 0.01 || runs > MAX_RUNS) {
      d.note(
          "schedule "
              + what
              + " gives "
              + Nodes.figure(runs)
              + " runs a month, outside 0.01"
              + " to "
              + (long) MAX_RUNS
              + ": set schedule");
    } else if (serves || !gateways.isEmpty() || !sources.isEmpty()) {
      d.note(
          "also runs on a schedule ("
              + what
              + ", "
              + Nodes.figure(runs)
              + " runs a month): schedule is not set, as it would make the service a job");
    } else {
      d.put("schedule", Nodes.figure(runs));
      d.note(
          "schedule from "
              + what
              + " (cron over the calendar, rate over a 30.4375-day month); each run is one"
              + " request");
    }
  }
}
