package dev.placementadvisor.compare;

import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Decodes a stream of UTF-8 for the JSON parser, refusing what is not UTF-8 text: a NUL byte, a
 * byte that cannot start a character, a truncated or overlong sequence, an encoded surrogate, a
 * code point beyond U+10FFFF, and more bytes than a report may hold. A leading byte-order mark is
 * skipped.
 *
 * <p>Each refusal is an {@link InputException} at the line and column of the offending byte,
 * counted as the JSON parser counts them (lines end at LF, CR or CR LF; columns are UTF-16 chars
 * from 1), and never quotes the bytes. Characters before the offending byte are handed out first,
 * so a syntax error earlier in the file is reported before the bad byte.
 */
final class StrictUtf8Reader extends Reader {
  private static final int BUFFER_BYTES = 64 * 1024;

  private final InputStream in;
  private final String file;
  private final long maxBytes;
  private final byte[] buf = new byte[BUFFER_BYTES];

  /** The next byte to decode, and the end of the bytes read, in {@link #buf}. */
  private int pos;

  private int limit;

  /** Bytes of the input before {@code buf[0]}. */
  private long bytesBefore;

  private boolean eof;
  private boolean started;

  /** The byte before {@code buf[0]} (to tell CR LF from LF at the start of the buffer). */
  private int byteBefore = -1;

  /** The second half of a surrogate pair that did not fit in the caller's array. */
  private char pendingLow;

  /** UTF-16 chars handed out so far. */
  private long chars;

  /** The 1-based line of the next char, and the char count at which that line starts. */
  private int line = 1;

  private long lineStart;

  StrictUtf8Reader(InputStream in, String file, long maxBytes) {
    this.in = in;
    this.file = file;
    this.maxBytes = maxBytes;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len <= 0) {
      return 0;
    }
    int o = off;
    int end = off + len;
    if (pendingLow != 0) {
      cbuf[o++] = pendingLow;
      pendingLow = 0;
    }
    if (!started) {
      start();
    }
    while (o < end) {
      if (pos >= limit && (o > off || !fill())) {
        break;
      }
      int produced = decode(cbuf, o, end);
      if (produced == 0) {
        // The next byte starts a sequence that is not all read, or is bad: with chars already
        // decoded, hand those out first; otherwise read on, or report it.
        if (o > off) {
          break;
        }
        produced = slowPath(cbuf, o, end);
        if (produced < 0) {
          break; // the end of the input
        }
      }
      o += produced;
    }
    return o > off ? o - off : -1;
  }

  /**
   * Decodes whole characters from {@code buf[pos..limit)} into {@code cbuf[o..end)} and returns how
   * many chars it wrote; stops at a sequence that does not lie wholly in the buffer, or that is not
   * valid, leaving {@link #pos} on it.
   */
  private int decode(char[] cbuf, int from, int end) {
    byte[] b = buf;
    int p = pos;
    int lim = limit;
    int o = from;
    while (o < end && p < lim) {
      // A run of ASCII other than NUL, CR and LF, most of a report, in the tightest loop.
      int n = Math.min(end - o, lim - p);
      int i = 0;
      while (i < n && b[p + i] >= 0x0E) {
        cbuf[o + i] = (char) b[p + i];
        i++;
      }
      p += i;
      o += i;
      if (i == n) {
        break;
      }
      int c = b[p];
      if (c > 0) {
        cbuf[o++] = (char) c;
        p++;
        if (c == '\n') {
          int before = p >= 2 ? b[p - 2] : byteBefore;
          if (before != '\r') {
            line++;
          }
          lineStart = chars + (o - from);
        } else if (c == '\r') {
          line++;
          lineStart = chars + (o - from);
        }
        continue;
      }
      if (c == 0) {
        break;
      }
      int need = sequenceLength(c & 0xFF);
      if (need == 0 || p + need > lim || !valid(b, p, need)) {
        break;
      }
      int cp = codePoint(b, p, need);
      if (cp >= 0x10000) {
        if (o + 2 > end) {
          break;
        }
        cbuf[o++] = Character.highSurrogate(cp);
        cbuf[o++] = Character.lowSurrogate(cp);
      } else {
        cbuf[o++] = (char) cp;
      }
      p += need;
    }
    pos = p;
    chars += o - from;
    return o - from;
  }

  /**
   * The byte at {@link #pos} could not be decoded by {@link #decode}: reads more when a sequence
   * continues past the buffer, hands out a surrogate pair one char at a time when the caller has
   * room for one, and otherwise reports the byte. Returns the chars written, or -1 at the end of
   * the input.
   */
  private int slowPath(char[] cbuf, int o, int end) throws IOException {
    if (pos >= limit && !fill()) {
      return -1;
    }
    int c = buf[pos] & 0xFF;
    if (c == 0) {
      throw new InputException(here(), "binary content (a NUL byte): expected a text file");
    }
    int need = sequenceLength(c);
    if (need == 0) {
      throw notUtf8();
    }
    while (limit - pos < need) {
      if (!fill()) {
        throw notUtf8(); // cut off by the end of the input
      }
    }
    if (!valid(buf, pos, need)) {
      throw notUtf8();
    }
    int produced = decode(cbuf, o, end);
    if (produced > 0) {
      return produced;
    }
    // A character beyond U+FFFF and room for only one char: give its halves one at a time.
    int cp = codePoint(buf, pos, need);
    pos += need;
    cbuf[o] = Character.highSurrogate(cp);
    pendingLow = Character.lowSurrogate(cp);
    chars += 2;
    return 1;
  }

  /** Skips a UTF-8 byte-order mark at the start of the input. */
  private void start() throws IOException {
    started = true;
    while (limit - pos < 3 && fill()) {
      // read until three bytes or the end
    }
    if (limit - pos >= 3
        && (buf[pos] & 0xFF) == 0xEF
        && (buf[pos + 1] & 0xFF) == 0xBB
        && (buf[pos + 2] & 0xFF) == 0xBF) {
      pos += 3;
    }
  }

  /**
   * Reads more input after the bytes not yet decoded, which move to the start of the buffer; false
   * at the end of the input.
   */
  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    if (pos > 0) {
      byteBefore = buf[pos - 1];
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      bytesBefore += pos;
      limit -= pos;
      pos = 0;
    }
    int n = in.read(buf, limit, buf.length - limit);
    if (n < 0) {
      eof = true;
      return false;
    }
    limit += n;
    if (bytesBefore + limit > maxBytes) {
      throw new InputException(
          Location.ofFile(file),
          "more than "
              + maxBytes
              + " bytes to read; the largest report read is "
              + maxBytes
              + " bytes");
    }
    return true;
  }

  /** How many bytes the sequence that starts with {@code lead} has, or 0 for a bad lead byte. */
  private static int sequenceLength(int lead) {
    if (lead >= 0xC2 && lead <= 0xDF) {
      return 2;
    }
    if (lead >= 0xE0 && lead <= 0xEF) {
      return 3;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
      return 4;
    }
    return 0;
  }

  /**
   * Whether the {@code need} bytes at {@code p} are a well-formed sequence (Unicode's table 3-7):
   * continuation bytes only, no overlong form, no surrogate, nothing beyond U+10FFFF.
   */
  private static boolean valid(byte[] b, int p, int need) {
    int lead = b[p] & 0xFF;
    int second = b[p + 1] & 0xFF;
    int lo = 0x80;
    int hi = 0xBF;
    if (lead == 0xE0) {
      lo = 0xA0;
    } else if (lead == 0xED) {
      hi = 0x9F;
    } else if (lead == 0xF0) {
      lo = 0x90;
    } else if (lead == 0xF4) {
      hi = 0x8F;
    }
    if (second < lo || second > hi) {
      return false;
    }
    for (int i = 2; i < need; i++) {
      if ((b[p + i] & 0xC0) != 0x80) {
        return false;
      }
    }
    return true;
  }

  private static int codePoint(byte[] b, int p, int need) {
    int lead = b[p] & 0xFF;
    return switch (need) {
      case 2 -> ((lead & 0x1F) << 6) | (b[p + 1] & 0x3F);
      case 3 -> ((lead & 0x0F) << 12) | ((b[p + 1] & 0x3F) << 6) | (b[p + 2] & 0x3F);
      default ->
          ((lead & 0x07) << 18)
              | ((b[p + 1] & 0x3F) << 12)
              | ((b[p + 2] & 0x3F) << 6)
              | (b[p + 3] & 0x3F);
    };
  }

  private InputException notUtf8() {
    return new InputException(here(), "not UTF-8 text: invalid byte sequence");
  }

  /** Where the next char would be. */
  private Location here() {
    return new Location(file, line, (int) Math.min(Integer.MAX_VALUE, chars - lineStart + 1));
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
