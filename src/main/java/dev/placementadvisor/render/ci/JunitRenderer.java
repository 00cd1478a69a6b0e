package dev.placementadvisor.render.ci;

import dev.placementadvisor.compare.Comparison;
import dev.placementadvisor.compare.GateResult;
import dev.placementadvisor.compare.ServiceChange;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.render.ComparisonRenderer;
import dev.placementadvisor.render.ComparisonText;
import dev.placementadvisor.render.GateFindings;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Renders a comparison as JUnit XML for CI test reports: a test case per service (classname {@code
 * advisor.services}), failing when a failed gate names it, and one per gate (classname {@code
 * advisor.gates}), failing when the gate failed. No timestamps or durations, so the output is
 * deterministic.
 */
public final class JunitRenderer implements ComparisonRenderer {
  private static final String SERVICES = "advisor.services";
  private static final String GATES = "advisor.gates";

  @Override
  public void render(Comparison c, Writer out) throws IOException {
    GateFindings findings = new GateFindings(c);
    List<ServiceChange> services = findings.listed(c.changes());
    int tests = services.size() + c.gates().size();
    long failures =
        services.stream().filter(s -> !findings.failedGates(s.name()).isEmpty()).count()
            + c.gates().stream().filter(g -> !g.passed()).count();
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    b.append("<testsuites name=\"advisor\" tests=\"")
        .append(tests)
        .append("\" failures=\"")
        .append(failures)
        .append("\" errors=\"0\">\n");
    b.append("  <testsuite name=\"advisor\" tests=\"")
        .append(tests)
        .append("\" failures=\"")
        .append(failures)
        .append("\" errors=\"0\" skipped=\"0\">\n");
    b.append("    <properties>\n");
    property(b, "baseline", Text.printable(c.baseline().source()));
    property(b, "inventory", Text.printable(c.current().inventory()));
    property(b, "monthlyCost", ComparisonText.totalChange(c));
    property(b, "result", ComparisonText.verdict(c));
    b.append("    </properties>\n");
    for (ServiceChange s : services) {
      List<GateResult> failed = findings.failedGates(s.name());
      String name = Text.printable(s.name());
      testcase(b, SERVICES, name);
      if (failed.isEmpty()) {
        b.append("/>\n");
        continue;
      }
      String gates = GateFindings.gateList(failed);
      failure(
          b,
          name + " fails " + gates,
          name + ": " + Text.printable(GateFindings.describe(s)) + "\nfails: " + gates);
    }
    for (GateResult g : c.gates()) {
      testcase(b, GATES, g.id());
      if (g.passed()) {
        b.append("/>\n");
      } else {
        failure(b, ComparisonText.gateLabel(g) + " failed", Text.printable(g.message()));
      }
    }
    int omitted = GateFindings.omitted(c.changes());
    if (omitted > 0) {
      b.append("    <system-out>")
          .append(escapeText(GateFindings.more(omitted)))
          .append("</system-out>\n");
    }
    b.append("  </testsuite>\n</testsuites>\n");
    out.write(b.toString());
  }

  private static void property(StringBuilder b, String name, String value) {
    b.append("      <property name=\"")
        .append(escape(name))
        .append("\" value=\"")
        .append(escape(value))
        .append("\"/>\n");
  }

  private static void testcase(StringBuilder b, String classname, String name) {
    b.append("    <testcase classname=\"")
        .append(classname)
        .append("\" name=\"")
        .append(escape(name))
        .append('"');
  }

  private static void failure(StringBuilder b, String message, String text) {
    b.append(">\n      <failure message=\"")
        .append(escape(message))
        .append("\">")
        .append(escapeText(text))
        .append("</failure>\n    </testcase>\n");
  }

  /** As {@link #escape}, but keeps line breaks and tabs readable, for element content. */
  static String escapeText(String s) {
    return escape(s).replace("&#10;", "\n").replace("&#9;", "\t");
  }

  /**
   * Escapes text for XML 1.0 content and attribute values: the five markup characters, line breaks
   * and tabs as character references (so attributes keep them), other control and invisible
   * formatting characters as {@code \\uXXXX} text (see {@link Text#printable}), and drops what XML
   * 1.0 cannot carry at all (lone surrogates, U+FFFE and U+FFFF).
   */
  public static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            cp -> {
              switch (cp) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                case '\n' -> b.append("&#10;");
                case '\r' -> b.append("&#13;");
                case '\t' -> b.append("&#9;");
                default -> {
                  if (Text.mustEscape(cp)) {
                    // Shown, not acted on: no control or bidi character reaches a CI's test view.
                    b.append(Text.printable(new String(Character.toChars(cp))));
                  } else if (legal(cp)) {
                    b.appendCodePoint(cp);
                  }
                }
              }
            });
    return b.toString();
  }

  private static boolean legal(int cp) {
    return cp >= 0x20 && cp <= 0xD7FF
        || cp >= 0xE000 && cp <= 0xFFFD
        || cp >= 0x10000 && cp <= 0x10FFFF;
  }
}
