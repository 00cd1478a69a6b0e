package dev.placementadvisor.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.placementadvisor.cli.Main;
import dev.placementadvisor.result.FactorGroup;
import dev.placementadvisor.testing.Golden;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/scoring.md in step with the code: the generated factor reference must be the exact
 * output of {@code advisor factors --format markdown} (rewritten with {@code
 * -Dgolden.update=true}), every registered factor must be explained, the weights quoted in the
 * prose must be the defaults, and the worked example must give the engine's numbers.
 */
class ScoringDocTest {
  private static final Path DOC = Paths.get("docs", "scoring.md");
  private static final String BEGIN = "<!-- factors:begin -->";
  private static final String END = "<!-- factors:end -->";
  private static final Pattern EXAMPLE =
      Pattern.compile("<!-- example: (\\S+) (\\S+) ((?:\\w+=\\S+ ?)+)-->");
  private static final Pattern SEED_POINTS = Pattern.compile("\\(([+-]\\d+)\\)");

  /** The doc split around its generated block. */
  private record Doc(String before, String block, String after) {
    static Doc read() throws IOException {
      String text = Golden.normalise(Files.readString(DOC, StandardCharsets.UTF_8));
      List<String> lines = List.of(text.split("\n", -1));
      assertThat(lines.stream().filter(BEGIN::equals).count())
          .as("lines in %s that are exactly %s", DOC, BEGIN)
          .isEqualTo(1);
      assertThat(lines.stream().filter(END::equals).count())
          .as("lines in %s that are exactly %s", DOC, END)
          .isEqualTo(1);
      int begin = text.indexOf(BEGIN + "\n") + BEGIN.length() + 1;
      int end = text.indexOf("\n" + END) + 1;
      assertThat(begin).as("%s comes before %s", BEGIN, END).isLessThanOrEqualTo(end);
      return new Doc(text.substring(0, begin), text.substring(begin, end), text.substring(end));
    }

    String prose() {
      return before + after;
    }
  }

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err)) {
      code = Main.run(o, e, args);
    }
    assertThat(err.toString()).as("stderr of advisor %s", String.join(" ", args)).isEmpty();
    assertThat(code).as("exit code of advisor %s", String.join(" ", args)).isZero();
    return out.toString();
  }

  @Test
  void factorReferenceIsTheOutputOfTheFactorsCommand() throws IOException {
    String expected = Golden.normalise(run("factors", "--format", "markdown"));
    Doc doc = Doc.read();
    if (doc.block().equals(expected)) {
      return;
    }
    if (Golden.updating()) {
      Files.writeString(DOC, doc.before() + expected + doc.after(), StandardCharsets.UTF_8);
      System.err.println("golden: rewrote the factor reference in " + DOC);
      return;
    }
    fail(
        "the factor reference in "
            + DOC
            + " (between "
            + BEGIN
            + " and "
            + END
            + ") differs from `advisor factors --format markdown`; run "
            + Golden.HOW_TO_UPDATE
            + " to regenerate it\n"
            + Golden.diff(DOC + " block", doc.block(), expected));
  }

  @Test
  void everyRegisteredFactorIsExplainedOutsideTheGeneratedBlock() throws IOException {
    String prose = Doc.read().prose();
    List<String> missing = new ArrayList<>();
    for (Factor f : Factors.all()) {
      if (!prose.contains("`" + f.id() + "`")) {
        missing.add(f.id());
      }
    }
    assertThat(missing).as("factors that docs/scoring.md does not explain").isEmpty();
  }

  /**
   * Every table in the prose with a "weight" column quotes the default weight of the factor (or of
   * the bucket, under a "#### `factor`" heading) named in its first cell; the seed mapping table's
   * "(+N)" points are the defaults too, as PRODUCT.md requires.
   */
  @Test
  void weightsQuotedInTheProseAreTheDefaults() throws IOException {
    Weights defaults = WeightsLoader.defaults();
    List<String> problems = new ArrayList<>();
    int checked = 0;
    String tableFactor = null;
    List<String> header = null;
    boolean inTable = false;
    for (String line : Doc.read().prose().split("\n")) {
      if (line.startsWith("#### ")) {
        Matcher m = Pattern.compile("`([a-z0-9-]+)`").matcher(line);
        tableFactor = m.find() ? m.group(1) : null;
      }
      if (!line.startsWith("|")) {
        inTable = false;
        continue;
      }
      List<String> cells = cells(line);
      if (!inTable) {
        header = cells;
        inTable = true;
        continue;
      }
      if (line.startsWith("|---") || cells.isEmpty() || !cells.get(0).matches("`[^`]+`")) {
        continue;
      }
      String key = cells.get(0).substring(1, cells.get(0).length() - 1);
      int weightCol = header.indexOf("weight");
      int seedCol = header.indexOf("seed input (points)");
      String expected = null;
      String quoted = null;
      if (weightCol > 0 && weightCol < cells.size()) {
        quoted = cells.get(weightCol);
        if (Factors.buckets(key).isEmpty() && defaults.factors().containsKey(key)) {
          expected = signed(defaults.points(key));
        } else if (tableFactor != null && Factors.buckets(tableFactor).contains(key)) {
          expected = signed(defaults.points(tableFactor, key));
        }
      } else if (seedCol > 0 && seedCol < cells.size() && defaults.factors().containsKey(key)) {
        Matcher m = SEED_POINTS.matcher(cells.get(seedCol));
        quoted = m.find() ? m.group(1) : cells.get(seedCol);
        expected = signed(defaults.points(key));
      }
      if (expected == null) {
        continue;
      }
      checked++;
      if (!expected.equals(quoted)) {
        problems.add(key + ": the doc says " + quoted + ", the default is " + expected);
      }
    }
    assertThat(problems).as("weights in docs/scoring.md that differ from the defaults").isEmpty();
    int expectedChecks = 0;
    for (String id : Factors.weightedIds()) {
      expectedChecks += Factors.buckets(id).isEmpty() ? 1 : Factors.buckets(id).size();
    }
    int seedFactors =
        (int) Factors.all().stream().filter(f -> f.group() == FactorGroup.KUBERNETES_SCORE).count();
    assertThat(checked)
        .as("weights checked: every flat factor and bucket, plus the seed mapping table")
        .isEqualTo(expectedChecks + seedFactors);
  }

  @Test
  void workedExampleGivesTheEnginesNumbers() throws IOException {
    Matcher m = EXAMPLE.matcher(Doc.read().prose());
    int examples = 0;
    ObjectMapper json = new ObjectMapper();
    while (m.find()) {
      examples++;
      JsonNode report = json.readTree(run("assess", m.group(1), "--format", "json"));
      JsonNode service = null;
      for (JsonNode s : report.get("services")) {
        if (s.get("name").asText().equals(m.group(2))) {
          service = s;
        }
      }
      assertThat(service).as("service %s in %s", m.group(2), m.group(1)).isNotNull();
      for (String pair : m.group(3).trim().split(" ")) {
        String[] kv = pair.split("=", 2);
        assertThat(service.path(kv[0]).asText())
            .as("%s of %s in the worked example", kv[0], m.group(2))
            .isEqualTo(kv[1]);
      }
    }
    assertThat(examples).as("worked examples marked with <!-- example: ... -->").isPositive();
  }

  private static List<String> cells(String row) {
    String inner = row.trim();
    inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
    List<String> out = new ArrayList<>();
    for (String c : inner.split("(?<!\\\\)\\|", -1)) {
      out.add(c.trim());
    }
    return out;
  }

  private static String signed(int points) {
    return points > 0 ? "+" + points : Integer.toString(points);
  }
}
