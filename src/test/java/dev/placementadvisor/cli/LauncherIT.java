package dev.placementadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Smoke-tests the packaged launcher: {@code java -jar target/advisor.jar} and the {@code ./advisor}
 * script, as separate processes, on {@code samples/startup.yaml}.
 *
 * <p>Runs only when {@code target/advisor.jar} exists and is newer than {@code pom.xml} and
 * everything under {@code src/main} (the same rule the {@code ./advisor} script uses before it
 * rebuilds); otherwise it is skipped. A stale jar from an earlier build is not tested, so that an
 * incremental build never fails on old code, and the script never starts a nested Maven build. Run
 * after {@code package} (by maven-failsafe, in the integration-test phase) the jar is always fresh.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LauncherIT {
  private static final Path JAR = Paths.get("target", "advisor.jar");
  private static final Path SAMPLE = Paths.get("samples", "startup.yaml");

  @TempDir Path tmp;

  /** Why the jar cannot be tested, or null when it is present and up to date. */
  static String jarProblem() throws IOException {
    if (!Files.isRegularFile(JAR)) {
      return JAR + " does not exist (run ./mvnw package first)";
    }
    long built = Files.getLastModifiedTime(JAR).toMillis();
    List<Path> inputs = List.of(Paths.get("pom.xml"), Paths.get("src", "main"));
    for (Path input : inputs) {
      try (Stream<Path> files = Files.walk(input)) {
        Path newer =
            files
                .filter(Files::isRegularFile)
                .filter(p -> lastModified(p) > built)
                .findFirst()
                .orElse(null);
        if (newer != null) {
          return JAR + " is older than " + newer + " (run ./mvnw package to rebuild it)";
        }
      }
    }
    return null;
  }

  private static long lastModified(Path p) {
    try {
      return Files.getLastModifiedTime(p).toMillis();
    } catch (IOException e) {
      return Long.MAX_VALUE;
    }
  }

  @BeforeEach
  void needsAFreshJar() throws IOException {
    String problem = jarProblem();
    assumeTrue(problem == null, () -> "skipped: " + problem);
  }

  /** The finished process and what it printed. */
  private record Result(int exitCode, String out, String err) {}

  private Result run(List<String> command) throws IOException, InterruptedException {
    return run(command, Map.of());
  }

  /** Runs {@code command} in the checkout, with {@code env} set (a null value unsets). */
  private Result run(List<String> command, Map<String, String> env)
      throws IOException, InterruptedException {
    Path out = tmp.resolve("stdout");
    Path err = tmp.resolve("stderr");
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(new File(System.getProperty("user.dir")))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File(nullDevice())));
    String javaHome = System.getProperty("java.home");
    pb.environment().put("JAVA_HOME", javaHome);
    pb.environment().remove("ADVISOR_JAVA_OPTS");
    env.forEach(
        (name, value) -> {
          if (value == null) {
            pb.environment().remove(name);
          } else {
            pb.environment().put(name, value);
          }
        });
    Process p = pb.start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + String.join(" ", command));
    }
    return new Result(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static String nullDevice() {
    return windows() ? "NUL" : "/dev/null";
  }

  private static boolean windows() {
    return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
  }

  private static String java() {
    return Paths.get(System.getProperty("java.home"), "bin", windows() ? "java.exe" : "java")
        .toString();
  }

  @Test
  void packagedJarAssessesASampleAsJson() throws Exception {
    Result r =
        run(
            List.of(
                java(), "-jar", JAR.toString(), "assess", SAMPLE.toString(), "--format", "json"));

    assertThat(r.err()).as("stderr").isEmpty();
    assertThat(r.exitCode()).as("exit code").isZero();
    JsonNode report = new ObjectMapper().readTree(r.out());
    assertThat(report.path("schemaVersion").asInt()).isEqualTo(1);
    assertThat(report.path("services")).hasSize(5);
    assertThat(report.path("services").get(0).path("name").asText()).isEqualTo("stripe-webhooks");
    assertThat(r.out())
        .as("the packaged jar prints what the in-process command line prints")
        .isEqualTo(CliRun.of("assess", SAMPLE.toString(), "--format", "json").out());
  }

  /** Standard output carries the very bytes -o writes, in every report format. */
  @Test
  void standardOutputIsTheReportFileByteForByte() throws Exception {
    Path sample = Paths.get("samples", "enterprise.yaml");
    for (String format : List.of("table", "json", "markdown")) {
      Path file = tmp.resolve("report." + format);
      Result toFile =
          run(
              List.of(
                  java(),
                  "-jar",
                  JAR.toString(),
                  "assess",
                  sample.toString(),
                  "--format",
                  format,
                  "-o",
                  file.toString()));
      Result toStdout =
          run(
              List.of(
                  java(), "-jar", JAR.toString(), "assess", sample.toString(), "--format", format));
      assertThat(toFile.exitCode()).as(toFile.err()).isZero();
      assertThat(toStdout.exitCode()).as(toStdout.err()).isZero();
      assertThat(toStdout.out())
          .as(format)
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
      assertThat(toStdout.out()).as(format).isNotBlank();
    }
  }

  /** The launcher starts the jar's main class by name (with -cp, not -jar): the same class. */
  @Test
  void launcherScriptStartsTheJarsMainClass() throws Exception {
    String script = Files.readString(Paths.get("advisor"), StandardCharsets.UTF_8);
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(?m)^main=([\\w.]+)$").matcher(script);
    assertThat(m.find()).as("a main= line in ./advisor").isTrue();
    try (java.util.jar.JarFile jar = new java.util.jar.JarFile(JAR.toFile())) {
      assertThat(m.group(1))
          .isEqualTo(jar.getManifest().getMainAttributes().getValue("Main-Class"));
    }
  }

  @Test
  void launcherScriptValidatesASample() throws Exception {
    assumeFalse(windows(), "the ./advisor script needs a POSIX shell");

    Result r = run(List.of("./advisor", "validate", SAMPLE.toString()));

    assertThat(r.err())
        .as("stderr (a non-empty one may mean the script started a build)")
        .isEmpty();
    assertThat(r.exitCode()).as("exit code").isZero();
    assertThat(r.out()).isEqualTo(SAMPLE + ": valid (5 services)\n");
  }

  @Test
  void launcherScriptMakesAndUsesAClassDataArchive() throws Exception {
    assumeFalse(windows(), "the ./advisor script needs a POSIX shell");
    List<String> command = List.of("./advisor", "assess", SAMPLE.toString(), "--format", "json");
    String expected = CliRun.of("assess", SAMPLE.toString(), "--format", "json").out();

    Result first = run(command);
    Result second = run(command);

    for (Result r : List.of(first, second)) {
      assertThat(r.err()).as("stderr").isEmpty();
      assertThat(r.exitCode()).as("exit code").isZero();
      assertThat(r.out()).as("the same report with or without the archive").isEqualTo(expected);
    }
    try (Stream<Path> archives = Files.list(Paths.get("target", "cds"))) {
      assertThat(archives.map(p -> p.getFileName().toString()))
          .as("the archives and their index, and no leftover work directory")
          .contains("index")
          .allMatch(name -> name.endsWith(".jsa") || name.equals("index"));
    }
    // The index names an existing archive for the java command the launcher ran (JAVA_HOME's).
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    List<String> entries =
        Files.readAllLines(Paths.get("target", "cds", "index"), StandardCharsets.UTF_8).stream()
            .filter(line -> line.startsWith(java + "\t"))
            .toList();
    assertThat(entries).as("index entries for %s", java).hasSize(1);
    assertThat(Paths.get("target", "cds", entries.get(0).substring(java.length() + 1)))
        .isRegularFile();
  }

  /**
   * Called through a symbolic link in another directory (one on PATH, through a second, relative
   * link), the launcher finds its checkout, and writes nothing beside the links.
   */
  @Test
  void launcherScriptWorksThroughSymbolicLinksOnThePath() throws Exception {
    assumeFalse(windows(), "the ./advisor script needs a POSIX shell");
    Path script = Paths.get("advisor").toAbsolutePath();
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    Path other = Files.createDirectories(tmp.resolve("other"));
    Files.createSymbolicLink(other.resolve("advisor-link"), script);
    Files.createSymbolicLink(bin.resolve("advisor"), Paths.get("..", "other", "advisor-link"));
    Map<String, String> env = Map.of("PATH", bin + File.pathSeparator + System.getenv("PATH"));

    Result onPath = run(List.of("sh", "-c", "advisor validate \"$0\"", SAMPLE.toString()), env);
    Result byName = run(List.of(bin.resolve("advisor").toString(), "validate", SAMPLE.toString()));

    for (Result r : List.of(onPath, byName)) {
      assertThat(r.err()).as("stderr (a build would mean the checkout was not found)").isEmpty();
      assertThat(r.exitCode()).as("exit code").isZero();
      assertThat(r.out()).isEqualTo(SAMPLE + ": valid (5 services)\n");
    }
    try (Stream<Path> files = Files.list(bin)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("advisor");
    }
    try (Stream<Path> files = Files.list(other)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("advisor-link");
    }
  }

  /**
   * Under the C locale Java cannot name a file that is not ASCII; the launcher gives the JVM
   * C.UTF-8 instead, so such an inventory and such an -o file work, with the same report.
   */
  @Test
  void launcherScriptReadsAndWritesNonAsciiNamesUnderTheCLocale() throws Exception {
    assumeFalse(windows(), "the ./advisor script needs a POSIX shell");
    assumeTrue(
        "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")),
        "this JVM (the test's) can name the files: a UTF-8 locale");
    assumeTrue(hasCUtf8(), "the C.UTF-8 locale is installed");
    Path dir = Files.createDirectories(tmp.resolve("données ü"));
    Path inventory = Files.copy(SAMPLE, dir.resolve("inventaire-été.yaml"));
    String expected = CliRun.of("assess", inventory.toString(), "--format", "json").out();

    List<Map<String, String>> locales = new ArrayList<>();
    locales.add(cLocale("LC_ALL", "C"));
    locales.add(cLocale("LC_ALL", "POSIX"));
    locales.add(cLocale("LANG", "C"));
    locales.add(cLocale("LC_CTYPE", "POSIX"));
    locales.add(cLocale(null, null));
    for (int i = 0; i < locales.size(); i++) {
      Map<String, String> env = locales.get(i);
      Path out = dir.resolve("rapport-" + i + "-ü.json");
      Result r =
          run(
              List.of(
                  "./advisor",
                  "assess",
                  inventory.toString(),
                  "--format",
                  "json",
                  "-o",
                  out.toString()),
              env);
      assertThat(r.err()).as("stderr with %s", env).isEmpty();
      assertThat(r.exitCode()).as("exit code with %s", env).isZero();
      assertThat(Files.readString(out, StandardCharsets.UTF_8))
          .as("with %s", env)
          .isEqualTo(expected);
    }
  }

  /** What docs/exit-codes.md tells java -jar users: run it under C.UTF-8. */
  @Test
  void packagedJarReadsNonAsciiNamesUnderCUtf8() throws Exception {
    assumeTrue(
        "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")),
        "this JVM (the test's) can name the files: a UTF-8 locale");
    assumeTrue(hasCUtf8(), "the C.UTF-8 locale is installed");
    Path inventory = Files.copy(SAMPLE, tmp.resolve("inventaire-été.yaml"));

    Result r =
        run(
            List.of(java(), "-jar", JAR.toString(), "validate", inventory.toString()),
            cLocale("LC_ALL", "C.UTF-8"));

    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo(inventory + ": valid (5 services)\n");
  }

  /** An environment with no locale variables but {@code name=value}; none at all for null. */
  private static Map<String, String> cLocale(String name, String value) {
    Map<String, String> env = new HashMap<>();
    for (String v : List.of("LC_ALL", "LC_CTYPE", "LANG", "LANGUAGE")) {
      env.put(v, null);
    }
    if (name != null) {
      env.put(name, value);
    }
    return env;
  }

  private static boolean hasCUtf8() throws IOException, InterruptedException {
    try {
      Process p = new ProcessBuilder("locale", "-a").redirectErrorStream(true).start();
      String all = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return p.waitFor() == 0
          && all.lines()
              .anyMatch(l -> l.equalsIgnoreCase("C.utf8") || l.equalsIgnoreCase("C.UTF-8"));
    } catch (IOException e) {
      return false;
    }
  }
}
