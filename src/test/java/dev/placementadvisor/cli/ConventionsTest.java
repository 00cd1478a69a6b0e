package dev.placementadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.placementadvisor.testing.CliRunner;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command-line conventions CI users expect: one --format/-o pair everywhere with the format
 * taken from -o's extension, '-' for standard input and output, several files as one estate,
 * --quiet, help, completion, did-you-mean and case-insensitive values.
 */
class ConventionsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SAMPLE = "samples/startup.yaml";
  private static final String SERVICE =
      "  - {name: %s, traffic: web, runtime: go, avgDurationMs: 20, memoryMb: 128}\n";

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text);
  }

  private static String oneLineError(CliRunner.Result r) {
    assertThat(r.code()).as("exit; stderr %s", r.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.out()).isEmpty();
    return r.err().lines().findFirst().orElseThrow();
  }

  @ParameterizedTest
  @CsvSource({
    "report.json, {",
    "report.md, # Placement report",
    "report.MARKDOWN, # Placement report",
    "report.txt, SERVICE",
    "report, SERVICE"
  })
  void theExtensionOfOutChoosesTheFormat(String name, String start) throws IOException {
    Path out = dir.resolve(name);

    CliRunner.Result r = CliRunner.run("assess", SAMPLE, "-o", out.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(out)).startsWith(start);
  }

  @Test
  void formatWinsOverTheExtension() throws IOException {
    Path out = dir.resolve("report.md");

    CliRunner.Result r = CliRunner.run("assess", SAMPLE, "-o", out.toString(), "--format", "json");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(out)).startsWith("{");
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "markdown", "table", "JSON", "sarif"})
  void aBareFormatWordIsRefused(String word) {
    String line = oneLineError(CliRunner.run("assess", SAMPLE, "-o", word));

    assertThat(line)
        .isEqualTo(
            "advisor: -o "
                + word
                + " would write a file named '"
                + word
                + "': did you mean"
                + " --format "
                + word.toLowerCase(java.util.Locale.ROOT)
                + "?");
    assertThat(dir.resolve(word)).doesNotExist();
  }

  @Test
  void aComparisonOnlyExtensionWithoutABaselineIsRefused() {
    String line =
        oneLineError(CliRunner.run("assess", SAMPLE, "-o", dir.resolve("r.sarif").toString()));

    assertThat(line).startsWith("advisor: -o ").contains("(a sarif file by its extension;");
  }

  @Test
  void dashIsStandardOutput() {
    CliRunner.Result r = CliRunner.run("assess", SAMPLE, "-o", "-", "--format", "json");

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("{");
  }

  @Test
  void dashIsStandardInputForTheInventory() throws IOException {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(Files.readAllBytes(Path.of(SAMPLE))));
      CliRunner.Result r = CliRunner.run("assess", "-", "--format", "json");

      assertThat(r.code()).as(r.err()).isZero();
      JsonNode report = JSON.readTree(r.out());
      assertThat(report.get("inventory").asText()).isEqualTo("<stdin>");
      assertThat(report.get("services")).hasSize(5);

      System.setIn(
          new ByteArrayInputStream("version: 1\nservices: [\n".getBytes(StandardCharsets.UTF_8)));
      assertThat(oneLineError(CliRunner.run("validate", "-"))).startsWith("<stdin>:");
    } finally {
      System.setIn(saved);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "pricing, '', PRICING",
    "factors, '', FACTORS",
    "crossover, '--duration-ms 200 --memory-mb 256 --api-gateway REST --instance-type t3.medium"
        + " --nodes 2', CROSSOVER",
    "explain, 'samples/startup.yaml partner-api', EXPLAIN"
  })
  void everyReportCommandTakesTheSameFormatAndOutPair(String command, String args, String what)
      throws IOException {
    java.util.List<String> base = new java.util.ArrayList<>(java.util.List.of(command));
    if (!args.isBlank()) {
      base.addAll(java.util.List.of(args.split(" ")));
    }
    Path md = dir.resolve(what + ".md");
    java.util.List<String> toFile = new java.util.ArrayList<>(base);
    toFile.addAll(java.util.List.of("-o", md.toString()));
    CliRunner.Result r = CliRunner.run(toFile.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(md)).startsWith("#");

    java.util.List<String> sarif = new java.util.ArrayList<>(base);
    sarif.addAll(java.util.List.of("--format", "sarif"));
    assertThat(oneLineError(CliRunner.run(sarif.toArray(String[]::new))))
        .startsWith("advisor: --format sarif: " + command + " writes ");
  }

  @Test
  void pricingFactorsAndCrossoverWriteJson() throws IOException {
    JsonNode pricing = JSON.readTree(CliRunner.run("pricing", "--format", "json").out());
    JsonNode factors = JSON.readTree(CliRunner.run("factors", "--format", "json").out());
    JsonNode crossover =
        JSON.readTree(
            CliRunner.run(
                    "crossover",
                    "--duration-ms",
                    "200",
                    "--memory-mb",
                    "256",
                    "--api-gateway",
                    "rest",
                    "--instance-type",
                    "t3.medium",
                    "--nodes",
                    "2",
                    "--format",
                    "json")
                .out());

    assertThat(pricing.get("prices").findValuesAsText("id")).contains("lambda.requests");
    assertThat(factors.get("factors").findValuesAsText("id")).contains("stateful", "cost");
    assertThat(factors.get("bands").get("kubernetes").asInt()).isEqualTo(16);
    assertThat(crossover.get("crossover").get("requestsPerMonth").asLong()).isPositive();
  }

  @Test
  void severalFilesAreOneEstate() throws IOException {
    Path a =
        write(
            "estate/a.yaml",
            "version: 1\norganization: {name: Acme, engineers: 10}\nprofiles:\n"
                + "  web: {pattern: steady, requestsPerMonth: 5M}\nservices:\n"
                + SERVICE.formatted("api"));
    Path b =
        write(
            "estate/b.yaml",
            "version: 1\nprofiles:\n  web: {pattern: steady, requestsPerMonth: 5M}\n"
                + "services:\n"
                + SERVICE.formatted("worker"));

    JsonNode byFiles =
        JSON.readTree(
            CliRunner.run("assess", a.toString(), b.toString(), "--format", "json").out());
    JsonNode byDirectory =
        JSON.readTree(
            CliRunner.run("assess", dir.resolve("estate").toString(), "--format", "json").out());
    CliRunner.Result validate = CliRunner.run("validate", dir.resolve("estate").toString());

    assertThat(byFiles.get("services").findValuesAsText("name")).containsExactly("api", "worker");
    assertThat(byFiles.get("organization").asText()).isEqualTo("Acme");
    assertThat(byDirectory.get("services")).isEqualTo(byFiles.get("services"));
    assertThat(validate.code()).isZero();
    assertThat(validate.out()).isEqualTo(a + ": valid (1 service)\n" + b + ": valid (1 service)\n");
  }

  @Test
  void filesOfAnEstateMustAgree() throws IOException {
    Path a =
        write(
            "a.yaml",
            "version: 1\norganization: {name: Acme, engineers: 10}\nprofiles:\n"
                + "  web: {pattern: steady, requestsPerMonth: 5M}\nservices:\n"
                + SERVICE.formatted("api"));
    Path org =
        write(
            "org.yaml",
            "version: 1\norganization: {name: Other, engineers: 3}\nprofiles:\n"
                + "  web: {pattern: steady, requestsPerMonth: 5M}\nservices:\n"
                + SERVICE.formatted("x"));
    Path profile =
        write(
            "profile.yaml",
            "version: 1\nprofiles:\n  web: {pattern: spiky, requestsPerMonth: 5M}\n"
                + "services:\n"
                + SERVICE.formatted("y"));
    Path twin =
        write(
            "twin.yaml",
            "version: 1\nprofiles:\n  web: {pattern: steady, requestsPerMonth: 5M}\n"
                + "services:\n"
                + SERVICE.formatted("api"));

    assertThat(oneLineError(CliRunner.run("assess", a.toString(), org.toString())))
        .isEqualTo(
            org
                + ":2:1: 'organization' differs from the one at "
                + a
                + ":2:1: the files of"
                + " one estate must agree (write it once, or the same in each)");
    assertThat(oneLineError(CliRunner.run("assess", a.toString(), profile.toString())))
        .isEqualTo(
            profile
                + ":3:3: traffic profile 'web' differs from the one at "
                + a
                + ":4:3:"
                + " the files of one estate must agree");
    assertThat(oneLineError(CliRunner.run("assess", a.toString(), twin.toString())))
        .isEqualTo(twin + ":5:5: duplicate service name 'api' (first defined at " + a + ":6:5)");
    assertThat(CliRunner.run("validate", a.toString(), twin.toString()).code()).isEqualTo(2);
  }

  @Test
  void quietPrintsNothingButTheReportFile() throws IOException {
    Path out = dir.resolve("r.json");

    CliRunner.Result quiet = CliRunner.run("assess", SAMPLE, "--quiet");
    CliRunner.Result toFile = CliRunner.run("-q", "assess", SAMPLE, "-o", out.toString());
    CliRunner.Result validate = CliRunner.run("validate", SAMPLE, "-q");
    CliRunner.Result gate = CliRunner.run("assess", SAMPLE, "--budget", "1", "-q");

    assertThat(quiet.code()).isZero();
    assertThat(quiet.out()).isEmpty();
    assertThat(toFile.out()).isEmpty();
    assertThat(Files.readString(out)).startsWith("{");
    assertThat(validate.out()).isEmpty();
    assertThat(gate.code()).isEqualTo(ExitCodes.GATE_FAILED);
    assertThat(gate.out()).isEmpty();
    assertThat(gate.err()).startsWith("advisor: gate budget $1.00 failed");
  }

  @Test
  void helpCompletionAndVersion() {
    CliRunner.Result help = CliRunner.run("help", "assess");
    CliRunner.Result bash = CliRunner.run("completion", "bash");
    CliRunner.Result fish = CliRunner.run("completion", "FISH");
    CliRunner.Result version = CliRunner.run("--version");

    assertThat(help.out()).startsWith("Usage: advisor assess").contains("--min-change");
    assertThat(bash.out()).contains("complete -F").contains("assess").contains("--max-increase");
    assertThat(fish.out())
        .contains("complete -c advisor -n __fish_use_subcommand -a assess")
        .contains("-l format")
        .contains("-l max-increase");
    assertThat(version.out().lines().toList())
        .hasSize(3)
        .satisfies(l -> assertThat(l.get(0)).startsWith("advisor "))
        .satisfies(l -> assertThat(l.get(1)).startsWith("price catalog: bundled, effective 20"))
        .satisfies(l -> assertThat(l.get(2)).startsWith("Java 1"));
  }

  @Test
  void mistypedCommandsAndOptionsNameTheNearest() {
    assertThat(oneLineError(CliRunner.run("asess", SAMPLE)))
        .isEqualTo("advisor: unknown command 'asess' (did you mean 'assess'?)");
    assertThat(oneLineError(CliRunner.run("assess", SAMPLE, "--max-increse", "5")))
        .isEqualTo("advisor: unknown option '--max-increse' (did you mean '--max-increase'?)");
    assertThat(oneLineError(CliRunner.run("frobnicate")))
        .isEqualTo("advisor: unknown command 'frobnicate'");
  }

  @Test
  void optionValuesAreCaseInsensitive() {
    assertThat(CliRunner.run("assess", SAMPLE, "--format", "JSON").code()).isZero();
    assertThat(CliRunner.run("assess", SAMPLE, "--flip-points", "OFF").code()).isZero();
    assertThat(CliRunner.run("assess", SAMPLE, "--color", "NEVER").code()).isZero();
    assertThat(
            CliRunner.run(
                    "crossover",
                    "--duration-ms",
                    "200",
                    "--memory-mb",
                    "256",
                    "--api-gateway",
                    "HTTP",
                    "--instance-type",
                    "t3.medium",
                    "--nodes",
                    "2",
                    "--workload",
                    "Compute-Bound",
                    "--architecture",
                    "ARM64")
                .code())
        .isZero();
  }

  @Test
  void theTerminalWidthComesFromColumns() {
    assertThat(Terminal.width("132")).isEqualTo(132);
    assertThat(Terminal.width(null)).isEqualTo(100);
    assertThat(Terminal.width("wide")).isEqualTo(100);
    assertThat(Terminal.width("5")).isEqualTo(100);
  }

  @Test
  void anInventoryUnderTheCurrentDirectoryIsNamedRelativeToIt() throws IOException {
    Path absolute = Path.of(SAMPLE).toAbsolutePath();

    JsonNode report =
        JSON.readTree(CliRunner.run("assess", absolute.toString(), "--format", "json").out());

    assertThat(report.get("inventory").asText()).isEqualTo(SAMPLE);
  }
}
