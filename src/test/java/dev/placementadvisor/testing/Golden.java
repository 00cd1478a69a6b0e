package dev.placementadvisor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.opentest4j.AssertionFailedError;

/**
 * Compares output with golden files under {@code src/test/resources/golden}, or rewrites them when
 * the build runs with {@code -Dgolden.update=true}.
 *
 * <p>Line endings are normalised to LF on both sides, so a checkout with CRLF endings still
 * matches. On a mismatch the failure shows a unified-style diff of the first differing lines.
 */
public final class Golden {
  /** Where golden files live, relative to the project directory (Maven's working directory). */
  public static final Path DIR = Paths.get("src", "test", "resources", "golden");

  /** The system property that turns comparing into rewriting. */
  public static final String UPDATE_PROPERTY = "golden.update";

  /** How to regenerate the golden files, for failure messages. */
  public static final String HOW_TO_UPDATE = "./mvnw -B test -Dgolden.update=true";

  private static final int CONTEXT = 3;
  private static final int MAX_HUNK_LINES = 60;
  private static final int MAX_RUN_LINES = 20;
  private static final int WINDOW = 400;

  private Golden() {}

  /**
   * True when golden files should be rewritten. Surefire passes the property through even when it
   * is unset, as the literal {@code ${golden.update}}, so anything but "true" means false.
   */
  public static boolean updating() {
    return "true".equalsIgnoreCase(System.getProperty(UPDATE_PROPERTY, "").trim());
  }

  /** Asserts that {@code actual} matches the golden file {@code name}, or rewrites it. */
  public static void assertMatches(String name, String actual) {
    assertMatches(DIR.resolve(name), actual, updating(), UnaryOperator.identity());
  }

  /**
   * Like {@link #assertMatches(String, String)}, but compares both sides after {@code comparable}
   * has scrubbed what may legitimately vary between runs. The golden file keeps the unscrubbed
   * output, and is rewritten only when the scrubbed forms differ.
   */
  public static void assertMatches(String name, String actual, UnaryOperator<String> comparable) {
    assertMatches(DIR.resolve(name), actual, updating(), comparable);
  }

  /** Asserts that {@code actual} matches {@code file}, or rewrites it when {@code update}. */
  public static void assertMatches(Path file, String actual, boolean update) {
    assertMatches(file, actual, update, UnaryOperator.identity());
  }

  /**
   * Asserts that {@code actual} matches {@code file} once both are scrubbed by {@code comparable},
   * or rewrites the file when {@code update} and the scrubbed forms differ.
   */
  public static void assertMatches(
      Path file, String actual, boolean update, UnaryOperator<String> comparable) {
    String got = normalise(actual);
    if (update) {
      if (!Files.isRegularFile(file)
          || !comparable.apply(normalise(read(file))).equals(comparable.apply(got))) {
        write(file, got);
      }
      return;
    }
    if (!Files.isRegularFile(file)) {
      throw new AssertionFailedError(
          "golden file "
              + file
              + " does not exist; create it with "
              + HOW_TO_UPDATE
              + " (then read it and commit it)");
    }
    String expected = comparable.apply(normalise(read(file)));
    got = comparable.apply(got);
    if (!expected.equals(got)) {
      throw new AssertionFailedError(
          "output differs from golden file "
              + file
              + " (if the change is intended, run "
              + HOW_TO_UPDATE
              + " and review the diff)\n"
              + diff(file.toString(), expected, got),
          expected,
          got);
    }
  }

  /** Converts CRLF and lone CR line endings to LF. */
  public static String normalise(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /**
   * A unified-style diff of the first differing lines between {@code expected} and {@code actual}:
   * one hunk with up to three lines of context either side, found by a longest common subsequence
   * over a window of lines after the first difference. Long hunks are cut, and a note says when
   * more differences follow.
   */
  public static String diff(String name, String expected, String actual) {
    Lines a = Lines.of(expected);
    Lines b = Lines.of(actual);
    String header = "--- " + name + "\n+++ actual\n";
    if (a.lines.equals(b.lines)) {
      if (a.finalNewline == b.finalNewline) {
        return "(no difference)\n";
      }
      return header
          + (a.finalNewline ? "(the actual output lacks" : "(the actual output has")
          + " a newline at the end of the last line)\n";
    }
    int prefix = 0;
    int max = Math.min(a.lines.size(), b.lines.size());
    while (prefix < max && a.lines.get(prefix).equals(b.lines.get(prefix))) {
      prefix++;
    }
    List<String> wa = a.lines.subList(prefix, Math.min(a.lines.size(), prefix + WINDOW));
    List<String> wb = b.lines.subList(prefix, Math.min(b.lines.size(), prefix + WINDOW));
    List<Op> ops = lcs(wa, wb);

    // The hunk runs from the first change until 2 * CONTEXT equal lines in a row (or the window
    // ends), then takes CONTEXT of those equal lines as trailing context.
    int end = 0;
    int equalRun = 0;
    for (int i = 0; i < ops.size(); i++) {
      if (ops.get(i).kind == ' ') {
        equalRun++;
        if (equalRun > 2 * CONTEXT) {
          break;
        }
      } else {
        equalRun = 0;
        end = i + 1;
      }
    }
    int trailing = 0;
    while (trailing < CONTEXT
        && end + trailing < ops.size()
        && ops.get(end + trailing).kind == ' ') {
      trailing++;
    }
    int from = Math.max(0, prefix - CONTEXT);
    List<String> body = new ArrayList<>();
    for (int i = from; i < prefix; i++) {
      body.add(" " + a.lines.get(i));
    }
    int aCount = prefix - from;
    int bCount = prefix - from;
    List<String> minus = new ArrayList<>();
    List<String> plus = new ArrayList<>();
    for (int i = 0; i < end + trailing; i++) {
      Op op = ops.get(i);
      if (op.kind == ' ') {
        flush(body, minus, plus);
        body.add(" " + op.line);
        aCount++;
        bCount++;
      } else if (op.kind == '-') {
        minus.add("-" + op.line);
        aCount++;
      } else {
        plus.add("+" + op.line);
        bCount++;
      }
    }
    flush(body, minus, plus);
    int aConsumed = prefix + (aCount - (prefix - from));
    int bConsumed = prefix + (bCount - (prefix - from));

    StringBuilder out = new StringBuilder(header);
    out.append("@@ -").append(range(from, aCount)).append(" +").append(range(from, bCount));
    out.append(" @@\n");
    int shown = Math.min(body.size(), MAX_HUNK_LINES);
    for (int i = 0; i < shown; i++) {
      out.append(body.get(i)).append('\n');
    }
    if (body.size() > shown) {
      out.append("... ").append(body.size() - shown).append(" more line(s) of this hunk\n");
    }
    boolean restDiffers =
        !a.lines
            .subList(Math.min(aConsumed, a.lines.size()), a.lines.size())
            .equals(b.lines.subList(Math.min(bConsumed, b.lines.size()), b.lines.size()));
    if (restDiffers) {
      out.append("... more differences follow\n");
    } else if (a.finalNewline != b.finalNewline) {
      out.append(a.finalNewline ? "(the actual output lacks" : "(the actual output has")
          .append(" a newline at the end of the last line)\n");
    }
    return out.toString();
  }

  private static void flush(List<String> body, List<String> minus, List<String> plus) {
    addCut(body, minus, '-');
    addCut(body, plus, '+');
    minus.clear();
    plus.clear();
  }

  /** Adds a run of removed or added lines, keeping at most MAX_RUN_LINES of it. */
  private static void addCut(List<String> body, List<String> run, char sign) {
    body.addAll(run.subList(0, Math.min(run.size(), MAX_RUN_LINES)));
    if (run.size() > MAX_RUN_LINES) {
      body.add(sign + "... " + (run.size() - MAX_RUN_LINES) + " more line(s)");
    }
  }

  private static String range(int start, int count) {
    // Unified diff ranges are 1-based; an empty range names the line before it.
    return (count == 0 ? start : start + 1) + "," + count;
  }

  /** One line of an edit script: ' ' kept, '-' only in expected, '+' only in actual. */
  private record Op(char kind, String line) {}

  /** The edit script turning {@code a} into {@code b}, from a longest common subsequence. */
  private static List<Op> lcs(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int[][] len = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        len[i][j] =
            a.get(i).equals(b.get(j))
                ? len[i + 1][j + 1] + 1
                : Math.max(len[i + 1][j], len[i][j + 1]);
      }
    }
    List<Op> ops = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      if (a.get(i).equals(b.get(j))) {
        ops.add(new Op(' ', a.get(i++)));
        j++;
      } else if (len[i + 1][j] >= len[i][j + 1]) {
        ops.add(new Op('-', a.get(i++)));
      } else {
        ops.add(new Op('+', b.get(j++)));
      }
    }
    while (i < n) {
      ops.add(new Op('-', a.get(i++)));
    }
    while (j < m) {
      ops.add(new Op('+', b.get(j++)));
    }
    return ops;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read golden file " + file, e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      if (dir != null) {
        Files.createDirectories(dir);
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
      System.err.println("golden: wrote " + file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write golden file " + file, e);
    }
  }

  /** Text split into lines, remembering whether it ended with a newline. */
  private record Lines(List<String> lines, boolean finalNewline) {
    static Lines of(String text) {
      // Empty text has no last line, so it counts as ending with one.
      boolean newline = text.isEmpty() || text.endsWith("\n");
      String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
      List<String> lines =
          text.isEmpty() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(body.split("\n", -1)));
      return new Lines(lines, newline);
    }
  }
}
