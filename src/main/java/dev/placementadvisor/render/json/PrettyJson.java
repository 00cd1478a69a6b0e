package dev.placementadvisor.render.json;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Writes pretty-printed JSON as UTF-8 into a growable byte buffer, exactly as Jackson's generator
 * with {@link JsonRenderer#prettyPrinter()} writes it to a {@link java.io.Writer}: two spaces per
 * level, {@code "name": value}, {@code []} and {@code {}} when empty, and Jackson's string escapes
 * (the short ones for {@code \b \t \n \f \r}, {@code \\u00XX} for other control characters, nothing
 * else escaped).
 *
 * <p>A writer can start inside an array of an enclosing document ({@link #continueArray}), so that
 * parts of one document can be written separately, in any order, and joined.
 *
 * <p>A lone surrogate cannot be encoded in UTF-8. A strict writer refuses it as a file writer would
 * ({@link MalformedInputException}); a lenient one writes it as the three bytes a surrogate would
 * take, which {@link #decode} turns back into the same char, for writers that take chars.
 */
public final class PrettyJson {
  private static final int MAX_DEPTH = 64;
  private static final byte[] INDENT = indent();
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

  /**
   * For each ASCII char: 0 when written as is, -1 for a {@code \\u00XX} escape, otherwise the
   * letter of its short escape.
   */
  private static final byte[] ESCAPES = escapes();

  /** The bytes of ISO-8859-1 text written as they are; not '?', which stands for any other char. */
  private static final boolean[] PLAIN = plain();

  private final boolean strict;
  private byte[] buf;
  private int len;
  private int depth;
  private final boolean[] inArray = new boolean[MAX_DEPTH];
  private final int[] entries = new int[MAX_DEPTH];

  public PrettyJson(int capacity, boolean strict) {
    this.buf = new byte[Math.max(capacity, 64)];
    this.strict = strict;
  }

  /** Empties the buffer (once its bytes are written) and stays where it is in the document. */
  public void clear() {
    len = 0;
  }

  /**
   * Continues inside an array whose elements are at {@code depth} levels of nesting, after {@code
   * before} elements: the next value starts with the separator it would have there.
   */
  void continueArray(int depth, int before) {
    this.depth = depth;
    inArray[depth] = true;
    entries[depth] = before;
  }

  public byte[] bytes() {
    return buf;
  }

  public int length() {
    return len;
  }

  /**
   * A field's name, encoded once: {@code "name": } and, for each of the first few levels of
   * nesting, with the line break and indentation before it, and the comma for a field after the
   * first.
   */
  public static final class Name {
    private static final int LEVELS = 8;
    final byte[] quoted;
    final byte[][] first = new byte[LEVELS][];
    final byte[][] next = new byte[LEVELS][];

    Name(String name) {
      PrettyJson j = new PrettyJson(name.length() * 6 + 4, true);
      try {
        j.string(name);
      } catch (IOException e) {
        throw new IllegalArgumentException(e);
      }
      j.ensure(2);
      j.buf[j.len++] = ':';
      j.buf[j.len++] = ' ';
      quoted = java.util.Arrays.copyOf(j.buf, j.len);
      for (int depth = 0; depth < LEVELS; depth++) {
        int indent = 1 + 2 * depth;
        first[depth] = new byte[indent + quoted.length];
        System.arraycopy(INDENT, 0, first[depth], 0, indent);
        System.arraycopy(quoted, 0, first[depth], indent, quoted.length);
        next[depth] = new byte[1 + first[depth].length];
        next[depth][0] = ',';
        System.arraycopy(first[depth], 0, next[depth], 1, first[depth].length);
      }
    }
  }

  // ------------------------------------------------------------------ structure

  void startObject() {
    beforeValue();
    open(false);
    ensure(1);
    buf[len++] = '{';
  }

  void endObject() {
    close('}');
  }

  void startArray() {
    beforeValue();
    open(true);
    ensure(1);
    buf[len++] = '[';
  }

  void endArray() {
    close(']');
  }

  /** Starts a field of the current object. */
  public void field(Name name) {
    int d = depth;
    int n = entries[d]++;
    if (d < Name.LEVELS) {
      byte[] b = n == 0 ? name.first[d] : name.next[d];
      ensure(b.length);
      System.arraycopy(b, 0, buf, len, b.length);
      len += b.length;
      return;
    }
    byte[] quoted = name.quoted;
    ensure(quoted.length + d * 2 + 2);
    if (n > 0) {
      buf[len++] = ',';
    }
    newline();
    System.arraycopy(quoted, 0, buf, len, quoted.length);
    len += quoted.length;
  }

  private void open(boolean array) {
    depth++;
    if (depth >= MAX_DEPTH) {
      throw new IllegalStateException("JSON nested too deep");
    }
    inArray[depth] = array;
    entries[depth] = 0;
  }

  private void close(char c) {
    int n = entries[depth];
    depth--;
    ensure(depth * 2 + 2);
    if (n > 0) {
      newline();
    }
    buf[len++] = (byte) c;
  }

  /** An array element's separator and indentation; nothing for a field's value or at the top. */
  private void beforeValue() {
    if (depth > 0 && inArray[depth]) {
      int n = entries[depth]++;
      ensure(depth * 2 + 2);
      if (n > 0) {
        buf[len++] = ',';
      }
      newline();
    }
  }

  /** A line break and the current level's indentation; the caller ensured the room. */
  private void newline() {
    int n = 1 + depth * 2;
    System.arraycopy(INDENT, 0, buf, len, n);
    len += n;
  }

  // ------------------------------------------------------------------ values

  void nullValue() {
    beforeValue();
    raw(NULL);
  }

  public void bool(boolean v) {
    beforeValue();
    raw(v ? TRUE : FALSE);
  }

  public void number(long v) {
    beforeValue();
    ensure(20);
    if (v < 0) {
      if (v == Long.MIN_VALUE) {
        raw(Long.toString(v).getBytes(StandardCharsets.US_ASCII));
        return;
      }
      buf[len++] = '-';
      v = -v;
    }
    digits(v);
  }

  /** Money rounded to cents, half up, with two decimals: 1234.50. */
  public void money(double usd) {
    long c = dev.placementadvisor.input.Format.fastCents(usd);
    if (c == dev.placementadvisor.input.Format.NO_FAST_CENTS) {
      ascii(dev.placementadvisor.input.Format.cents(usd).toString());
      return;
    }
    beforeValue();
    ensure(24);
    if (c < 0) {
      buf[len++] = '-';
      c = -c;
    }
    digits(c / 100);
    int rest = (int) (c % 100);
    buf[len++] = '.';
    buf[len++] = (byte) ('0' + rest / 10);
    buf[len++] = (byte) ('0' + rest % 10);
  }

  /**
   * A number: whole numbers without a fraction, others rounded half up to at most six decimals
   * (BigDecimal's text, as the report always printed them).
   */
  public void number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 9e15) {
      number((long) v);
      return;
    }
    ascii(
        new java.math.BigDecimal(Double.toString(v))
            .setScale(6, java.math.RoundingMode.HALF_UP)
            .stripTrailingZeros()
            .toString());
  }

  /** ASCII text without anything to escape (a number's digits), written as is. */
  private void ascii(CharSequence s) {
    beforeValue();
    int n = s.length();
    ensure(n);
    for (int i = 0; i < n; i++) {
      buf[len++] = (byte) s.charAt(i);
    }
  }

  private void raw(byte[] b) {
    ensure(b.length);
    System.arraycopy(b, 0, buf, len, b.length);
    len += b.length;
  }

  /** The digits of a non-negative number; the caller ensured the room. */
  private void digits(long v) {
    if (v < 10) {
      buf[len++] = (byte) ('0' + v);
      return;
    }
    int n = 1;
    for (long t = v / 10; t > 0; t /= 10) {
      n++;
    }
    int end = len + n;
    for (int i = end - 1; i >= len; i--) {
      buf[i] = (byte) ('0' + v % 10);
      v /= 10;
    }
    len = end;
  }

  /** A string value, or null. */
  void stringOrNull(String s) throws IOException {
    if (s == null) {
      nullValue();
    } else {
      string(s);
    }
  }

  /** A quoted, escaped string value. */
  public void string(String s) throws IOException {
    beforeValue();
    int n = s.length();
    ensure(n * 6 + 2);
    // The common case, ASCII that needs no escape, one byte per char: ISO-8859-1 gives those
    // chars as they are (fast, for a string stored as Latin-1) and '?' for any char beyond it.
    byte[] latin = s.getBytes(StandardCharsets.ISO_8859_1);
    int plain = 0;
    while (plain < latin.length && PLAIN[latin[plain] & 0xFF]) {
      plain++;
    }
    byte[] b = buf;
    int p = len;
    b[p++] = '"';
    System.arraycopy(latin, 0, b, p, plain);
    p += plain;
    if (plain < n) {
      // Up to the first char that is not plain, latin holds the chars one for one.
      p = rest(s, plain, n, b, p);
    }
    b[p++] = '"';
    len = p;
  }

  /** Escapes and encodes the rest of a string from {@code i}; returns the new position. */
  private int rest(String s, int i, int n, byte[] b, int p) throws IOException {
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        int e = ESCAPES[c];
        if (e == 0) {
          b[p++] = (byte) c;
        } else if (e > 0) {
          b[p++] = '\\';
          b[p++] = (byte) e;
        } else {
          b[p++] = '\\';
          b[p++] = 'u';
          b[p++] = '0';
          b[p++] = '0';
          b[p++] = HEX[c >> 4];
          b[p++] = HEX[c & 0xF];
        }
      } else if (c < 0x800) {
        b[p++] = (byte) (0xC0 | (c >> 6));
        b[p++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        b[p++] = (byte) (0xF0 | (cp >> 18));
        b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        b[p++] = (byte) (0x80 | (cp & 0x3F));
      } else {
        if (strict && Character.isSurrogate(c)) {
          throw new MalformedInputException(1);
        }
        b[p++] = (byte) (0xE0 | (c >> 12));
        b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        b[p++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    return p;
  }

  /** Ends the document as the report does, with a line break. */
  void newlineAtEnd() {
    ensure(1);
    buf[len++] = '\n';
  }

  private void ensure(int room) {
    if (len + room > buf.length) {
      buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + room));
    }
  }

  // ------------------------------------------------------------------ chars

  /**
   * Decodes {@code n} bytes this class wrote into {@code out} (which must have room for {@code n}
   * chars), surrogates written by a lenient writer included; returns the number of chars.
   */
  public static int decode(byte[] in, int n, char[] out) {
    int i = 0;
    int o = 0;
    while (i < n) {
      int b = in[i];
      if (b >= 0) {
        out[o++] = (char) b;
        i++;
      } else if ((b & 0xE0) == 0xC0) {
        out[o++] = (char) (((b & 0x1F) << 6) | (in[i + 1] & 0x3F));
        i += 2;
      } else if ((b & 0xF0) == 0xE0) {
        out[o++] = (char) (((b & 0x0F) << 12) | ((in[i + 1] & 0x3F) << 6) | (in[i + 2] & 0x3F));
        i += 3;
      } else {
        int cp =
            ((b & 0x07) << 18)
                | ((in[i + 1] & 0x3F) << 12)
                | ((in[i + 2] & 0x3F) << 6)
                | (in[i + 3] & 0x3F);
        out[o++] = Character.highSurrogate(cp);
        out[o++] = Character.lowSurrogate(cp);
        i += 4;
      }
    }
    return o;
  }

  private static final byte[] NULL = {'n', 'u', 'l', 'l'};
  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};

  private static byte[] indent() {
    byte[] b = new byte[1 + MAX_DEPTH * 2];
    java.util.Arrays.fill(b, (byte) ' ');
    b[0] = '\n';
    return b;
  }

  private static boolean[] plain() {
    boolean[] p = new boolean[256];
    for (int c = 0; c < 0x80; c++) {
      p[c] = ESCAPES[c] == 0 && c != '?';
    }
    return p;
  }

  private static byte[] escapes() {
    byte[] e = new byte[128];
    for (int c = 0; c < 0x20; c++) {
      e[c] = -1;
    }
    e['\b'] = 'b';
    e['\t'] = 't';
    e['\n'] = 'n';
    e['\f'] = 'f';
    e['\r'] = 'r';
    e['"'] = '"';
    e['\\'] = '\\';
    return e;
  }
}
