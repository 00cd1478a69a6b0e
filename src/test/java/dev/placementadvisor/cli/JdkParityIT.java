package dev.placementadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar prints byte-identical output on every Java runtime it supports: each sample in
 * every report format, and a generated inventory large enough to be parsed in chunks and assessed
 * on several cores, run under the JDK running the tests and under every other JDK 17 or later found
 * beside it (the directories in the environment variable {@code ADVISOR_PARITY_JDKS}, separated by
 * the path separator, or else the siblings of this JDK's home, such as the other JDKs under
 * /usr/lib/jvm). Skipped when there is no other JDK.
 */
@Timeout(value = 600, unit = TimeUnit.SECONDS)
class JdkParityIT {
  private static final Path JAR = Paths.get("target", "advisor.jar");
  private static final List<String> FORMATS = List.of("table", "json", "markdown");
  private static final List<String> GATE_FORMATS =
      List.of("table", "json", "markdown", "github", "sarif", "junit");

  @TempDir static Path tmp;

  private static Path largeInventory;
  private static Path baseline;

  /** A large inventory, and a baseline (from another sample) for the gate formats. */
  @BeforeAll
  static void prepareInputs() throws Exception {
    assumeTrue(Files.isRegularFile(JAR), JAR + " is missing (run ./mvnw package first)");
    Path self = Path.of(System.getProperty("java.home"));
    largeInventory = tmp.resolve("inventory-12000.yaml");
    run(
        self,
        List.of("bench/GenerateInventory.java", "12000", largeInventory.toString()),
        tmp.resolve("generate.out"));
    baseline = tmp.resolve("baseline.json");
    run(
        self,
        List.of(
            "-jar",
            JAR.toString(),
            "assess",
            "samples/startup.yaml",
            "--format",
            "json",
            "-o",
            baseline.toString()),
        tmp.resolve("baseline.out"));
  }

  /** Other JDKs to compare with: their home directories. */
  static List<Path> otherJdks() throws IOException {
    Path self = Path.of(System.getProperty("java.home")).toRealPath();
    List<Path> candidates = new ArrayList<>();
    String listed = System.getenv("ADVISOR_PARITY_JDKS");
    if (listed != null && !listed.isBlank()) {
      for (String dir : listed.split(File.pathSeparator)) {
        if (!dir.isBlank()) {
          candidates.add(Path.of(dir.strip()));
        }
      }
    } else if (self.getParent() != null) {
      try (Stream<Path> siblings = Files.list(self.getParent())) {
        siblings.sorted().forEach(candidates::add);
      }
    }
    List<Path> jdks = new ArrayList<>();
    for (Path c : candidates) {
      if (!Files.isExecutable(c.resolve("bin").resolve("java"))) {
        continue;
      }
      Path real = c.toRealPath();
      if (!real.equals(self) && !jdks.contains(real) && featureVersion(real) >= 17) {
        jdks.add(real);
      }
    }
    return jdks;
  }

  /** The JDK's feature version from its release file, or 0 when unknown. */
  private static int featureVersion(Path home) throws IOException {
    Path release = home.resolve("release");
    if (!Files.isRegularFile(release)) {
      return 0;
    }
    for (String line : Files.readAllLines(release)) {
      if (line.startsWith("JAVA_VERSION=")) {
        String v = line.substring("JAVA_VERSION=".length()).replace("\"", "");
        String feature = v.split("[.+-]")[0];
        return feature.matches("\\d+") ? Integer.parseInt(feature) : 0;
      }
    }
    return 0;
  }

  private static byte[] run(Path javaHome, List<String> args, Path out) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(javaHome.resolve("bin").resolve("java").toString());
    command.addAll(args);
    Path err = out.resolveSibling(out.getFileName() + ".err");
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(new File(System.getProperty("user.dir")))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    pb.environment().remove("ADVISOR_JAVA_OPTS");
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    Process p = pb.start();
    if (!p.waitFor(300, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + command);
    }
    assertThat(Files.readString(err)).as("stderr of %s", command).isEmpty();
    assertThat(p.exitValue()).as("exit code of %s", command).isZero();
    return Files.readAllBytes(out);
  }

  /** The commands compared: every sample in every format, explain, and the large inventory. */
  private static List<List<String>> commands() throws IOException {
    List<List<String>> commands = new ArrayList<>();
    try (Stream<Path> samples = Files.list(Path.of("samples"))) {
      for (Path sample : samples.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        for (String format : FORMATS) {
          commands.add(List.of("assess", sample.toString(), "--format", format));
        }
      }
    }
    for (String format : GATE_FORMATS) {
      commands.add(
          List.of(
              "assess",
              "samples/saas.yaml",
              "--baseline",
              baseline.toString(),
              "--no-fail",
              "--format",
              format));
    }
    commands.add(List.of("diff", baseline.toString(), baseline.toString(), "--format", "markdown"));
    commands.add(
        List.of("explain", "samples/saas.yaml", firstService(Path.of("samples/saas.yaml"))));
    for (String format : List.of("table", "json")) {
      commands.add(
          List.of(
              "crossover",
              "--duration-ms",
              "200",
              "--memory-mb",
              "512",
              "--api-gateway",
              "rest",
              "--instance-type",
              "m5.large",
              "--nodes",
              "3",
              "--format",
              format));
    }
    commands.add(List.of("pricing"));
    commands.add(List.of("factors"));
    commands.add(List.of("assess", largeInventory.toString(), "--format", "json"));
    commands.add(List.of("assess", largeInventory.toString(), "--format", "markdown"));
    return commands;
  }

  /** The name of the first service of an inventory written one key per line. */
  private static String firstService(Path inventory) throws IOException {
    for (String line : Files.readAllLines(inventory)) {
      String t = line.strip();
      if (t.startsWith("- name:")) {
        return t.substring("- name:".length()).strip();
      }
    }
    throw new AssertionError("no service in " + inventory);
  }

  /**
   * Runs many command lines in one JVM, so that each JDK starts once: reads one command line per
   * line of args[0] (arguments separated by tabs) and writes command N's stdout, stderr and exit
   * code to N.out, N.err and N.code in directory args[1].
   */
  public static final class Driver {
    private Driver() {}

    public static void main(String[] args) throws IOException {
      List<String> lines = Files.readAllLines(Path.of(args[0]));
      Path dir = Path.of(args[1]);
      for (int n = 0; n < lines.size(); n++) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code =
            Main.run(
                new java.io.PrintWriter(out),
                new java.io.PrintWriter(err),
                lines.get(n).split("\t"));
        Files.writeString(dir.resolve(n + ".out"), out.toString());
        Files.writeString(dir.resolve(n + ".err"), err.toString());
        Files.writeString(dir.resolve(n + ".code"), Integer.toString(code));
      }
    }
  }

  /** Runs every command in one JVM of {@code javaHome}; returns the directory of outputs. */
  private static Path runAll(Path javaHome, List<List<String>> commands, String name)
      throws Exception {
    Path list = tmp.resolve("commands.txt");
    Files.write(list, commands.stream().map(c -> String.join("\t", c)).toList());
    Path dir = Files.createDirectories(tmp.resolve(name));
    String classpath = JAR + File.pathSeparator + Paths.get("target", "test-classes");
    run(
        javaHome,
        List.of("-cp", classpath, Driver.class.getName(), list.toString(), dir.toString()),
        tmp.resolve(name + ".log"));
    return dir;
  }

  @Test
  void everyJdkPrintsTheSameBytes() throws Exception {
    List<Path> others = otherJdks();
    assumeTrue(
        !others.isEmpty(), "no other JDK 17+ found beside " + System.getProperty("java.home"));
    Path self = Path.of(System.getProperty("java.home"));
    List<List<String>> commands = commands();
    Path expected = runAll(self, commands, "self");
    for (int n = 0; n < commands.size(); n++) {
      assertThat(Files.readString(expected.resolve(n + ".code")))
          .as(
              "exit code of %s (stderr: %s)",
              commands.get(n), Files.readString(expected.resolve(n + ".err")))
          .isEqualTo("0");
      assertThat(Files.size(expected.resolve(n + ".out")))
          .as("output of %s", commands.get(n))
          .isPositive();
    }
    for (int j = 0; j < others.size(); j++) {
      Path actual = runAll(others.get(j), commands, "other-" + j);
      for (int n = 0; n < commands.size(); n++) {
        for (String part : List.of(".out", ".err", ".code")) {
          assertThat(
                  Arrays.mismatch(
                      Files.readAllBytes(expected.resolve(n + part)),
                      Files.readAllBytes(actual.resolve(n + part))))
              .as(
                  "first differing byte of the %s of '%s' under %s and %s",
                  part, String.join(" ", commands.get(n)), self, others.get(j))
              .isEqualTo(-1);
        }
      }
      // And the packaged jar's own entry point, once.
      List<String> jar =
          List.of("-jar", JAR.toString(), "assess", "samples/saas.yaml", "--format", "json");
      assertThat(run(others.get(j), jar, tmp.resolve("jar-other-" + j)))
          .isEqualTo(run(self, jar, tmp.resolve("jar-self")));
    }
  }
}
