package dev.placementadvisor.importer;

import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.input.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges measured traffic into the imported services, by name: requests a month become an inline
 * traffic profile (with the peak-to-average ratio and a pattern from the peak rate), the average
 * duration {@code avgDurationMs}, the 95th percentile the longest execution when the deployment
 * file gives none; peak memory is a note. The rules are in docs/import.md.
 */
final class Measurements {
  /** Days in the average month (365.25 / 12), to which measured periods are scaled. */
  static final double MONTH_DAYS = 30.4375;

  /** The peak-to-average ratio from which measured traffic is called spiky. */
  static final double SPIKY_FROM = 3;

  /** Peak-to-average bounds an inventory takes. */
  private static final double MAX_PEAK_TO_AVERAGE = 10_000;

  private Measurements() {}

  static List<Imported.Service> merge(
      Map<String, Draft> drafts, List<Measured> measured, List<String> warnings) {
    Map<String, Measured> byName = new LinkedHashMap<>();
    for (Measured m : measured) {
      Measured first = byName.putIfAbsent(m.service(), m);
      if (first != null) {
        throw new InputException(
            m.source(),
            "the service"
                + Text.quoted(m.source(), m.service())
                + " is measured twice (first at "
                + first.source()
                + ")");
      }
      if (!drafts.containsKey(m.service())) {
        warnings.add(
            Text.printable(
                m.source()
                    + ": measured service '"
                    + Text.shorten(m.service())
                    + "' is in no deployment file imported: left out"));
      }
    }
    List<Imported.Service> services = new ArrayList<>();
    for (Draft d : drafts.values()) {
      Measured m = byName.get(d.name());
      services.add(
          m == null
              ? new Imported.Service(d.name(), d.source(), null, d.fields(), d.notes())
              : apply(d, m));
    }
    return services;
  }

  /** A draft with its measurements. */
  static Imported.Service apply(Draft d, Measured m) {
    Map<String, Object> fields = new LinkedHashMap<>(d.fields());
    List<String> notes = new ArrayList<>(d.notes());
    notes.add("traffic measured: " + m.source());
    notes.addAll(m.notes());
    Map<String, Object> traffic = m.requestsPerMonth() == null ? null : traffic(m, notes);
    if (m.avgDurationMs() != null) {
      fields.put("avgDurationMs", round(m.avgDurationMs(), 3));
    }
    duration(d, m, fields, notes);
    if (m.maxMemoryMb() != null) {
      notes.add(
          "measured peak memory "
              + Values.format(round(m.maxMemoryMb(), 1))
              + " MB; memoryMb"
              + " stays as configured"
              + (fields.containsKey("memoryMb") ? " (" + fields.get("memoryMb") + ")" : ""));
    }
    return new Imported.Service(d.name(), d.source(), traffic, fields, notes);
  }

  /** The inline profile of measured requests: pattern, requests, peak-to-average. */
  private static Map<String, Object> traffic(Measured m, List<String> notes) {
    double requests = Math.rint(m.requestsPerMonth());
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("pattern", "steady");
    t.put("requestsPerMonth", requests);
    double averageRps = requests / (MONTH_DAYS * 86_400);
    if (m.peakRps() != null && averageRps > 0) {
      double ratio = m.peakRps() / averageRps;
      if (ratio < 1) {
        notes.add("measured peak below the average rate: peakToAverage 1");
        ratio = 1;
      } else if (ratio > MAX_PEAK_TO_AVERAGE) {
        notes.add(
            "peak-to-average "
                + Values.format(round(ratio, 0))
                + " clamped to "
                + Values.format(MAX_PEAK_TO_AVERAGE));
        ratio = MAX_PEAK_TO_AVERAGE;
      }
      ratio = round(ratio, 2);
      t.put("pattern", ratio >= SPIKY_FROM ? "spiky" : "steady");
      t.put("peakToAverage", ratio);
    }
    return t;
  }

  /**
   * The 95th percentile as the longest execution when the file gives none; never shorter than the
   * average. A measured average longer than the file's own limit is refused.
   */
  private static void duration(
      Draft d, Measured m, Map<String, Object> fields, List<String> notes) {
    Object given = d.fields().get("maxDurationSeconds");
    Double avg = m.avgDurationMs();
    if (given instanceof Number limit) {
      if (avg != null && avg > limit.doubleValue() * 1000) {
        throw new InputException(
            m.source(),
            "the measured average duration of '"
                + d.name()
                + "' ("
                + Values.format(avg)
                + " ms) is longer than its longest execution in "
                + d.source()
                + " ("
                + Values.format(limit.doubleValue())
                + " s)");
      }
      return;
    }
    if (m.p95DurationMs() == null) {
      return;
    }
    double p95 = m.p95DurationMs();
    if (avg != null && avg > p95) {
      notes.add("measured average above the 95th percentile: maxDurationSeconds is the average");
      p95 = avg;
    }
    // Rounded up, so that it is never shorter than the average it was compared with.
    fields.put("maxDurationSeconds", Math.max(0.001, Math.ceil(p95 - 1e-9) / 1000));
  }

  /** Rounded to {@code digits} decimals, at least the smallest such step above 0. */
  static double round(double v, int digits) {
    double scale = Math.pow(10, digits);
    double r = Math.round(v * scale) / scale;
    return v > 0 && r == 0 ? 1 / scale : r;
  }
}
