package dev.placementadvisor.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.placementadvisor.input.YamlNode.Entry;
import dev.placementadvisor.input.YamlNode.ListNode;
import dev.placementadvisor.input.YamlNode.MapNode;
import dev.placementadvisor.input.YamlNode.ScalarKind;
import dev.placementadvisor.input.YamlNode.ScalarNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one YAML document into a tree of located nodes, within fixed limits: file size, nesting
 * depth, scalar length. Rejects what an inventory never needs and an attacker might use: aliases,
 * explicit tags, binary or non-UTF-8 content, several documents in one file.
 */
public final class YamlTreeReader {
  /** Largest file read, in bytes. */
  public static final long MAX_FILE_BYTES = 128L * 1024 * 1024;

  /** Deepest nesting of mappings and lists. */
  public static final int MAX_DEPTH = 64;

  /** Longest single scalar, in characters. */
  public static final int MAX_SCALAR_CHARS = 1024 * 1024;

  /**
   * Longest line of YAML, in characters. SnakeYAML copies its look-ahead window for every 1,024
   * characters it reads, so a token, comment or block-scalar line of n characters costs time in n
   * squared: a 10 MB line takes about half a minute. Refusing long lines before parsing keeps the
   * worst file within the size limit to seconds.
   */
  public static final int MAX_LINE_CHARS = 64 * 1024;

  /**
   * Most keys in one mapping. Nothing in an inventory, a catalog or a weights file needs more
   * (traffic profiles are the largest mapping); a file of millions of tiny entries would otherwise
   * cost gigabytes of memory before anything could refuse it.
   */
  public static final int MAX_KEYS = 10_000;

  /**
   * Most values (mappings, lists and scalars) in one file: a fully written inventory of the largest
   * size read, 200,000 services, has about 5 million. Each costs memory while the file is parsed
   * whole, so this bounds the memory any file within the size limit can take.
   */
  public static final int MAX_VALUES = 6_000_000;

  /** How long to wait for a writer when the file is a named pipe (FIFO). */
  public static final int PIPE_OPEN_SECONDS = 5;

  /** How long a named pipe may take to open and deliver its whole content, by default. */
  public static final int PIPE_SECONDS = 30;

  private static final YAMLFactory FACTORY = createFactory();

  private YamlTreeReader() {}

  /** The same size and depth limits for YAML and JSON input (and TOML, which imports read). */
  public static StreamReadConstraints constraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_DEPTH)
        .maxStringLength(MAX_SCALAR_CHARS)
        .maxNumberLength(100)
        .maxNameLength(10_000)
        .maxDocumentLength(MAX_FILE_BYTES)
        .build();
  }

  private static YAMLFactory createFactory() {
    LoaderOptions loader = new LoaderOptions();
    loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, MAX_FILE_BYTES));
    loader.setMaxAliasesForCollections(0);
    loader.setNestingDepthLimit(MAX_DEPTH + 1);
    loader.setAllowDuplicateKeys(false);
    YAMLFactory factory =
        YAMLFactory.builder().loaderOptions(loader).streamReadConstraints(constraints()).build();
    factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    return factory;
  }

  /** Reads a file; {@code displayName} is how messages name it. */
  public static YamlNode read(Path path, String displayName) {
    return read(path, displayName, false);
  }

  /**
   * Reads a file; {@code displayName} is how messages name it. When {@code opaque}, no message
   * quotes the file's content (see {@link Location#opaque}).
   */
  public static YamlNode read(Path path, String displayName, boolean opaque) {
    return parse(readText(path, displayName), displayName, opaque);
  }

  /**
   * Reads a file as UTF-8 text, rejecting what is not a readable text file: a directory, a device
   * or socket, a kernel file under /proc or /sys, a file over {@link #MAX_FILE_BYTES}. A named pipe
   * is read within {@link #pipeSeconds()} in all.
   */
  public static String readText(Path path, String displayName) {
    Location where = Location.ofFile(displayName);
    byte[] bytes;
    try {
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      InputFiles.checkReadable(path, attributes, where);
      if (attributes.isRegularFile() && attributes.size() > MAX_FILE_BYTES) {
        throw new InputException(
            where,
            "file is "
                + attributes.size()
                + " bytes; the largest file read is "
                + MAX_FILE_BYTES
                + " bytes");
      }
      if (attributes.isRegularFile()) {
        // A regular file may grow after the check, so it is read through the same bound.
        try (InputStream in = Files.newInputStream(path)) {
          bytes = readBounded(in, where, attributes.size());
        }
      } else {
        bytes = readPipe(path, where);
      }
    } catch (NoSuchFileException e) {
      throw new InputException(where, "no such file");
    } catch (AccessDeniedException e) {
      throw new InputException(where, "permission denied");
    } catch (IOException e) {
      throw new InputException(where, "cannot read file: " + InputFiles.reason(e), e);
    }
    return decode(bytes, displayName);
  }

  /**
   * Opens a file to be read as a stream (a saved report, which may be larger than any text read
   * whole), under the same rules as {@link #readText}: a regular file of at most {@code maxBytes}
   * is streamed from disk; a named pipe is read whole first, within {@link #MAX_FILE_BYTES} and
   * {@link #pipeSeconds()}, so no reader ever waits on a silent writer.
   */
  public static InputStream openStream(Path path, String displayName, long maxBytes) {
    Location where = Location.ofFile(displayName);
    try {
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      InputFiles.checkReadable(path, attributes, where);
      if (!attributes.isRegularFile()) {
        return new java.io.ByteArrayInputStream(readPipe(path, where));
      }
      if (attributes.size() > maxBytes) {
        throw new InputException(
            where,
            "file is "
                + attributes.size()
                + " bytes; the largest file read is "
                + maxBytes
                + " bytes");
      }
      return Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      throw new InputException(where, "no such file");
    } catch (AccessDeniedException e) {
      throw new InputException(where, "permission denied");
    } catch (IOException e) {
      throw new InputException(where, "cannot read file: " + InputFiles.reason(e), e);
    }
  }

  /**
   * How long a named pipe may take, in all, to open and deliver its whole content: 30 seconds (the
   * system property {@code advisor.pipeSeconds} changes it, for tests).
   */
  public static int pipeSeconds() {
    return Math.max(1, Integer.getInteger("advisor.pipeSeconds", PIPE_SECONDS));
  }

  /**
   * Reads a named pipe. Opening one blocks until something opens it for writing, which may never
   * happen, and reading blocks while the writer is silent, so both run on a helper thread: the open
   * is given {@link #PIPE_OPEN_SECONDS} (a pipe from process substitution, {@code <(cmd)}, already
   * has its writer and opens at once), the whole read {@link #pipeSeconds()}.
   */
  private static byte[] readPipe(Path path, Location where) throws IOException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(pipeSeconds());
    FutureTask<InputStream> opening = new FutureTask<>(() -> Files.newInputStream(path));
    start(opening, "advisor-open");
    InputStream in;
    try {
      in = result(opening, Math.min(PIPE_OPEN_SECONDS, pipeSeconds()), TimeUnit.SECONDS, where);
    } catch (TimeoutException e) {
      release(path, opening);
      throw new InputException(
          where,
          "nothing is writing to this pipe (waited "
              + Math.min(PIPE_OPEN_SECONDS, pipeSeconds())
              + " s): start the writer first, or give a regular file");
    }
    return readWithin(in, where, deadline);
  }

  /**
   * Reads standard input as UTF-8 text ({@code -} on the command line), within the same limits as a
   * named pipe: {@link #MAX_FILE_BYTES} and {@link #pipeSeconds()}.
   */
  public static String readStandardInput(InputStream in, String displayName) {
    Location where = Location.ofFile(displayName);
    try {
      InputStream kept =
          new java.io.FilterInputStream(in) {
            @Override
            public void close() {
              // Standard input stays open: it is the process's, not this reader's.
            }
          };
      return decode(
          readWithin(kept, where, System.nanoTime() + TimeUnit.SECONDS.toNanos(pipeSeconds())),
          displayName);
    } catch (IOException e) {
      throw new InputException(where, "cannot read: " + InputFiles.reason(e), e);
    }
  }

  /** Reads a stream to its end on a helper thread, giving up at {@code deadline}. */
  private static byte[] readWithin(InputStream in, Location where, long deadline)
      throws IOException {
    FutureTask<byte[]> reading = new FutureTask<>(() -> readBounded(in, where, 0));
    start(reading, "advisor-read");
    try {
      return result(
          reading, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS, where);
    } catch (TimeoutException e) {
      throw new InputException(
          where,
          "the pipe did not deliver a whole file within "
              + pipeSeconds()
              + " s (its writer is silent or slow): write it to a regular file first");
    } finally {
      if (!reading.isDone()) {
        reading.cancel(true);
      } else {
        in.close();
      }
    }
  }

  /** Runs a task on a daemon thread: one left blocked on a pipe never keeps the JVM alive. */
  private static void start(FutureTask<?> task, String name) {
    Thread t = new Thread(task, name);
    t.setDaemon(true);
    t.start();
  }

  /** The value of a finished helper task, its IOException or InputException as thrown. */
  private static <T> T result(FutureTask<T> task, long timeout, TimeUnit unit, Location where)
      throws IOException, TimeoutException {
    try {
      return task.get(timeout, unit);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InputException(where, "interrupted while reading the file");
    }
  }

  /**
   * Frees the helper thread still blocked opening a FIFO: opening the FIFO for writing completes
   * its open, and closing it again gives the reader an immediate end of file.
   */
  private static void release(Path path, FutureTask<InputStream> opening) {
    try {
      Object mode = Files.getAttribute(path, "unix:mode");
      if (mode instanceof Integer m && (m & 0170000) == 0010000) {
        // Read and write together: Linux opens a FIFO at once that way, never waiting.
        Files.newByteChannel(path, StandardOpenOption.READ, StandardOpenOption.WRITE).close();
        opening.get(PIPE_OPEN_SECONDS, TimeUnit.SECONDS).close();
      }
    } catch (Exception | LinkageError e) {
      // Best effort: a thread left blocked is a daemon and does not keep the JVM alive.
    }
  }

  /**
   * Reads at most {@link #MAX_FILE_BYTES}, expecting {@code size} bytes (0 when unknown); stops
   * early at a chunk holding a NUL byte, which {@link #decode} then reports as binary content (so
   * /dev/zero fails at once).
   */
  private static byte[] readBounded(InputStream in, Location where, long size) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (size > 0 && size <= MAX_FILE_BYTES) {
      // A regular file: one read into an array of its size; the loop below only if it grew.
      byte[] whole = in.readNBytes((int) size);
      int more = whole.length < size ? -1 : in.read();
      if (more < 0) {
        return whole;
      }
      bytes.write(whole);
      bytes.write(more);
    }
    byte[] chunk = new byte[64 * 1024];
    int n;
    while ((n = in.read(chunk)) != -1) {
      if (bytes.size() + (long) n > MAX_FILE_BYTES) {
        throw tooLong(where);
      }
      bytes.write(chunk, 0, n);
      for (int i = 0; i < n; i++) {
        if (chunk[i] == 0) {
          return bytes.toByteArray();
        }
      }
    }
    return bytes.toByteArray();
  }

  private static InputException tooLong(Location where) {
    return new InputException(
        where,
        "more than "
            + MAX_FILE_BYTES
            + " bytes to read; the largest file read is "
            + MAX_FILE_BYTES
            + " bytes");
  }

  private static String decode(byte[] bytes, String displayName) {
    // The JDK's own decoding is much faster than a CharsetDecoder, but replaces what is not
    // UTF-8 with U+FFFD: only a text holding U+FFFD (or a NUL) needs the strict, slow look.
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\0') < 0 && text.indexOf('\uFFFD') < 0) {
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new InputException(
            locate(bytes, i, displayName), "binary content (a NUL byte): expected a text file");
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      decoder.decode(in);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new InputException(
          locate(bytes, in.position(), displayName), "not UTF-8 text: invalid byte sequence");
    }
  }

  private static Location locate(byte[] bytes, int offset, String displayName) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
        column = 1;
      } else if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return new Location(displayName, line, column);
  }

  /** Parses YAML text; {@code displayName} is how messages name its file. */
  public static YamlNode parse(String text, String displayName) {
    return parse(text, displayName, false);
  }

  /** As {@link #parse(String, String)}; when {@code opaque}, no message quotes the text. */
  public static YamlNode parse(String text, String displayName, boolean opaque) {
    checkText(text, displayName);
    try (JsonParser parser = FACTORY.createParser(text)) {
      return tree(parser, displayName, opaque);
    } catch (InputException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw translate(e, displayName, opaque);
    }
  }

  /**
   * Parses YAML text that may hold explicit local tags, as CloudFormation's short forms do ({@code
   * !Ref Bucket}, {@code !GetAtt Fn.Arn}, {@code !If [...]}), within the same limits as {@link
   * #parse}. A tagged value is read as a mapping of one key, the tag with its {@code !} ({@code
   * "!Ref"}), whose value is the value as written: what it means is left to the caller. Aliases and
   * several documents are still refused.
   */
  public static YamlNode parseTagged(String text, String displayName) {
    checkText(text, displayName);
    try (JsonParser parser = FACTORY.createParser(text)) {
      Builder builder = new Builder(parser, displayName, false);
      builder.keepTags = true;
      try {
        return document(parser, builder, displayName);
      } catch (StreamConstraintsException e) {
        throw new InputException(builder.where(), limitProblem(e.getOriginalMessage()), e);
      }
    } catch (InputException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw translate(e, displayName, false);
    }
  }

  /**
   * Parses a stream of YAML documents ({@code ---} between them, as Kubernetes manifests and {@code
   * helm template} output are written), within the same limits as {@link #parse}: the count of
   * values, the depth and the line length hold for the whole text. Empty documents are left out;
   * aliases and tags stay refused.
   */
  public static List<YamlNode> parseAll(String text, String displayName) {
    checkText(text, displayName);
    try (JsonParser parser = FACTORY.createParser(text)) {
      Builder builder = new Builder(parser, displayName, false);
      List<YamlNode> documents = new ArrayList<>();
      try {
        for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
          YamlNode root = builder.value(t, 0);
          if (!(root instanceof ScalarNode s && (s.isNull() || s.text().isEmpty()))) {
            documents.add(root);
          }
        }
      } catch (StreamConstraintsException e) {
        throw new InputException(builder.where(), limitProblem(e.getOriginalMessage()), e);
      }
      return documents;
    } catch (InputException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw translate(e, displayName, false);
    }
  }

  private static final com.fasterxml.jackson.core.JsonFactory JSON = jsonFactory(false);
  private static final com.fasterxml.jackson.core.JsonFactory JSONC = jsonFactory(true);

  private static com.fasterxml.jackson.core.JsonFactory jsonFactory(boolean comments) {
    var builder =
        com.fasterxml.jackson.core.JsonFactory.builder().streamReadConstraints(constraints());
    if (comments) {
      builder
          .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_TRAILING_COMMA);
    }
    var factory = builder.build();
    factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    return factory;
  }

  /**
   * Parses JSON text into the same located tree as YAML, within the same size, depth, value and key
   * limits (a JSON file may be one long line: no line limit applies). With {@code comments}, {@code
   * //} and {@code /* *}{@code /} comments and trailing commas are accepted (JSONC).
   */
  public static YamlNode parseJson(String text, String displayName, boolean comments) {
    try (JsonParser parser = (comments ? JSONC : JSON).createParser(text)) {
      Builder builder = new Builder(parser, displayName, false);
      try {
        JsonToken first = parser.nextToken();
        if (first == null) {
          throw new InputException(
              new Location(displayName, 1, 1), "the file is empty: expected a JSON object");
        }
        YamlNode root = builder.value(first, 0);
        if (parser.nextToken() != null) {
          throw new InputException(builder.here(), "more than one JSON value in the file");
        }
        return root;
      } catch (StreamConstraintsException e) {
        throw new InputException(builder.where(), limitProblem(e.getOriginalMessage()), e);
      }
    } catch (InputException e) {
      throw e;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      String msg = e.getOriginalMessage();
      Location at = location(e.getLocation(), displayName);
      if (msg != null && msg.startsWith("Duplicate field '")) {
        String key = msg.substring("Duplicate field '".length(), msg.lastIndexOf('\''));
        return fail(new InputException(at, "duplicate key" + Text.quoted(at, key), e));
      }
      return fail(new InputException(at, "invalid JSON: " + Text.printable(oneLine(msg)), e));
    } catch (IOException e) {
      throw new InputException(Location.ofFile(displayName), "cannot read JSON", e);
    }
  }

  private static YamlNode fail(InputException e) {
    throw e;
  }

  /**
   * How the items of a long top-level list are bound: {@link #prepare} gets the root mapping with
   * the list left out (its key's value is an empty scalar) and returns the binding of one item.
   * Either may throw to give up on splitting.
   */
  @FunctionalInterface
  public interface ItemBinding<T> {
    Function<YamlNode, T> prepare(MapNode root);
  }

  /**
   * A mapping read with its long top-level list bound item by item: the root with the list left
   * out, where the list stands, and its items bound, in order.
   */
  public record Split<T>(MapNode root, Location list, List<T> items) {}

  /**
   * Parses a large YAML mapping whose top-level block list {@code key} holds most of it, binding
   * each item of the list as soon as it is parsed, on several cores. A file of a thousand services
   * needs a tree of its own; this route holds only the bound items and the tree of each item in
   * flight, so that a large inventory costs little memory and little garbage collection.
   *
   * <p>Returns null when the text is small, when it is not a mapping with a plain block list at
   * {@code key}, or when anything at all fails, {@code binding} included: the caller then parses
   * the whole text with {@link #parse} and binds the tree, which gives the same result or the usual
   * error. So the binding must be a pure function of the tree it is given. Only a line longer than
   * {@link #MAX_LINE_CHARS} is reported at once, as {@link #parse} reports it.
   */
  public static <T> Split<T> split(
      String text, String displayName, String key, ItemBinding<T> binding) {
    return split(text, displayName, key, binding, 0);
  }

  /**
   * As {@link #split(String, String, String, ItemBinding)}, in at most {@code chunks} chunks at any
   * size (0: the default by size and cores).
   */
  public static <T> Split<T> split(
      String text, String displayName, String key, ItemBinding<T> binding, int chunks) {
    if (text.length() > MAX_FILE_BYTES) {
      return null;
    }
    checkText(text, displayName);
    return chunks == 0
        ? ChunkedParse.parse(text, displayName, key, binding)
        : ChunkedParse.parse(text, displayName, key, chunks, binding);
  }

  /**
   * Refuses what the parser would read differently from an editor: lines too long to parse in
   * reasonable time (see {@link #MAX_LINE_CHARS}), and the line breaks of YAML 1.1 that YAML 1.2
   * and editors do not break lines at (NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR), which would make
   * every line number after them wrong.
   */
  private static void checkText(String text, String displayName) {
    checkLineLengths(text, displayName);
    int at = yaml11LineBreak(text);
    if (at >= 0) {
      throw new InputException(
          lineAndColumn(text, at, displayName),
          String.format(
              java.util.Locale.ROOT,
              "the line break U+%04X: end lines with \\n (or"
                  + " \\r\\n) only, or write it escaped in a double-quoted value",
              (int) text.charAt(at)));
    }
  }

  /** Where the first NEL, LINE SEPARATOR or PARAGRAPH SEPARATOR stands, or -1. */
  static int yaml11LineBreak(String text) {
    int at = Integer.MAX_VALUE;
    for (char c : new char[] {'\u0085', '\u2028', '\u2029'}) {
      int i = text.indexOf(c);
      if (i >= 0) {
        at = Math.min(at, i);
      }
    }
    return at == Integer.MAX_VALUE ? -1 : at;
  }

  /** The line and column (in characters) of an index, lines ending at \n, \r\n or \r. */
  public static Location lineAndColumn(String text, int index, String displayName) {
    int line = 1;
    int start = 0;
    for (int i = 0; i < index; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
        line++;
        start = i + 1;
      }
    }
    return new Location(displayName, line, text.codePointCount(start, index) + 1);
  }

  private static void checkLineLengths(String text, String displayName) {
    // Lines end at '\n' or '\r': when no run between two '\n' is too long, no line is.
    int from = 0;
    int longest = 0;
    for (int eol; (eol = text.indexOf('\n', from)) >= 0; from = eol + 1) {
      longest = Math.max(longest, eol - from);
    }
    if (Math.max(longest, text.length() - from) <= MAX_LINE_CHARS) {
      return;
    }
    int line = 1;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        if (i - start > MAX_LINE_CHARS && text.codePointCount(start, i) > MAX_LINE_CHARS) {
          throw new InputException(
              new Location(displayName, line, MAX_LINE_CHARS + 1),
              "line longer than "
                  + MAX_LINE_CHARS
                  + " characters, the longest line read (split a long flow collection over several"
                  + " lines)");
        }
        if (i < text.length()
            && text.charAt(i) == '\r'
            && i + 1 < text.length()
            && text.charAt(i + 1) == '\n') {
          i++;
        }
        line++;
        start = i + 1;
      }
    }
  }

  /**
   * Parses part of a YAML file for {@link ChunkedParse}: its first line is line {@code lineOffset +
   * 1} of the file and its root stands at nesting {@code depth}. When {@code rootItems} is given,
   * the items of a root list go to it one by one instead of into the tree. Any problem, and nesting
   * near the limit, is thrown (as {@link ChunkedParse.GiveUp} or otherwise) for the caller to give
   * up on.
   */
  static YamlNode fragment(
      String text, String displayName, int lineOffset, int depth, Consumer<YamlNode> rootItems) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      Builder builder = new Builder(parser, displayName, lineOffset, depth, rootItems);
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new ChunkedParse.GiveUp();
      }
      YamlNode root = builder.value(first, depth);
      if (parser.nextToken() != null) {
        throw new ChunkedParse.GiveUp();
      }
      return root;
    } catch (IOException e) {
      throw new ChunkedParse.GiveUp();
    }
  }

  private static YamlNode tree(JsonParser parser, String displayName, boolean opaque)
      throws IOException {
    Builder builder = new Builder(parser, displayName, opaque);
    try {
      return document(parser, builder, displayName);
    } catch (StreamConstraintsException e) {
      // Jackson's limits carry no location of their own: the parser is where it stopped.
      throw new InputException(builder.where(), limitProblem(e.getOriginalMessage()), e);
    }
  }

  /**
   * Says which limit a {@link StreamConstraintsException} is about, in the reader's terms (the TOML
   * reader, which shares the limits, says it the same way).
   */
  public static String limitProblem(String message) {
    String m = message == null ? "" : message;
    if (m.startsWith("Document nesting depth")) {
      return "nested deeper than " + MAX_DEPTH + " levels";
    }
    if (m.startsWith("String value length")) {
      return "a value longer than the longest value read, " + MAX_SCALAR_CHARS + " characters";
    }
    if (m.startsWith("Number value length")) {
      return "a number longer than 100 digits";
    }
    if (m.startsWith("Name length")) {
      return "a key longer than 10000 characters";
    }
    if (m.startsWith("Document length")) {
      return "more than " + MAX_FILE_BYTES + " bytes";
    }
    return "too large: " + oneLine(m.replaceAll(",? ?\\(?from `[^`]*`\\)?", ""));
  }

  private static YamlNode document(JsonParser parser, Builder builder, String displayName)
      throws IOException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      throw new InputException(
          new Location(displayName, 1, 1), "the file is empty: expected a YAML mapping");
    }
    YamlNode root = builder.value(first, 0);
    JsonToken extra = parser.nextToken();
    if (extra != null) {
      throw new InputException(
          builder.here(),
          "more than one YAML document: this file takes everything in a single document");
    }
    return root;
  }

  private static InputException translate(Exception e, String displayName, boolean opaque) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
        Mark mark = marked.getProblemMark();
        return new InputException(
            new Location(displayName, mark.getLine() + 1, mark.getColumn() + 1, opaque),
            "YAML syntax error: " + syntaxProblem(marked.getProblem(), opaque),
            e);
      }
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t
              instanceof
              com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.MarkedYAMLException marked
          && marked.getProblemMark() != null) {
        var mark = marked.getProblemMark();
        return new InputException(
            new Location(displayName, mark.getLine() + 1, mark.getColumn() + 1, opaque),
            "YAML syntax error: " + syntaxProblem(marked.getProblem(), opaque),
            e);
      }
      if (t
          instanceof
          com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.MarkedYAMLException marked) {
        return new InputException(
            location(marked.getLocation(), displayName, 0, opaque),
            "YAML syntax error: " + syntaxProblem(marked.getOriginalMessage(), opaque),
            e);
      }
    }
    if (e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe) {
      String msg = jpe.getOriginalMessage();
      Location at = location(jpe.getLocation(), displayName, 0, opaque);
      if (msg != null && msg.startsWith("Duplicate field '")) {
        String key = msg.substring("Duplicate field '".length(), msg.indexOf('\'', 17));
        return new InputException(at, "duplicate key" + Text.quoted(at, key), e);
      }
      if (msg != null && msg.startsWith("Expected a field name")) {
        // SnakeYAML's wording names its event classes; the problem is a complex key.
        return new InputException(
            at, "invalid YAML: a mapping key must be plain text, not a list or a mapping", e);
      }
      return new InputException(at, "invalid YAML: " + syntaxProblem(msg, opaque), e);
    }
    String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new InputException(
        Location.ofFile(displayName), "invalid YAML: " + syntaxProblem(msg, opaque), e);
  }

  /**
   * What a syntax error says. SnakeYAML's problems can hold a piece of the text (a character, an
   * escape, a tag handle): about a file whose content is never shown, only phrases of this reader's
   * own are given, chosen by the problem's fixed opening words.
   */
  static String syntaxProblem(String problem, boolean opaque) {
    String p = problem == null ? "" : problem;
    if (p.contains("(TAB)")) {
      return "a TAB character here: YAML indents and separates with spaces only";
    }
    if (!opaque) {
      return p.isBlank() ? "invalid YAML" : oneLine(p);
    }
    for (String[] phrase : OPAQUE_PHRASES) {
      if (p.startsWith(phrase[0])) {
        return phrase[1];
      }
    }
    return "not valid YAML here";
  }

  /** Openings of SnakeYAML's problems, and what to say instead about an opaque file. */
  private static final String[][] OPAQUE_PHRASES = {
    {"mapping values are not allowed", "a ':' where no mapping can start"},
    {"could not find expected ':'", "a key without ':'"},
    {"found unexpected end of stream", "the file ends inside a value"},
    {"found character", "a character that cannot start any token"},
    {"found unknown escape character", "an unknown escape sequence"},
    {"expected escape sequence", "an invalid escape sequence"},
    {"expected alphabetic or numeric character", "an invalid anchor or alias name"},
    {"found undefined tag handle", "an undefined tag handle"},
    {"did not find expected key", "a line indented where no key was expected"},
    {"did not find expected node content", "a missing value"},
    {"did not find expected '-' indicator", "a list item without '-'"},
    {"did not find expected ',' or ']'", "a flow list without ',' or ']'"},
    {"did not find expected ',' or '}'", "a flow mapping without ',' or '}'"},
    {"expected <block end>", "bad indentation"},
    {"expected a comment or a line break", "text after a value on the same line"},
    {"found a tab character", "a TAB character here: YAML indents and separates with spaces only"},
  };

  private static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    String flat =
        s.strip()
            .replaceAll("\\s+", " ")
            // Jackson's hints name its own API, which a user of advisor cannot act on.
            .replaceAll(": enable `[^`]*` to allow$", "")
            .replaceAll(
                " \\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)", "");
    return flat.length() > 200 ? flat.substring(0, 200) + "..." : flat;
  }

  private static Location location(JsonLocation loc, String displayName) {
    return location(loc, displayName, 0, false);
  }

  private static Location location(
      JsonLocation loc, String displayName, int lineOffset, boolean opaque) {
    if (loc == null || loc.getLineNr() <= 0) {
      return new Location(displayName, 0, 0, opaque);
    }
    return new Location(
        displayName, loc.getLineNr() + lineOffset, Math.max(1, loc.getColumnNr()), opaque);
  }

  /** Builds nodes from the parser's token stream. */
  private static final class Builder {
    /** How far below the depth limit a fragment gives up, leaving the limit to a whole parse. */
    private static final int FRAGMENT_DEPTH_MARGIN = 4;

    private final JsonParser parser;
    private final String file;
    private final int lineOffset;
    private final boolean fragment;

    /** The nesting of a fragment's root. */
    private final int rootDepth;

    /** Where a fragment's root list puts its items, or null for the tree. */
    private final Consumer<YamlNode> rootItems;

    /** True when no message may quote the file (see {@link Location#opaque}). */
    private final boolean opaque;

    /** Values made so far, against {@link #MAX_VALUES}. */
    private int values;

    /** True when an explicit tag is read as a mapping of one key (see {@link #parseTagged}). */
    private boolean keepTags;

    /** True while the value under a tag just read is built from the tag's own token. */
    private boolean tagRead;

    Builder(JsonParser parser, String file, boolean opaque) {
      this.parser = parser;
      this.file = file;
      this.lineOffset = 0;
      this.fragment = false;
      this.rootDepth = 0;
      this.rootItems = null;
      this.opaque = opaque;
    }

    /** A builder for a fragment of a file (see {@link #fragment}). */
    Builder(
        JsonParser parser,
        String file,
        int lineOffset,
        int rootDepth,
        Consumer<YamlNode> rootItems) {
      this.parser = parser;
      this.file = file;
      this.lineOffset = lineOffset;
      this.fragment = true;
      this.rootDepth = rootDepth;
      this.rootItems = rootItems;
      this.opaque = false;
    }

    Location here() {
      return location(parser.currentTokenLocation(), file, lineOffset, opaque);
    }

    /** Where the parser is now, when the current token's start may not be known yet. */
    Location where() {
      Location token = here();
      return token.hasLine() ? token : location(parser.currentLocation(), file, lineOffset, opaque);
    }

    YamlNode value(JsonToken token, int depth) throws IOException {
      Location at = here();
      if (++values > MAX_VALUES) {
        throw new InputException(
            at, "more than " + MAX_VALUES + " values in one file, the most read");
      }
      if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
        throw new InputException(
            at,
            "YAML aliases"
                + (at.opaque() ? "" : " (*" + Text.shorten(parser.getText()) + ")")
                + " are not supported");
      }
      Object tag = parser.canReadTypeId() && !tagRead ? parser.getTypeId() : null;
      tagRead = false;
      if (tag != null && keepTags && depth <= MAX_DEPTH) {
        String key = "!" + whole(tag.toString(), at);
        tagRead = true; // the value under the tag is the same token, built as if untagged
        YamlNode inner = value(token, depth);
        return new MapNode(at, Map.of(key, new Entry(key, at, inner)));
      }
      if (tag != null) {
        throw new InputException(
            at,
            "YAML tags"
                + (at.opaque() ? "" : " (" + Text.shorten(tag.toString()) + ")")
                + " are not supported: write the plain value");
      }
      if (fragment && depth > MAX_DEPTH - FRAGMENT_DEPTH_MARGIN) {
        throw new ChunkedParse.GiveUp();
      }
      if (depth > MAX_DEPTH) {
        throw new InputException(at, "nested deeper than " + MAX_DEPTH + " levels");
      }
      // Jackson's maxStringLength is not applied to YAML scalars, so the limit is checked here.
      if (token.isScalarValue() && parser.getTextLength() > MAX_SCALAR_CHARS) {
        throw new InputException(
            at,
            "a value of "
                + parser.getTextLength()
                + " characters; the longest value read is "
                + MAX_SCALAR_CHARS
                + " characters");
      }
      return switch (token) {
        case START_OBJECT -> map(at, depth);
        case START_ARRAY -> list(at, depth);
        case VALUE_STRING -> new ScalarNode(at, whole(parser.getText(), at), ScalarKind.STRING);
        case VALUE_NUMBER_INT -> new ScalarNode(at, parser.getText(), ScalarKind.INTEGER);
        case VALUE_NUMBER_FLOAT -> new ScalarNode(at, parser.getText(), ScalarKind.FLOAT);
        case VALUE_TRUE, VALUE_FALSE -> new ScalarNode(at, parser.getText(), ScalarKind.BOOLEAN);
        case VALUE_NULL -> new ScalarNode(at, "", ScalarKind.NULL);
        default -> throw new InputException(at, "unexpected YAML content: " + token);
      };
    }

    /**
     * Text with only whole characters: an escape such as {@code "\\ud800"} can write half of a
     * UTF-16 surrogate pair, which no UTF-8 output can hold.
     */
    private static String whole(String text, Location at) {
      int i = Text.loneSurrogate(text);
      if (i >= 0) {
        throw new InputException(
            at,
            String.format(
                java.util.Locale.ROOT,
                "half a character (the lone surrogate \\u%04x): escape whole characters only",
                (int) text.charAt(i)));
      }
      return text;
    }

    private MapNode map(Location at, int depth) throws IOException {
      Map<String, Entry> entries = new LinkedHashMap<>();
      JsonToken t;
      while ((t = nextInMap()) == JsonToken.FIELD_NAME) {
        Location keyAt = here();
        if (entries.size() == MAX_KEYS) {
          throw new InputException(
              keyAt, "more than " + MAX_KEYS + " keys in one mapping, the most read");
        }
        String key = whole(parser.currentName(), keyAt);
        if (entries.containsKey(key)) {
          throw new InputException(keyAt, "duplicate key" + Text.quoted(keyAt, key));
        }
        YamlNode v = value(parser.nextToken(), depth + 1);
        entries.put(key, new Entry(key, keyAt, v));
      }
      if (t != JsonToken.END_OBJECT) {
        throw new InputException(here(), "unexpected YAML content in a mapping");
      }
      return new MapNode(at, entries);
    }

    /** The next token of a mapping; a repeated key is reported where the key starts. */
    private JsonToken nextInMap() throws IOException {
      try {
        return parser.nextToken();
      } catch (com.fasterxml.jackson.core.JsonParseException e) {
        String msg = e.getOriginalMessage();
        if (msg != null && msg.startsWith("Duplicate field '")) {
          String key = msg.substring("Duplicate field '".length(), msg.lastIndexOf('\''));
          Location at = here();
          throw new InputException(at, "duplicate key" + Text.quoted(at, key));
        }
        throw e;
      }
    }

    private ListNode list(Location at, int depth) throws IOException {
      Consumer<YamlNode> sink = depth == rootDepth ? rootItems : null;
      List<YamlNode> items = new ArrayList<>();
      JsonToken t;
      while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
        if (t == null) {
          throw new InputException(here(), "unexpected end of file in a list");
        }
        YamlNode item = value(t, depth + 1);
        if (sink == null) {
          items.add(item);
        } else {
          sink.accept(item);
        }
      }
      return new ListNode(at, items);
    }
  }
}
