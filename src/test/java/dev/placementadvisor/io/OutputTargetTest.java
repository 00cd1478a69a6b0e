package dev.placementadvisor.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.placementadvisor.input.InputException;
import dev.placementadvisor.io.AtomicOutput.Action;
import dev.placementadvisor.io.AtomicOutput.FileType;
import dev.placementadvisor.testing.CliRunner;
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code -o} does with each kind of target (docs/exit-codes.md, "Output files"): a FIFO or
 * anything else that reads a stream is written to and never replaced; a symbolic link to a file is
 * written through; a link to nothing, a directory and a socket are refused; an input of the command
 * is refused before anything is read; long names work. Every refusal is exit 2 and one line {@code
 * OUT: cannot write: ...}, and leaves what was there as it was.
 *
 * <p>No test writes to a device: a FIFO made in a temporary directory stands for every target that
 * is neither a regular file nor a directory, as it takes the same path through the code (see {@link
 * FileType#action()}, tested for every type on its own).
 */
class OutputTargetTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(30);
  private static final String SAMPLE = "samples/startup.yaml";

  @TempDir Path dir;

  private String expectedJson;

  @BeforeEach
  void reportAsAFileWritesIt() throws IOException {
    Path plain = dir.resolve("plain.json");
    CliRunner.Result r =
        CliRunner.run("assess", SAMPLE, "--format", "json", "-o", plain.toString());
    assertThat(r.code()).as(r.err()).isZero();
    expectedJson = Files.readString(plain, StandardCharsets.UTF_8);
    assertThat(expectedJson).startsWith("{");
    Files.delete(plain);
  }

  // ---------------------------------------------------------------- helpers

  /** Runs advisor and checks the refusal contract; returns the one line on stderr. */
  private static String refused(String... args) {
    CliRunner.Result r = assertTimeoutPreemptively(HANG_GUARD, () -> CliRunner.run(args));
    assertThat(r.code()).as("exit code; stderr: %s", r.err()).isEqualTo(2);
    assertThat(r.out()).as("standard output").isEmpty();
    List<String> lines = r.err().lines().toList();
    assertThat(lines).as("stderr is one line: %s", r.err()).hasSize(1);
    assertThat(lines.get(0)).doesNotContain("Exception").doesNotContain("\tat ");
    return lines.get(0);
  }

  private static CliRunner.Result ok(String... args) {
    CliRunner.Result r = assertTimeoutPreemptively(HANG_GUARD, () -> CliRunner.run(args));
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    return r;
  }

  /** The names in a directory, hidden ones included. */
  private static List<String> names(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static void assertNoTemporaryFile(Path directory) throws IOException {
    assertThat(names(directory)).as("files in %s", directory).noneMatch(n -> n.endsWith(".tmp"));
  }

  private static boolean linux() {
    return Files.isDirectory(Path.of("/proc/self/fd"));
  }

  private Path fifo(String name) throws IOException, InterruptedException {
    assumeTrue(linux(), "needs mkfifo");
    Path fifo = dir.resolve(name);
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    assumeTrue(p.waitFor() == 0, "mkfifo works here");
    return fifo;
  }

  /** Reads a FIFO to its end on a daemon thread; {@link Reader#bytes} waits for the end. */
  private static final class Reader {
    private final Path fifo;
    private final ByteArrayOutputStream read = new ByteArrayOutputStream();
    private final AtomicReference<IOException> failed = new AtomicReference<>();
    private final Thread thread;

    Reader(Path fifo, int upTo) {
      this.fifo = fifo;
      thread =
          new Thread(
              () -> {
                try (InputStream in = Files.newInputStream(fifo)) {
                  byte[] b = new byte[8192];
                  int n;
                  while (read.size() < upTo && (n = in.read(b)) > 0) {
                    read.write(b, 0, n);
                  }
                } catch (IOException e) {
                  failed.set(e);
                }
              },
              "fifo-reader");
      thread.setDaemon(true);
      thread.start();
    }

    String text() throws Exception {
      thread.join(HANG_GUARD.toMillis());
      release();
      assertThat(failed.get()).isNull();
      return read.toString(StandardCharsets.UTF_8);
    }

    /** If the reader still waits for a writer (the command never opened the FIFO), end it. */
    void release() throws IOException, InterruptedException {
      if (thread.isAlive()) {
        // Opening and closing gives a waiting reader its end of file. Read and write together,
        // as Linux opens a FIFO at once that way: opening it to write only would wait for ever
        // if the reader closed it in the meantime.
        try (var o =
            Files.newByteChannel(fifo, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
          // nothing to write
        }
        thread.join(HANG_GUARD.toMillis());
      }
    }
  }

  private static FileType typeOf(Path p) throws IOException {
    return AtomicOutput.typeOf(
        p, Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
  }

  // ------------------------------------------------------------ file types

  /** The decision per type, from stat's mode: a character device goes the way of a FIFO. */
  @Test
  void everyFileTypeHasOneAction() {
    assertThat(FileType.ofMode(0100644)).isEqualTo(FileType.REGULAR);
    assertThat(FileType.ofMode(0040755)).isEqualTo(FileType.DIRECTORY);
    assertThat(FileType.ofMode(0010644)).isEqualTo(FileType.FIFO);
    assertThat(FileType.ofMode(0020666)).isEqualTo(FileType.CHARACTER_DEVICE);
    assertThat(FileType.ofMode(0060660)).isEqualTo(FileType.BLOCK_DEVICE);
    assertThat(FileType.ofMode(0140777)).isEqualTo(FileType.SOCKET);
    assertThat(FileType.ofMode(0)).isEqualTo(FileType.OTHER);

    assertThat(FileType.REGULAR.action()).isEqualTo(Action.REPLACE);
    assertThat(FileType.FIFO.action()).isEqualTo(Action.STREAM);
    assertThat(FileType.CHARACTER_DEVICE.action())
        .as("a terminal, /dev/null: written to as it is, like a FIFO")
        .isEqualTo(Action.STREAM);
    assertThat(FileType.OTHER.action()).isEqualTo(Action.STREAM);
    assertThat(FileType.DIRECTORY.action()).isEqualTo(Action.REFUSE);
    assertThat(FileType.SOCKET.action()).isEqualTo(Action.REFUSE);
    assertThat(FileType.BLOCK_DEVICE.action()).isEqualTo(Action.REFUSE);
  }

  @Test
  void aFifoAndASocketAreToldApartFromTheirMode() throws Exception {
    assertThat(typeOf(fifo("pipe"))).isEqualTo(FileType.FIFO);
    Path socket = dir.resolve("sock");
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(UnixDomainSocketAddress.of(socket));
      assertThat(typeOf(socket)).isEqualTo(FileType.SOCKET);
    }
  }

  // ------------------------------------------------------- streamed targets

  @Nested
  class Streamed {
    @Test
    void aFifoIsWrittenToAndStaysAFifo() throws Exception {
      Path fifo = fifo("report.fifo");
      Reader reader = new Reader(fifo, Integer.MAX_VALUE);
      try {
        ok("assess", SAMPLE, "--format", "json", "-o", fifo.toString());
        assertThat(reader.text()).isEqualTo(expectedJson);
      } finally {
        reader.release();
      }
      assertThat(typeOf(fifo)).isEqualTo(FileType.FIFO);
      assertThat(names(dir)).containsExactly("report.fifo");
    }

    @Test
    void aSymbolicLinkToAFifoIsWrittenThroughAndBothStay() throws Exception {
      Path fifo = fifo("report.fifo");
      Path link = Files.createSymbolicLink(dir.resolve("report.json"), fifo.getFileName());
      Reader reader = new Reader(fifo, Integer.MAX_VALUE);
      try {
        ok("assess", SAMPLE, "--format", "json", "-o", link.toString());
        assertThat(reader.text()).isEqualTo(expectedJson);
      } finally {
        reader.release();
      }
      assertThat(Files.isSymbolicLink(link)).isTrue();
      assertThat(Files.readSymbolicLink(link)).isEqualTo(fifo.getFileName());
      assertThat(typeOf(fifo)).isEqualTo(FileType.FIFO);
      assertThat(names(dir)).containsExactly("report.fifo", "report.json");
    }

    /** The reader quits early: the write fails as one line, and the FIFO stays a FIFO. */
    @Test
    void aFifoWhoseReaderQuitsIsAFailedWrite() throws Exception {
      Path fifo = fifo("report.fifo");
      Reader reader = new Reader(fifo, 1);
      try {
        assertThatThrownBy(
                () ->
                    assertTimeoutPreemptively(
                        HANG_GUARD,
                        () ->
                            AtomicOutput.write(
                                fifo,
                                new PrintWriter(new StringWriter()),
                                w -> {
                                  for (int i = 0; i < 10_000; i++) {
                                    w.write("x".repeat(1000));
                                  }
                                })))
            .isInstanceOf(InputException.class)
            .hasMessage(fifo + ": cannot write: broken pipe");
      } finally {
        reader.release();
      }
      assertThat(typeOf(fifo)).isEqualTo(FileType.FIFO);
      assertThat(names(dir)).containsExactly("report.fifo");
    }

    /**
     * A link into /proc/self/fd (as /dev/stdout is) names an open descriptor: when that is a file
     * the shell opened with {@code >>}, the report is added to it, not put in its place.
     */
    @Test
    void aDescriptorOpenOnAFileIsAppendedTo() throws Exception {
      assumeTrue(linux(), "needs /proc/self/fd");
      Path log = Files.writeString(dir.resolve("log.txt"), "earlier line\n");
      try (FileOutputStream open = new FileOutputStream(log.toFile(), true)) {
        Path descriptor = descriptorOf(log);
        Path link = Files.createSymbolicLink(dir.resolve("stdout"), descriptor);
        assertThat(AtomicOutput.throughDescriptor(link)).isTrue();
        assertThat(AtomicOutput.throughDescriptor(descriptor)).isTrue();

        ok("assess", SAMPLE, "--format", "json", "-o", link.toString());

        assertThat(Files.readString(log)).isEqualTo("earlier line\n" + expectedJson);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(names(dir)).containsExactly("log.txt", "stdout");
      }
    }

    /** The /proc/self/fd entry that is open on {@code file}. */
    private Path descriptorOf(Path file) throws IOException {
      Path fds = Path.of("/proc/self/fd");
      List<Path> found = new ArrayList<>();
      try (Stream<Path> entries = Files.list(fds)) {
        for (Path fd : entries.toList()) {
          try {
            if (Files.readSymbolicLink(fd).equals(file.toRealPath())) {
              found.add(fd);
            }
          } catch (IOException e) {
            // Closed meanwhile (the listing's own descriptor).
          }
        }
      }
      assumeTrue(found.size() == 1, "one descriptor open on " + file + ": " + found);
      return found.get(0);
    }
  }

  // ------------------------------------------------------- refused targets

  @Nested
  class Refused {
    @Test
    void aSocket() throws Exception {
      Path socket = dir.resolve("report.sock");
      try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
        server.bind(UnixDomainSocketAddress.of(socket));

        String line = refused("assess", SAMPLE, "-o", socket.toString());

        assertThat(line).isEqualTo(socket + ": cannot write: it is a socket");
        assertThat(typeOf(socket)).isEqualTo(FileType.SOCKET);
      }
    }

    @Test
    void aSymbolicLinkToADirectory() throws IOException {
      Path target = Files.createDirectory(dir.resolve("reports"));
      Path link = Files.createSymbolicLink(dir.resolve("report.json"), target.getFileName());

      String line = refused("assess", SAMPLE, "-o", link.toString());

      assertThat(line).isEqualTo(link + ": cannot write: it is a directory");
      assertThat(names(target)).isEmpty();
      assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    /** As cp refuses "to write through dangling symlink": a planted link makes no file. */
    @Test
    void aSymbolicLinkToNothing() throws IOException {
      Path link = Files.createSymbolicLink(dir.resolve("report.json"), Path.of("missing.json"));

      String line = refused("assess", SAMPLE, "-o", link.toString());

      assertThat(line)
          .isEqualTo(
              link
                  + ": cannot write: it is a symbolic link to a file that does not exist"
                  + " (missing.json); create that file first, or name it with -o");
      assertThat(names(dir)).containsExactly("report.json");
      assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("missing.json"));
    }

    @Test
    void aLoopOfSymbolicLinks() throws IOException {
      Path a = Files.createSymbolicLink(dir.resolve("a.json"), Path.of("b.json"));
      Files.createSymbolicLink(dir.resolve("b.json"), Path.of("a.json"));

      String line = refused("assess", SAMPLE, "-o", a.toString());

      assertThat(line).startsWith(a + ": cannot write: ");
      assertThat(names(dir)).containsExactly("a.json", "b.json");
    }

    @Test
    void aFileWhereADirectoryShouldBe() throws IOException {
      Path file = Files.writeString(dir.resolve("file"), "keep\n");

      String line = refused("assess", SAMPLE, "-o", file.resolve("report.json").toString());

      assertThat(line).isEqualTo(file.resolve("report.json") + ": cannot write: not a directory");
      assertThat(Files.readString(file)).isEqualTo("keep\n");
    }

    /** The output is checked before the inventory is read: its error comes first. */
    @Test
    void beforeTheInventoryIsRead() throws IOException {
      Path bad = Files.writeString(dir.resolve("bad.yaml"), "version: 1\nservices: [\n");
      Path target = dir.resolve("no-such-dir").resolve("report.json");

      String line = refused("assess", bad.toString(), "-o", target.toString());

      assertThat(line).isEqualTo(target + ": cannot write: the directory does not exist");
    }
  }

  // ------------------------------------------------- replaced regular files

  @Nested
  class Replaced {
    /** Written through the link to the file it names, atomically there; the link stays. */
    @Test
    void aSymbolicLinkToAFileInAnotherDirectory() throws IOException {
      Path links = Files.createDirectory(dir.resolve("links"));
      Path reports = Files.createDirectory(dir.resolve("reports"));
      Path file = Files.writeString(reports.resolve("report.json"), "previous\n");
      boolean posix = Files.getFileAttributeView(file, PosixFileAttributeView.class) != null;
      if (posix) {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
      }
      Path relative = Path.of("..", "reports", "report.json");
      Path link = Files.createSymbolicLink(links.resolve("latest.json"), relative);

      ok("assess", SAMPLE, "--format", "json", "-o", link.toString());

      assertThat(Files.readString(file)).isEqualTo(expectedJson);
      assertThat(Files.isSymbolicLink(link)).isTrue();
      assertThat(Files.readSymbolicLink(link)).isEqualTo(relative);
      assertThat(names(links)).containsExactly("latest.json");
      assertThat(names(reports)).containsExactly("report.json");
      if (posix) {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
            .isEqualTo("rw-r-----");
      }
    }

    @Test
    void aChainOfLinks() throws IOException {
      Path file = Files.writeString(dir.resolve("report.json"), "previous\n");
      Files.createSymbolicLink(dir.resolve("middle.json"), file.getFileName());
      Path first = Files.createSymbolicLink(dir.resolve("first.json"), Path.of("middle.json"));

      ok("assess", SAMPLE, "--format", "json", "-o", first.toString());

      assertThat(Files.readString(file)).isEqualTo(expectedJson);
      assertThat(Files.isSymbolicLink(first)).isTrue();
      assertThat(Files.isSymbolicLink(dir.resolve("middle.json"))).isTrue();
      assertThat(names(dir)).containsExactly("first.json", "middle.json", "report.json");
    }

    /** A failure part-way leaves both the link and the file it names as they were. */
    @Test
    void aFailureThroughALinkLeavesTheFile() throws IOException {
      Path file = Files.writeString(dir.resolve("report.json"), "previous\n");
      Path link = Files.createSymbolicLink(dir.resolve("latest.json"), file.getFileName());

      assertThatThrownBy(
              () ->
                  AtomicOutput.write(
                      link,
                      new PrintWriter(new StringWriter()),
                      w -> {
                        w.write("half a report");
                        w.flush();
                        throw new IOException("No space left on device");
                      }))
          .isInstanceOf(InputException.class)
          .hasMessage(link + ": cannot write: no space left on device");

      assertThat(Files.readString(file)).isEqualTo("previous\n");
      assertThat(Files.isSymbolicLink(link)).isTrue();
      assertThat(names(dir)).containsExactly("latest.json", "report.json");
    }

    /**
     * Checked again just before the rename: a FIFO put in the report's place while the report was
     * written is not replaced by a regular file.
     */
    @Test
    void aFileSwappedForAFifoDuringTheWriteIsNotReplaced() throws Exception {
      Path file = Files.writeString(dir.resolve("report.json"), "previous\n");
      assumeTrue(linux(), "needs mkfifo");

      assertThatThrownBy(
              () ->
                  AtomicOutput.write(
                      file,
                      new PrintWriter(new StringWriter()),
                      w -> {
                        w.write("a report");
                        Files.delete(file);
                        try {
                          fifo("report.json");
                        } catch (InterruptedException e) {
                          throw new IOException(e);
                        }
                      }))
          .isInstanceOf(InputException.class)
          .hasMessage(file + ": cannot write: it became a FIFO while the output was made");

      assertThat(typeOf(file)).isEqualTo(FileType.FIFO);
      assertThat(names(dir)).containsExactly("report.json");
    }

    /** The temporary name is short: a name up to the 255-byte limit can be written. */
    @Test
    void longNamesUpToTheLimit() throws IOException {
      for (int length : new int[] {230, 250, 255}) {
        Path target = dir.resolve("r".repeat(length - 5) + ".json");
        ok("assess", SAMPLE, "--format", "json", "-o", target.toString());
        assertThat(Files.readString(target)).isEqualTo(expectedJson);
        // And once more, now replacing it.
        Files.writeString(target, "previous\n");
        ok("assess", SAMPLE, "--format", "json", "-o", target.toString());
        assertThat(Files.readString(target)).isEqualTo(expectedJson);
        assertNoTemporaryFile(dir);
        Files.delete(target);
      }
    }

    @Test
    void aNameOverTheLimitIsOneLine() throws IOException {
      Path target = dir.resolve("r".repeat(251) + ".json");

      String line = refused("assess", SAMPLE, "-o", target.toString());

      assertThat(line).isEqualTo(target + ": cannot write: file name too long");
      assertThat(names(dir)).isEmpty();
    }

    /** 255 bytes of UTF-8 in 128 characters; needs a JVM that encodes file names as UTF-8. */
    @Test
    void aLongNameThatIsNotAscii() throws IOException {
      assumeTrue(
          "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")),
          "file names are UTF-8 (a UTF-8 locale)");
      String name = "é".repeat(125) + ".json";
      assertThat(name.getBytes(StandardCharsets.UTF_8)).hasSize(255);
      Path target = dir.resolve(name);

      ok("assess", SAMPLE, "--format", "json", "-o", target.toString());

      assertThat(Files.readString(target)).isEqualTo(expectedJson);
      assertThat(names(dir)).containsExactly(name);
    }
  }

  // ------------------------------------------------------------------ inputs

  /** -o naming a file the command reads: refused, the input untouched, nothing read first. */
  @Nested
  class Inputs {
    private Path inventory;
    private byte[] inventoryBytes;

    @BeforeEach
    void copyTheSample() throws IOException {
      inventoryBytes = Files.readAllBytes(Path.of(SAMPLE));
      inventory = Files.write(dir.resolve("inventory.yaml"), inventoryBytes);
    }

    private void assertRefused(Path input, String role, String... args) throws IOException {
      byte[] before = Files.readAllBytes(input);
      String out = args[args.length - 1];
      String line = refused(args);
      assertThat(line)
          .matches(
              Pattern.quote(out + ": cannot write: it is the " + role)
                  + "( \\(.*\\))?, which this command reads");
      assertThat(Files.readAllBytes(input)).as("%s is unchanged", input).isEqualTo(before);
      assertNoTemporaryFile(dir);
    }

    @Test
    void theInventoryByItsName() throws IOException {
      assertRefused(
          inventory, "inventory", "assess", inventory.toString(), "-o", inventory.toString());
      assertThat(refused("assess", inventory.toString(), "-o", inventory.toString()))
          .isEqualTo(inventory + ": cannot write: it is the inventory, which this command reads");
    }

    @Test
    void theInventoryByAnotherSpelling() throws IOException {
      Path sub = Files.createDirectory(dir.resolve("sub"));
      String other = sub.resolve("..").resolve("inventory.yaml").toString();
      assertRefused(inventory, "inventory", "assess", inventory.toString(), "-o", other);
      assertThat(refused("assess", inventory.toString(), "-o", other))
          .isEqualTo(
              other
                  + ": cannot write: it is the inventory ("
                  + inventory
                  + "), which this command reads");
    }

    @Test
    void theInventoryThroughASymbolicLink() throws IOException {
      Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), inventory.getFileName());
      assertRefused(inventory, "inventory", "assess", inventory.toString(), "-o", link.toString());
      // And the other way round: the inventory named through the link, -o the file itself.
      assertRefused(inventory, "inventory", "assess", link.toString(), "-o", inventory.toString());
    }

    @Test
    void theInventoryThroughAHardLink() throws IOException {
      Path hard = Files.createLink(dir.resolve("hard.yaml"), inventory);
      assertRefused(inventory, "inventory", "assess", inventory.toString(), "-o", hard.toString());
    }

    /** Refused before the inventory is read: its own error never shows. */
    @Test
    void anInvalidInventoryIsNotReadFirst() throws IOException {
      Path bad = Files.writeString(dir.resolve("bad.yaml"), "version: 1\nservices: [\n");
      assertRefused(bad, "inventory", "assess", bad.toString(), "-o", bad.toString());
    }

    @Test
    void theWeightsAndPricingFiles() throws IOException {
      Path weights = Files.writeString(dir.resolve("weights.yaml"), "not even read\n");
      Path pricing = Files.writeString(dir.resolve("pricing.yaml"), "not even read\n");
      assertRefused(
          weights,
          "weights file",
          "assess",
          inventory.toString(),
          "--weights",
          weights.toString(),
          "-o",
          weights.toString());
      assertRefused(
          pricing,
          "pricing file",
          "assess",
          inventory.toString(),
          "--pricing",
          pricing.toString(),
          "-o",
          pricing.toString());
    }

    /** Named inside the inventory, so known once it is read; still refused before any write. */
    @Test
    void thePricingCatalogTheInventoryNames() throws IOException {
      Path catalog = Files.writeString(dir.resolve("prices.yaml"), "{}\n");
      Path withCatalog =
          Files.writeString(
              dir.resolve("priced.yaml"),
              "version: 1\npricing:\n  catalog: prices.yaml\nservices:\n"
                  + "  - name: api\n    traffic: {requestsPerMonth: 1M}\n");
      CliRunner.Result works = CliRunner.run("assess", withCatalog.toString());
      assumeTrue(works.code() == 0, "an empty catalog is accepted: " + works.err());

      assertRefused(
          catalog,
          "pricing catalog the inventory names",
          "assess",
          withCatalog.toString(),
          "-o",
          catalog.toString());
    }

    @Test
    void theBaselineAndTheCurrentReport() throws IOException {
      Path base = dir.resolve("base.json");
      ok("assess", inventory.toString(), "--format", "json", "-o", base.toString());
      Path current = Files.copy(base, dir.resolve("current.json"));

      assertRefused(
          base,
          "baseline",
          "assess",
          inventory.toString(),
          "--baseline",
          base.toString(),
          "-o",
          base.toString());
      assertRefused(
          base, "baseline", "diff", base.toString(), current.toString(), "-o", base.toString());
      assertRefused(
          current,
          "current report",
          "diff",
          base.toString(),
          current.toString(),
          "-o",
          current.toString());
    }

    /** A corrupt baseline named by -o too: the -o refusal, not the reader's error. */
    @Test
    void aCorruptBaselineIsNotReadFirst() throws IOException {
      Path base = Files.writeString(dir.resolve("base.json"), "{ not json");
      assertRefused(
          base,
          "baseline",
          "assess",
          inventory.toString(),
          "--baseline",
          base.toString(),
          "-o",
          base.toString());
    }

    @Test
    void anotherFileBesideTheInputsIsWritten() throws IOException {
      Path out = dir.resolve("report.json");
      ok("assess", inventory.toString(), "--format", "json", "-o", out.toString());
      assertThat(Files.readString(out)).startsWith("{");
      assertThat(Files.readAllBytes(inventory)).isEqualTo(inventoryBytes);
    }
  }
}
