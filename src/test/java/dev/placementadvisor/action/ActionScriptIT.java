package dev.placementadvisor.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub Action's script ({@code .github/action/cost-gate.sh}) run as the action runs it, on
 * temporary git repositories with a base and a head commit, with stand-ins for {@code gh} and
 * {@code curl} on PATH that record what they are asked (src/test/resources/.../action). No network.
 * It uses the packaged {@code target/advisor.jar}, so it runs after {@code package}.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ActionScriptIT {
  private static final Path PROJECT = Paths.get("").toAbsolutePath();
  private static final Path SCRIPT = PROJECT.resolve(".github/action/cost-gate.sh");
  private static final Path JAR = PROJECT.resolve("target/advisor.jar");
  private static final String INVENTORY = "estate/inventory.yaml";
  private static final String SECRET = "TOPSECRET-7f3a9c-do-not-print";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;
  private Path repo;
  private Path bin;
  private Path gh;
  private Path runnerTemp;

  private static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir.isEmpty() ? "." : dir, tool))) {
        return true;
      }
    }
    return false;
  }

  @BeforeEach
  void setUp() throws IOException, InterruptedException {
    assumeTrue(Files.isRegularFile(JAR), JAR + " is missing: run ./mvnw package first");
    // The stand-in for gh answers with jq, as the real one does (the runners have jq).
    assumeTrue(onPath("jq") && onPath("git"), "needs jq and git on PATH");
    repo = Files.createDirectories(tmp.resolve("repo"));
    bin = Files.createDirectories(tmp.resolve("bin"));
    gh = Files.createDirectories(tmp.resolve("gh"));
    runnerTemp = Files.createDirectories(tmp.resolve("runner-temp"));
    for (String tool : List.of("gh", "curl")) {
      try (InputStream in = ActionScriptIT.class.getResourceAsStream(tool)) {
        Path p = bin.resolve(tool);
        Files.write(p, in.readAllBytes());
        assertThat(p.toFile().setExecutable(true)).isTrue();
      }
    }
    git("init", "-q", "-b", "main");
  }

  // --- (a) a base with no inventory -------------------------------------------------------------

  @Test
  void aBaseWithoutTheInventoryIsAnEmptyEstate() throws Exception {
    write("README.md", "an estate\n");
    String base = commit("base: no inventory yet");
    write(INVENTORY, sample());
    commit("head: add the inventory");

    Run run = action(pullRequest(base), Map.of("max-increase", "10%"));

    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.outputs).containsEntry("verdict", "passed").containsEntry("exit-code", "0");
    assertThat(run.outputs.get("base-ref")).isEqualTo(base);
    JsonNode baseline = JSON.readTree(Files.readString(Path.of(run.outputs.get("baseline"))));
    assertThat(baseline.get("services").size()).isZero();
    assertThat(baseline.get("inventory").asText()).isEqualTo(INVENTORY);
    assertThat(baseline.get("totals").get("monthlyCost").asDouble()).isZero();

    List<JsonNode> comments = comments();
    assertThat(comments).hasSize(1);
    String body = comments.get(0).get("body").asText();
    assertThat(body).startsWith("<!-- placement-advisor:cost-gate:").contains("**$0.00 → $");
    assertThat(body).contains("stripe-webhooks").contains("added");
    assertThat(calls()).hasSize(2); // list, then create
    assertThat(calls().get(1)).contains("POST");
    assertThat(run.summary).contains("**$0.00 → $");
    assertThat(run.outputs.get("comment-url")).startsWith("https://github.example/");
  }

  // --- (b) a regression past max-increase; the comment is updated, never added ------------------

  @Test
  void aRegressionFailsTheGateAndUpdatesTheOneComment() throws Exception {
    write(INVENTORY, sample());
    String base = commit("base");
    write(INVENTORY, sample().replace("requestsPerMonth: 1.2M", "requestsPerMonth: 12M"));
    commit("head: ten times the app's traffic");
    // Someone else's comment with the same marker is left alone.
    Run first = action(pullRequest(base), Map.of("max-increase", "10%"));
    String marker = comments().get(0).get("body").asText().lines().findFirst().orElseThrow();
    Files.writeString(
        gh.resolve("comments/1000.json"),
        JSON.createObjectNode()
            .put("id", 1000)
            .put("body", marker + "\nI copied the marker")
            .put("html_url", "https://github.example/x")
            .set("user", JSON.createObjectNode().put("login", "mallory").put("type", "User"))
            .toString());

    Run second = action(pullRequest(base), Map.of("max-increase", "10%"));

    for (Run run : List.of(first, second)) {
      assertThat(run.code).as(run.toString()).isEqualTo(1);
      assertThat(run.outputs).containsEntry("verdict", "failed").containsEntry("exit-code", "1");
      assertThat(run.stderr).contains("gate max-increase 10% failed");
    }
    List<JsonNode> comments = comments();
    assertThat(comments).hasSize(2);
    assertThat(comments.get(0).get("body").asText()).endsWith("I copied the marker");
    String body = comments.get(1).get("body").asText();
    assertThat(body).startsWith(marker).contains("gates failed").contains("app-backend");
    List<String> calls = calls();
    assertThat(calls).hasSize(4); // list, create; list, update
    assertThat(calls.get(1)).contains("POST");
    assertThat(calls.get(3)).contains("PATCH").contains("issues/comments/1001");
    assertThat(String.join("\n", calls)).doesNotContain("comments/1000");
  }

  @Test
  void theGithubFormatPrintsAnnotationsAndWritesTheReport() throws Exception {
    write(INVENTORY, sample());
    String base = commit("base");
    write(INVENTORY, sample().replace("requestsPerMonth: 1.2M", "requestsPerMonth: 12M"));
    commit("head");

    Run run = action(pullRequest(base), Map.of("max-increase", "10%", "format", "github"));

    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(run.stdout).contains("::error file=" + INVENTORY);
    assertThat(run.outputs.get("report")).endsWith("report.txt");
    assertThat(Files.readString(Path.of(run.outputs.get("report")))).contains("::error file=");
    assertThat(run.outputs.get("comparison")).endsWith("comparison.md");
    assertThat(run.summary).contains("gates failed");
    assertThat(run.stderr.lines().filter(l -> l.contains("gate max-increase"))).hasSize(1);
  }

  // --- (c) a budget breach ----------------------------------------------------------------------

  @Test
  void aBudgetBreachFailsTheGate() throws Exception {
    write(INVENTORY, sample());
    String base = commit("base");
    write(INVENTORY, sample() + "\n# a comment changes nothing\n");
    commit("head");

    Run run = action(pullRequest(base), Map.of("budget", "1", "max-increase", "10%"));

    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(run.stderr)
        .contains("gate budget $1.00 failed")
        .doesNotContain("max-increase 10% failed");
    assertThat(comments()).hasSize(1);
    assertThat(comments().get(0).get("body").asText()).contains("budget").contains("failed");
  }

  @Test
  void aCatalogTheInventoryNamesComesFromTheBaseCommitToo() throws Exception {
    String inventory = sample() + "  catalog: prices/catalog.yaml\n";
    String catalog =
        "effectiveDate: 2026-11-24\n"
            + "region: us-east-1\n"
            + "prices:\n"
            + "  lambda.requests: {unit: per million, price: %s, source:"
            + " \"https://example.com/prices\"}\n";
    write(INVENTORY, inventory);
    write("estate/prices/catalog.yaml", catalog.formatted("0.20"));
    String base = commit("base");
    write("estate/prices/catalog.yaml", catalog.formatted("200"));
    commit("head: requests cost a thousand times more");

    Run run = action(pullRequest(base), Map.of("max-increase", "10%"));

    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(run.stderr).contains("gate max-increase 10% failed");
    JsonNode baseline = JSON.readTree(Files.readString(Path.of(run.outputs.get("baseline"))));
    assertThat(baseline.get("services").size()).isEqualTo(5);
  }

  // --- (d) hostile input ------------------------------------------------------------------------

  @Test
  void aPathWithSpacesAndCommandSubstitutionIsOnlyAName() throws Exception {
    String path = "odd dir/$(touch pwned) `touch pwned2` ##[group]x;y.yaml";
    write(path, sample());
    String base = commit("base");
    write(path, sample().replace("requestsPerMonth: 1.2M", "requestsPerMonth: 1.3M"));
    commit("head");

    Run run = action(pullRequest(base), Map.of("inventory", path, "max-increase", "50%"));

    assertThat(run.code).as(run.toString()).isZero();
    assertThat(comments()).hasSize(1);
    assertNothingNamed("pwned", "pwned2");
    // The runner reads '##[' as a command of its own: the path is shown with it broken.
    assertThat(run.stdout).contains("odd dir/$(touch pwned)").doesNotContain("##[");
    assertThat(run.stderr).doesNotContain("##[");
  }

  @Test
  void aPathWithALineBreakIsRefused() throws Exception {
    write(INVENTORY, sample());
    String base = commit("base");

    Run run = action(pullRequest(base), Map.of("inventory", "estate/inv\n::error::forged.yaml"));

    assertThat(run.code).isEqualTo(2);
    assertThat(run.stderr.strip().lines()).hasSize(1);
    assertThat(run.stderr).contains("control character");
    assertThat(run.stdout).doesNotContain("\n::error::forged");
    assertThat(calls()).isEmpty();
  }

  @Test
  void pathsOutOfTheRepositoryAreRefused() throws Exception {
    write(INVENTORY, sample());
    String base = commit("base");
    for (String path : List.of("/etc/passwd", "../outside.yaml", "estate/../../x.yaml")) {
      Run run = action(pullRequest(base), Map.of("inventory", path));
      assertThat(run.code).as(path).isEqualTo(2);
      assertThat(run.stderr.strip().lines()).as(path).hasSize(1);
    }
    assertThat(calls()).isEmpty();
  }

  @Test
  void anInventoryMadeALinkToASecretIsRefusedAndNothingPrintsTheSecret() throws Exception {
    Path secret = Files.writeString(tmp.resolve("credentials"), "token: " + SECRET + "\n");
    write(INVENTORY, sample());
    String base = commit("base");
    Files.delete(repo.resolve(INVENTORY));
    Files.createSymbolicLink(repo.resolve(INVENTORY), secret);
    commit("head: the inventory is a link");

    Run run = action(pullRequest(base), Map.of("max-increase", "10%"));

    assertThat(run.code).as(run.toString()).isEqualTo(2);
    assertThat(run.stderr).contains("symbolic link");
    assertThat(run.toString()).doesNotContain(SECRET);
    try (Stream<Path> files = Files.walk(tmp)) {
      for (Path f :
          files
              .filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
              .filter(f -> !f.equals(secret))
              .toList()) {
        assertThat(Files.readString(f, StandardCharsets.ISO_8859_1))
            .as(f.toString())
            .doesNotContain(SECRET);
      }
    }
    assertThat(calls()).isEmpty();
  }

  @Test
  void aBaseWhoseInventoryIsALinkIsRefused() throws Exception {
    Path secret = Files.writeString(tmp.resolve("credentials"), "token: " + SECRET + "\n");
    Files.createDirectories(repo.resolve("estate"));
    Files.createSymbolicLink(repo.resolve(INVENTORY), secret);
    String base = commit("base: a link");
    Files.delete(repo.resolve(INVENTORY));
    write(INVENTORY, sample());
    commit("head: a file");

    Run run = action(pullRequest(base), Map.of());

    assertThat(run.code).as(run.toString()).isEqualTo(2);
    assertThat(run.stderr).contains("symbolic link");
    assertThat(run.toString()).doesNotContain(SECRET);
  }

  @Test
  void hostileInputsAreArgumentsNeverCode() throws Exception {
    write(INVENTORY, sample());
    String base = commit("base");
    write(INVENTORY, sample() + "\n");
    commit("head");
    Map<String, String> hostile = new LinkedHashMap<>();
    hostile.put("baseline-ref", "--upload-pack=touch pwned");
    hostile.put("max-increase", "$(touch pwned)");
    hostile.put("budget", "1; touch pwned");
    hostile.put("format", "markdown; touch pwned");
    hostile.put("comment", "true && touch pwned");
    hostile.put("version", "1.0.0/../../x");
    for (var input : hostile.entrySet()) {
      Run run = action(pullRequest(base), Map.of(input.getKey(), input.getValue()));
      assertThat(run.code).as(input.getKey() + ": " + run).isEqualTo(2);
      // advisor's own message (with its hint) when it refused the value, then the script's line.
      assertThat(run.stderr.strip().lines().count())
          .as(input.getKey() + ": " + run)
          .isBetween(1L, 3L);
      assertThat(run.stderr).doesNotContain("\tat ").doesNotContain("Exception");
    }
    assertNothingNamed("pwned");
    assertThat(calls()).isEmpty();
  }

  // --- How the action gets advisor
  // ----------------------------------------------------------------

  @Test
  void theReleasedJarIsDownloadedAndItsChecksumVerified() throws Exception {
    write(INVENTORY, sample());
    String base = commit("base");
    Path actionPath =
        Files.createDirectories(tmp.resolve("_actions/acme/placement-advisor/v9.8.7"));
    Path release =
        Files.createDirectories(
            tmp.resolve("releases/acme/placement-advisor/releases/download/v9.8.7"));
    Files.copy(JAR, release.resolve("advisor-9.8.7.jar"));
    Files.writeString(
        release.resolve("advisor-9.8.7.jar.sha256"), sha256(JAR) + "  advisor-9.8.7.jar\n");
    Map<String, String> env = new LinkedHashMap<>(pullRequest(base));
    env.put("ADVISOR_JAR", "");
    env.put("GITHUB_ACTION_PATH", actionPath.toString());
    env.put("FAKE_RELEASES", tmp.resolve("releases").toString());

    Run good = action(env, Map.of());

    assertThat(good.code).as(good.toString()).isZero();
    assertThat(good.stdout).contains("SHA-256 verified");
    List<String> downloads = Files.readAllLines(tmp.resolve("releases/calls.log"));
    assertThat(downloads).hasSize(2);
    assertThat(downloads.get(0))
        .contains(
            "https://github.com/acme/placement-advisor/releases/download/v9.8.7/advisor-9.8.7.jar");

    // A jar that is not the one the release's checksum names is never run.
    Files.write(release.resolve("advisor-9.8.7.jar"), new byte[] {'P', 'K', 3, 4, 0});
    Run tampered = action(env, Map.of());
    assertThat(tampered.code).isEqualTo(3);
    assertThat(tampered.stderr).contains("does not match");
    assertThat(tampered.outputs).containsEntry("verdict", "error");
    assertThat(tampered.outputs).doesNotContainKey("comparison");
  }

  // --- Other events
  // -------------------------------------------------------------------------------

  @Test
  void aPushComparesWithTheCommitBeforeItAndPostsNoComment() throws Exception {
    write(INVENTORY, sample());
    String before = commit("before the push");
    write(INVENTORY, sample().replace("requestsPerMonth: 1.2M", "requestsPerMonth: 12M"));
    commit("pushed");
    Map<String, String> env = new LinkedHashMap<>();
    env.put("GITHUB_EVENT_NAME", "push");
    env.put("ADVISOR_PUSH_BEFORE", before);

    Run run = action(env, Map.of("comment", "true", "max-increase", "10%", "format", "sarif"));

    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(run.outputs.get("base-ref")).isEqualTo(before);
    assertThat(run.outputs.get("report")).endsWith("report.sarif");
    assertThat(
            JSON.readTree(Files.readString(Path.of(run.outputs.get("report"))))
                .get("version")
                .asText())
        .isEqualTo("2.1.0");
    assertThat(run.stdout).contains("not a pull request");
    assertThat(calls()).isEmpty();
  }

  @Test
  void aReadOnlyTokenWarnsAndTheGateStillDecides() throws Exception {
    write(INVENTORY, sample());
    String base = commit("base");
    write(INVENTORY, sample().replace("requestsPerMonth: 1.2M", "requestsPerMonth: 12M"));
    commit("head");
    Map<String, String> env = new LinkedHashMap<>(pullRequest(base));
    env.put("FAKE_GH_FAIL", "1");

    Run run = action(env, Map.of("max-increase", "10%"));

    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(run.stdout).contains("::warning title=placement-advisor::could not read");
    assertThat(run.summary).contains("gates failed");
  }

  // --- Helpers
  // ------------------------------------------------------------------------------------

  private static String sample() throws IOException {
    return Files.readString(PROJECT.resolve("samples/startup.yaml"));
  }

  private void write(String path, String text) throws IOException {
    Path p = repo.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private String commit(String message) throws IOException, InterruptedException {
    git("add", "-A");
    git("commit", "-q", "-m", message);
    return git("rev-parse", "HEAD").strip();
  }

  private String git(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(repo.toFile());
    Map<String, String> env = pb.environment();
    env.put("HOME", tmp.toString());
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("GIT_AUTHOR_NAME", "Test");
    env.put("GIT_AUTHOR_EMAIL", "test@example.com");
    env.put("GIT_COMMITTER_NAME", "Test");
    env.put("GIT_COMMITTER_EMAIL", "test@example.com");
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as("git %s: %s", String.join(" ", args), out).isZero();
    return out;
  }

  private static Map<String, String> pullRequest(String base) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("GITHUB_EVENT_NAME", "pull_request");
    env.put("ADVISOR_PR_NUMBER", "7");
    env.put("ADVISOR_PR_BASE_SHA", base);
    env.put("INPUT_COMMENT", "true");
    return env;
  }

  /** Runs the script in the repository as the action's step does: inputs as INPUT_* variables. */
  private Run action(Map<String, String> event, Map<String, String> inputs)
      throws IOException, InterruptedException {
    Path output = Files.createTempFile(tmp, "github-output", "");
    Path summary = Files.createTempFile(tmp, "step-summary", "");
    ProcessBuilder pb = new ProcessBuilder("bash", SCRIPT.toString()).directory(repo.toFile());
    Map<String, String> env = pb.environment();
    env.keySet()
        .removeIf(
            k ->
                k.startsWith("GITHUB_")
                    || k.startsWith("INPUT_")
                    || k.startsWith("ADVISOR_")
                    || k.startsWith("RUNNER_"));
    env.put("PATH", bin + ":" + System.getenv("PATH"));
    env.put("HOME", tmp.toString());
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("RUNNER_TEMP", runnerTemp.toString());
    env.put("GITHUB_OUTPUT", output.toString());
    env.put("GITHUB_STEP_SUMMARY", summary.toString());
    env.put("GITHUB_REPOSITORY", "acme/estate");
    env.put("GITHUB_SERVER_URL", "https://github.com");
    env.put("GITHUB_ACTION_PATH", PROJECT.toString());
    env.put("GH_TOKEN", "fake-token");
    env.put("FAKE_GH_STATE", gh.toString());
    env.put("ADVISOR_JAR", JAR.toString());
    env.put("INPUT_INVENTORY", INVENTORY);
    env.put("INPUT_FORMAT", "markdown");
    env.put("INPUT_COMMENT", "false");
    env.putAll(event);
    inputs.forEach(
        (k, v) -> env.put("INPUT_" + k.toUpperCase(java.util.Locale.ROOT).replace('-', '_'), v));
    env.values().removeIf(String::isEmpty);
    pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Path stdout = Files.createTempFile(tmp, "stdout", "");
    Path stderr = Files.createTempFile(tmp, "stderr", "");
    pb.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
    Process p = pb.start();
    assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("the script finished").isTrue();
    Map<String, String> outputs = new LinkedHashMap<>();
    for (String line : Files.readAllLines(output)) {
      int eq = line.indexOf('=');
      outputs.put(line.substring(0, eq), line.substring(eq + 1));
    }
    return new Run(
        p.exitValue(),
        Files.readString(stdout),
        Files.readString(stderr),
        outputs,
        Files.readString(summary));
  }

  private List<JsonNode> comments() throws IOException {
    Path dir = gh.resolve("comments");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> f.toString().endsWith(".json"))
          .sorted()
          .map(
              f -> {
                try {
                  return JSON.readTree(f.toFile());
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .toList();
    }
  }

  private List<String> calls() throws IOException {
    Path log = gh.resolve("calls.log");
    return Files.exists(log) ? Files.readAllLines(log) : List.of();
  }

  private void assertNothingNamed(String... names) throws IOException {
    for (Path where : List.of(tmp, PROJECT)) {
      try (Stream<Path> files = Files.walk(where, where.equals(PROJECT) ? 1 : Integer.MAX_VALUE)) {
        assertThat(files.map(f -> f.getFileName().toString()))
            .as("files under %s", where)
            .doesNotContain(names);
      }
    }
  }

  private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  private record Run(
      int code, String stdout, String stderr, Map<String, String> outputs, String summary) {
    @Override
    public String toString() {
      return "exit "
          + code
          + "\n--- stdout\n"
          + stdout
          + "\n--- stderr\n"
          + stderr
          + "\n--- outputs\n"
          + outputs
          + "\n--- summary\n"
          + summary;
    }
  }
}
