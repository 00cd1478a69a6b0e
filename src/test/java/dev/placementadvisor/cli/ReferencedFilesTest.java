package dev.placementadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.placementadvisor.input.YamlTreeReader;
import dev.placementadvisor.testing.CliRunner;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files the inventory points at, and files named on the command line that are links: nothing of a
 * file other than the inventory reaches a message, a path in an inventory stays in its directory, a
 * committed link cannot lead to a secret, and special files are refused or time-limited (see
 * docs/security.md).
 */
class ReferencedFilesTest {
  /** Stands for a secret: no test output may ever contain it. */
  private static final String SECRET = "AKIAZQXJSECRET7";

  private static final String SERVICES =
      "version: 1\n"
          + "organization: {name: Acme, engineers: 4}\n"
          + "services:\n"
          + "  - {name: api, traffic: {pattern: steady, requestsPerMonth: 1M}, runtime: go,"
          + " avgDurationMs: 20, memoryMb: 128}\n";

  @TempDir Path dir;

  private Path inventory(String name, String catalog) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(
        file, SERVICES + (catalog == null ? "" : "pricing:\n  catalog: " + catalog + "\n"));
    return file;
  }

  /** A file outside the inventory's directory that holds a secret. */
  private Path secretOutside() throws IOException {
    Path outside = Files.createDirectories(dir.resolve("home"));
    return Files.writeString(outside.resolve("token"), "token: " + SECRET + "\n");
  }

  /** Exit 2, one line, no secret; returns the line. */
  private static String refused(CliRunner.Result r) {
    assertThat(r.code()).as("exit code; stderr: %s", r.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.out()).as("stdout").isEmpty();
    assertThat(r.err().lines()).as("stderr: %s", r.err()).hasSize(1);
    assertThat(r.err()).doesNotContain(SECRET).doesNotContain("Exception");
    return r.err().strip();
  }

  @Test
  void anAbsoluteCatalogPathIsRefusedWhereItIsWritten() throws IOException {
    Path inv = inventory("inventory.yaml", "'" + secretOutside() + "'");

    String line = refused(CliRunner.run("assess", inv.toString()));

    assertThat(line)
        .startsWith(
            inv
                + ":6:12: an absolute path: a path in an inventory is relative to the"
                + " inventory's directory")
        .endsWith("(pass --allow-outside-paths to allow it)");
  }

  @Test
  void aCatalogPathThatClimbsOutIsRefused() throws IOException {
    secretOutside();
    Path sub = Files.createDirectories(dir.resolve("repo"));
    Files.writeString(
        sub.resolve("inventory.yaml"), SERVICES + "pricing:\n  catalog: ../home/token\n");

    String line = refused(CliRunner.run("assess", sub.resolve("inventory.yaml").toString()));

    assertThat(line).contains(":6:12: a path that leads outside the inventory's directory");
  }

  @Test
  void aCatalogPathThatLeadsOutThroughALinkIsRefused() throws IOException {
    Path secret = secretOutside();
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Files.createSymbolicLink(repo.resolve("prices.yaml"), secret);
    Files.createSymbolicLink(repo.resolve("conf"), secret.getParent());
    for (String catalog : List.of("prices.yaml", "conf/token")) {
      Files.writeString(
          repo.resolve("inventory.yaml"), SERVICES + "pricing:\n  catalog: " + catalog + "\n");

      String line = refused(CliRunner.run("assess", repo.resolve("inventory.yaml").toString()));

      assertThat(line)
          .as(catalog)
          .contains("leads outside the inventory's directory through a symbolic link");
    }
  }

  @Test
  void withAllowOutsidePathsTheFileIsReadButNeverQuoted() throws IOException {
    Path inv = inventory("inventory.yaml", "'" + secretOutside() + "'");

    String line = refused(CliRunner.run("assess", inv.toString(), "--allow-outside-paths"));

    // The catalog is read now, and is not a catalog: the message says what was expected, where.
    assertThat(line)
        .endsWith(
            "home/token:1:1: unknown key in the pricing catalog (known keys: version,"
                + " effectiveDate, currency, region, hoursPerMonth, prices, quantities, instances,"
                + " kubernetesTax)");
  }

  @Test
  void aCatalogInsideTheDirectoryStillWorks() throws IOException {
    Files.createDirectories(dir.resolve("prices"));
    Files.writeString(
        dir.resolve("prices/mine.yaml"),
        "prices:\n  lambda.requests: {unit: per million requests, price: 0.25}\n");
    Path inv = inventory("inventory.yaml", "prices/mine.yaml");

    CliRunner.Result r =
        CliRunner.run("pricing", "--pricing", dir.resolve("prices/mine.yaml").toString());
    CliRunner.Result a = CliRunner.run("assess", inv.toString(), "--format", "json");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(a.code()).as(a.err()).isZero();
    assertThat(a.out())
        .contains("\"catalog\": \"bundled catalog + " + dir.resolve("prices/mine.yaml") + "\"");
  }

  /**
   * A catalog's content is never quoted, wherever the secret stands: a value, a key, an id, a tag,
   * an alias, a syntax error.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "prices:\n  lambda.requests: {unit: x, price: " + SECRET + "}\n",
        "prices:\n  lambda.requests: {unit: x, price: 1, " + SECRET + ": 2}\n",
        "prices:\n  \"" + SECRET + " x\": {unit: x, price: 1}\n",
        "currency: " + SECRET + "\n",
        "version: " + SECRET + "\n",
        SECRET + "\n",
        "prices: !" + SECRET + " {}\n",
        "prices: *" + SECRET + "\n",
        "prices:\n  a: 1\n  a: " + SECRET + "\n",
        "prices: {" + SECRET + ": 1, " + SECRET + ": 2}\n",
        "prices: \"\\q" + SECRET + "\"\n",
        "prices: \"\\x" + SECRET + "\"\n",
        "prices:\n\t" + SECRET + ": 1\n",
        "prices: [" + SECRET + "\n",
        "prices:\n  lambda.requests: {unit: \"" + SECRET + "\u202e\", price: 1}\n",
        "region: [" + SECRET + "]\n",
        "effectiveDate: {" + SECRET + ": 1}\n",
      })
  void aCatalogsContentIsNeverQuoted(String catalog) throws IOException {
    Files.writeString(dir.resolve("prices.yaml"), catalog);
    Path inv = inventory("inventory.yaml", "prices.yaml");
    Path plain = inventory("plain.yaml", null);

    refused(CliRunner.run("assess", inv.toString()));
    refused(
        CliRunner.run(
            "assess", plain.toString(), "--pricing", dir.resolve("prices.yaml").toString()));
    refused(CliRunner.run("pricing", "--pricing", dir.resolve("prices.yaml").toString()));
    refused(
        CliRunner.run(
            "assess", plain.toString(), "--weights", dir.resolve("prices.yaml").toString()));
  }

  @Test
  void anInventoryCommittedAsALinkToASecretIsNotRead() throws IOException {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Path link = Files.createSymbolicLink(repo.resolve("inventory.yaml"), secretOutside());

    for (String command : List.of("assess", "validate")) {
      String line = refused(CliRunner.run(command, link.toString()));

      assertThat(line)
          .isEqualTo(
              link
                  + ": is a symbolic link to a file outside its directory; a"
                  + " link in a repository could point at a secret, so it is not read (pass"
                  + " --allow-outside-paths to read it)");
    }
  }

  /**
   * A link inside the checkout may still lead to a secret (actions/checkout keeps the job's token
   * in .git/config): the file is read, and is not an inventory, but nothing of it is quoted.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "//registry.npmjs.org/:_authToken=" + SECRET + "\n",
        "[http]\n\textraheader = AUTHORIZATION: basic " + SECRET + "\n",
        "[default]\naws_access_key_id = " + SECRET + "\n",
        SECRET + ": x\n",
        "version: 1\nservices:\n  - {name: a, traffic: " + SECRET + "}\n",
        "version: 1\norganization: {region: " + SECRET + "}\nservices: []\n",
        "version: 1\nservices:\n  - {name: \"" + SECRET + " x\"}\n",
      })
  void anInventoryReachedThroughALinkIsNeverQuoted(String secret) throws IOException {
    Path git = Files.createDirectories(dir.resolve(".git"));
    Files.writeString(git.resolve("config"), secret);
    Path link = Files.createSymbolicLink(dir.resolve("inventory.yaml"), Path.of(".git", "config"));

    String line = refused(CliRunner.run("assess", link.toString()));

    assertThat(line).startsWith(link.toString());
  }

  @Test
  void aLinkWithinItsDirectoryIsRead() throws IOException {
    Path real = inventory("real.yaml", null);
    Path link = Files.createSymbolicLink(dir.resolve("inventory.yaml"), real.getFileName());

    CliRunner.Result r = CliRunner.run("validate", link.toString());

    assertThat(r.code()).as(r.err()).isZero();
  }

  @Test
  void aBaselineCommittedAsALinkToASecretIsNotRead() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("base.json"), secretOutside());
    Path inv = inventory("inventory.yaml", null);

    refused(CliRunner.run("assess", inv.toString(), "--baseline", link.toString()));
    refused(CliRunner.run("diff", link.toString(), link.toString()));
    refused(CliRunner.run("assess", inv.toString(), "--weights", link.toString()));
    refused(CliRunner.run("assess", inv.toString(), "--pricing", link.toString()));
  }

  @Test
  void kernelFilesAreRefused() throws IOException {
    assumeTrue(Files.isRegularFile(Path.of("/proc/self/environ")), "needs /proc");
    Path inv = inventory("inventory.yaml", null);

    for (String option : List.of("--pricing", "--weights", "--baseline")) {
      String line =
          refused(
              CliRunner.run(
                  "assess", inv.toString(), option, "/proc/self/environ", "--allow-outside-paths"));

      assertThat(line)
          .isEqualTo(
              "/proc/self/environ: is a kernel file under /proc or /sys, not a file to read");
    }
  }

  @Test
  void aCatalogPathToAPipeIsRefusedAtOnce() throws Exception {
    Path fifo = fifo("prices.yaml");
    Path inv = inventory("inventory.yaml", "prices.yaml");

    CliRunner.Result r =
        assertTimeoutPreemptively(
            Duration.ofSeconds(3), () -> CliRunner.run("assess", inv.toString()));

    assertThat(refused(r))
        .isEqualTo(inv + ":6:12: not a regular file (a pipe, device or socket) 'prices.yaml'");
    assertThat(fifo).exists();
  }

  /** A pipe whose writer never writes: the read gives up at the time limit, never hangs. */
  @Test
  void anIdlePipeGivesUpAtTheTimeLimit() throws Exception {
    Path fifo = fifo("idle.yaml");
    Path inv = inventory("inventory.yaml", null);
    Thread writer =
        new Thread(
            () -> {
              try (OutputStream o = Files.newOutputStream(fifo, StandardOpenOption.WRITE)) {
                Thread.sleep(20_000);
              } catch (IOException | InterruptedException e) {
                // ends with the test
              }
            });
    writer.setDaemon(true);
    writer.start();
    String saved = System.getProperty("advisor.pipeSeconds");
    System.setProperty("advisor.pipeSeconds", "2");
    try {
      long start = System.nanoTime();
      CliRunner.Result r =
          assertTimeoutPreemptively(
              Duration.ofSeconds(10),
              () -> CliRunner.run("assess", inv.toString(), "--pricing", fifo.toString()));

      assertThat(refused(r))
          .isEqualTo(
              fifo
                  + ": the pipe did not deliver a whole file within 2 s (its writer is"
                  + " silent or slow): write it to a regular file first");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
    } finally {
      if (saved == null) {
        System.clearProperty("advisor.pipeSeconds");
      } else {
        System.setProperty("advisor.pipeSeconds", saved);
      }
      writer.interrupt();
    }
    assertThat(YamlTreeReader.PIPE_SECONDS).as("the documented limit").isEqualTo(30);
  }

  /** A catalog path with line breaks prints one line, and no line that starts a command. */
  @Test
  void aCatalogPathWithLineBreaksPrintsOneLine() throws IOException {
    Path inv = inventory("inventory.yaml", "\"x\\n::error::pwned\\n::warning::y\\u202e\"");

    String line = refused(CliRunner.run("assess", inv.toString()));

    assertThat(line)
        .isEqualTo(inv + ":6:12: no such file 'x\\u000a::error::pwned\\u000a::warning::y\\u202e'");
  }

  private Path fifo(String name) throws IOException, InterruptedException {
    Path fifo = dir.resolve(name);
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    assumeTrue(p.waitFor() == 0, "mkfifo works here");
    return fifo;
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
