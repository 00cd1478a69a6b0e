package dev.placementadvisor.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.placementadvisor.inventory.InventoryLoader;
import dev.placementadvisor.testing.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Deployment and traffic files as an attacker or an accident writes them: every one ends in a
 * result or in exit 2 with one located line, never a stack trace or a file half written.
 */
class HostileImportTest {
  @TempDir Path tmp;

  private Path write(String name, String text) throws IOException {
    Path p = tmp.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text);
  }

  private static String deployment(String name) {
    return "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: "
        + name
        + "\nspec:\n"
        + "  template:\n    spec:\n      containers:\n        - name: c\n";
  }

  /** Runs advisor and returns its one line of error, checking the exit code and the rest. */
  private String refused(String... args) {
    CliRunner.Result r = CliRunner.run(args);
    assertThat(r.code()).as("exit; stderr %s", r.err()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().toList()).hasSize(1);
    assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
    return r.err().strip();
  }

  @Test
  void tenThousandDocumentsAreTenThousandServices() throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      b.append("---\n").append(deployment("svc-" + i));
    }
    Path big = write("big.yaml", b.toString());
    Path out = tmp.resolve("inventory.yaml");

    CliRunner.Result r = CliRunner.run("import", big.toString(), "-o", out.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(InventoryLoader.load(out).services()).hasSize(10_000);
    assertThat(r.err()).contains("10000 services from 1 file (kubernetes 10000)");
  }

  @Test
  void tenThousandDocumentsOfAnUnknownKindAreNoService() throws IOException {
    Path p =
        write(
            "cm.yaml", ("---\napiVersion: v1\nkind: Widget\nmetadata: {name: w}\n").repeat(10_000));

    assertThat(refused("import", p.toString())).isEqualTo("no services found in " + p);
  }

  @Test
  void nestingDeeperThanTheLimitIsRefusedWhereItIs() throws IOException {
    StringBuilder b = new StringBuilder(deployment("deep")).append("spec2:\n");
    for (int i = 1; i <= 100; i++) {
      b.append("  ".repeat(i)).append("k:\n");
    }
    Path p = write("deep.yaml", b.append("  ".repeat(101)).append("v: 1\n").toString());

    assertThat(refused("import", p.toString()))
        .matches(
            java.util.regex.Pattern.quote(p.toString())
                + ":[0-9]+:[0-9]+: nested deeper than 64 levels");
  }

  @Test
  void anUnknownKindOnlyIsNoService() throws IOException {
    Path p = write("crd.yaml", "apiVersion: example.com/v1\nkind: Gadget\nmetadata: {name: g}\n");

    CliRunner.Result r = CliRunner.run("import", p.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("no services found in " + p);
  }

  @Test
  void aNameBreakingTheNameRuleIsRefusedAtTheName() throws IOException {
    Path p = write("bad.yaml", deployment("\"web server!\""));

    assertThat(refused("import", p.toString()))
        .isEqualTo(
            p
                + ":4:9: the Deployment name 'web server!' is not a valid service name:"
                + " use letters, digits, '.', '_' and '-', starting with a letter or digit (at most"
                + " 100)");
    Path esc = write("esc.yaml", deployment("\"a\\u202eb\\nc\""));
    assertThat(refused("import", esc.toString())).contains("'a\\u202eb\\u000ac'");
  }

  @Test
  void aBadNumberInTheTrafficCsvIsRefusedAtItsCell() throws IOException {
    Path d = write("d.yaml", deployment("api"));
    Path csv = write("t.csv", "service,requests\napi,12M\n");
    Path out = tmp.resolve("inventory.yaml");

    assertThat(refused("import", d.toString(), "--traffic", csv.toString(), "-o", out.toString()))
        .startsWith(csv + ":2:5: 'requests' must be a number of 0 or more");
    assertThat(out).doesNotExist();
  }

  @Test
  void aDirectorySymbolicLinkLoopIsWalkedOnce() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("k8s/apps"));
    write("k8s/apps/api.yaml", deployment("api"));
    Files.createSymbolicLink(dir.resolve("loop"), dir);
    Files.createSymbolicLink(dir.resolve("up"), tmp.resolve("k8s"));
    Files.createSymbolicLink(dir.resolve("self"), dir.resolve("self"));
    Files.createSymbolicLink(dir.resolve("gone.yaml"), tmp.resolve("nowhere.yaml"));

    CliRunner.Result r = CliRunner.run("import", tmp.resolve("k8s").toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(InventoryLoader.parse(r.out(), "x").services()).hasSize(1);
    // The loop and the link to nothing are not followed, and the summary does not call them
    // links out of the directory; the links back into it are simply walked once.
    assertThat(r.err())
        .contains(
            "did not follow 2 symbolic links (out of the directory named, to nothing, or round"
                + " a loop)");
  }

  @Test
  void aLinkLeadingOutOfTheDirectoryIsNotFollowed() throws IOException {
    write("secret/d.yaml", deployment("outside"));
    write("repo/api.yaml", deployment("api"));
    Files.createSymbolicLink(tmp.resolve("repo/out.yaml"), tmp.resolve("secret/d.yaml"));
    Files.createSymbolicLink(tmp.resolve("repo/outdir"), tmp.resolve("secret"));

    CliRunner.Result r = CliRunner.run("import", tmp.resolve("repo").toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("name: api").doesNotContain("outside");
    assertThat(r.err()).contains("did not follow 2 symbolic links (out of the directory named");
  }

  @Test
  void hiddenDirectoriesAndFilesNoFormatReadsAreSkipped() throws IOException {
    write("repo/.git/d.yaml", deployment("hidden"));
    write("repo/chart/templates/d.yaml", deployment("{{ .Values.name }}"));
    write("repo/chart/values.yaml", "replicas: 2\n");
    write("repo/k8s/api.yaml", deployment("api"));

    CliRunner.Result r = CliRunner.run("import", tmp.resolve("repo").toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(InventoryLoader.parse(r.out(), "x").services()).hasSize(1);
    assertThat(r.err()).contains("skipped 2 files in the directories that no format reads");
  }

  @Test
  void anUnrenderedTemplateNamedDirectlyIsRefusedWithTheWayOut() throws IOException {
    Path p = write("deployment.yaml", deployment("{{ .Values.name }}"));

    assertThat(refused("import", p.toString()))
        .isEqualTo(
            p
                + ": not a deployment file advisor import reads (kubernetes, compose, serverless,"
                + " terraform, sam, wrangler): it holds a template ({{ }}); import its rendered"
                + " output (helm template)");
  }

  @Test
  void twoServicesOfOneNameAreRefusedNamingBoth() throws IOException {
    Path a = write("a.yaml", deployment("api"));
    Path b = write("b/compose.yaml", "services:\n  api:\n    image: x\n");

    assertThat(refused("import", a.toString(), b.toString()))
        .isEqualTo(
            b
                + ":2:1: a second service named 'api' (the first is at "
                + a
                + ":1:1):"
                + " names must be unique in an inventory; import the files apart, or rename one");
  }

  @Test
  void theOutputMayNotBeAnInput() throws IOException {
    Path a = write("a.yaml", deployment("api"));

    assertThat(refused("import", a.toString(), "-o", a.toString()))
        .isEqualTo(a + ": cannot write: it is the deployment file, which this command reads");
    assertThat(Files.readString(a)).isEqualTo(deployment("api"));
  }

  @Test
  void aCronJobThatNeverRunsIsRefusedAtItsSchedule() throws IOException {
    Path p =
        write(
            "cron.yaml",
            "apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: c}\n"
                + "spec:\n  schedule: \"0 0 30 2 *\"\n  jobTemplate:\n    spec:\n      template:\n"
                + "        spec:\n          containers: [{name: c}]\n");

    assertThat(refused("import", p.toString()))
        .isEqualTo(p + ":5:13: the schedule '0 0 30 2 *' of CronJob 'c' never runs");
  }

  @Test
  void aMeasuredAverageLongerThanTheDeadlineIsRefusedNamingBoth() throws IOException {
    Path job =
        write(
            "job.yaml",
            "apiVersion: batch/v1\n"
                + "kind: Job\n"
                + "metadata: {name: j}\n"
                + "spec:\n"
                + "  activeDeadlineSeconds: 2\n"
                + "  template:\n"
                + "    spec:\n"
                + "      containers: []\n");
    Path csv = write("t.csv", "service,requests,avg_duration_ms\nj,10,5000\n");

    assertThat(refused("import", job.toString(), "--traffic", csv.toString()))
        .isEqualTo(
            csv
                + ":2:1: the measured average duration of 'j' (5,000 ms) is longer than"
                + " its longest execution in "
                + job
                + ":1:1 (2 s)");
  }

  @Test
  void aValueTheInventoryRefusesIsReportedAtTheServicesSource() throws IOException {
    Path d = write("d.yaml", deployment("api"));
    Path csv = write("t.csv", "service,requests,avg_duration_ms\napi,1,3000000000\n");

    assertThat(refused("import", d.toString(), "--traffic", csv.toString()))
        .isEqualTo(
            d
                + ":1:1: 'avgDurationMs' must be greater than 0 and at most 2,592,000,000,"
                + " got 3000000000 (imported as service 'api'; the inventory takes no such value)");
  }

  @Test
  void aFileNoFormatReadsIsRefusedWhenNamed() throws IOException {
    Path p = write("notes.yaml", "hello: world\n");

    assertThat(refused("import", p.toString()))
        .isEqualTo(
            p
                + ": not a deployment file advisor import reads (kubernetes, compose,"
                + " serverless, terraform, sam, wrangler)");
    Path bin = tmp.resolve("x.yaml");
    Files.write(bin, new byte[] {'a', 0, 'b'});
    assertThat(refused("import", bin.toString())).contains("binary content");
  }

  private static final String SAM =
      "AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\n"
          + "Resources:\n  Api:\n    Type: AWS::Serverless::Function\n";

  static Stream<Arguments> fieldsInAnotherShape() {
    return Stream.of(
        Arguments.of(
            "template.yaml",
            SAM + "    Properties:\n      Runtime: [python3.12]\n",
            "7:16: 'Runtime' must be a single value, got a list"),
        Arguments.of(
            "template.yaml",
            SAM + "    Properties:\n      FunctionName: [orders]\n",
            "7:21: 'FunctionName' must be a single value, got a list"),
        Arguments.of(
            "template.yaml",
            SAM + "    Properties: [1]\n",
            "6:17: 'Properties' must be a mapping, got a list"),
        Arguments.of(
            "serverless.yml",
            "service: shop\nprovider:\n  name: aws\n  runtime: {version: 3}\n"
                + "functions:\n  api:\n    handler: a.h\n",
            "4:12: 'runtime' must be a single value, got a mapping"),
        Arguments.of(
            "wrangler.toml",
            "name = 'edge'\nmain = ['src/index.ts']\n",
            "2:1: 'main' must be a single value, got a list"),
        Arguments.of(
            "wrangler.toml",
            "name = 'edge'\nmain = 'src/index.ts'\nlimits = 5\n",
            "3:1: 'limits' must be a mapping, got the number 5"),
        Arguments.of(
            "plan.json",
            "{\"format_version\":\"1.2\",\"planned_values\":{\"root_module\":{\"resources\":[{"
                + "\"address\":\"aws_lambda_function.api\",\"mode\":\"managed\","
                + "\"type\":\"aws_lambda_function\",\"name\":\"api\",\"values\":{"
                + "\"function_name\":[\"orders\"],\"runtime\":\"python3.12\"}}]}}}\n",
            "1:193: 'function_name' must be a single value, got a list"));
  }

  /**
   * A field in another shape than its format defines is refused where it stands. Read as missing, a
   * list Runtime became the note "Runtime is not a runtime advisor knows", a list FunctionName the
   * logical id, a list of Properties Lambda's defaults, a list main "main is not given" and a
   * number for limits no limits at all.
   */
  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("fieldsInAnotherShape")
  void aFieldInAnotherShapeIsRefusedWhereItStands(String name, String text, String expected)
      throws IOException {
    Path p = write(name, text);

    assertThat(refused("import", p.toString())).isEqualTo(p + ":" + expected);
  }
}
