package dev.placementadvisor.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.MalformedInputException;

/**
 * A buffered writer of UTF-8 to a stream, for report files: like {@code
 * Files.newBufferedWriter(path, UTF_8)} it refuses a lone surrogate with a {@link
 * MalformedInputException}, but with a larger buffer, no intermediate char buffer, and {@link
 * #writeUtf8} for renderers that already hold their text as UTF-8 bytes.
 */
public final class Utf8Writer extends Writer {
  /** The buffer's size: large writes of a big report take few system calls. */
  static final int BUFFER = 1 << 17;

  private final OutputStream out;
  private final byte[] buf = new byte[BUFFER];
  private int len;

  /** A high surrogate that ended the last write, waiting for its low half; 0 when none. */
  private char pendingHigh;

  private boolean closed;

  public Utf8Writer(OutputStream out) {
    this.out = out;
  }

  /** Writes bytes that are already UTF-8 text. */
  public void writeUtf8(byte[] b, int off, int n) throws IOException {
    ensureOpen();
    if (pendingHigh != 0) {
      throw new MalformedInputException(1);
    }
    if (n >= BUFFER) {
      flushBuffer();
      out.write(b, off, n);
      return;
    }
    if (len + n > BUFFER) {
      flushBuffer();
    }
    System.arraycopy(b, off, buf, len, n);
    len += n;
  }

  @Override
  public void write(int c) throws IOException {
    write(String.valueOf((char) c), 0, 1);
  }

  @Override
  public void write(char[] cbuf, int off, int n) throws IOException {
    ensureOpen();
    java.util.Objects.checkFromIndexSize(off, n, cbuf.length);
    int end = off + n;
    int i = off;
    if (pendingHigh != 0 && i < end) {
      room();
      i = encode(cbuf[i], i, end, cbuf, null);
    }
    while (i < end) {
      room();
      // Room for every char up to stop at three bytes each (a pair takes four for two chars).
      int stop = Math.min(end, i + (BUFFER - len - 4) / 3);
      byte[] b = buf;
      int p = len;
      while (i < stop) {
        char c = cbuf[i];
        if (c < 0x80) {
          b[p++] = (byte) c;
          i++;
        } else {
          len = p;
          i = encode(c, i, end, cbuf, null);
          p = len;
        }
      }
      len = p;
    }
  }

  @Override
  public void write(String s, int off, int n) throws IOException {
    ensureOpen();
    java.util.Objects.checkFromIndexSize(off, n, s.length());
    int end = off + n;
    int i = off;
    if (pendingHigh != 0 && i < end) {
      room();
      i = encode(s.charAt(i), i, end, null, s);
    }
    while (i < end) {
      room();
      int stop = Math.min(end, i + (BUFFER - len - 4) / 3);
      byte[] b = buf;
      int p = len;
      while (i < stop) {
        char c = s.charAt(i);
        if (c < 0x80) {
          b[p++] = (byte) c;
          i++;
        } else {
          len = p;
          i = encode(c, i, end, null, s);
          p = len;
        }
      }
      len = p;
    }
  }

  /** Makes room for at least a few chars. */
  private void room() throws IOException {
    if (BUFFER - len < 8) {
      flushBuffer();
    }
  }

  /**
   * Encodes the char at {@code i} (from either source) and, for a surrogate pair, its low half;
   * returns the index after them. The buffer has room for four bytes.
   */
  private int encode(char c, int i, int end, char[] chars, String s) throws IOException {
    if (pendingHigh != 0) {
      if (!Character.isLowSurrogate(c)) {
        throw new MalformedInputException(1);
      }
      putCodePoint(Character.toCodePoint(pendingHigh, c));
      pendingHigh = 0;
      return i + 1;
    }
    if (c < 0x800) {
      buf[len++] = (byte) (0xC0 | (c >> 6));
      buf[len++] = (byte) (0x80 | (c & 0x3F));
      return i + 1;
    }
    if (Character.isHighSurrogate(c)) {
      if (i + 1 == end) {
        pendingHigh = c; // the low half may come with the next write
        return i + 1;
      }
      char low = chars != null ? chars[i + 1] : s.charAt(i + 1);
      if (!Character.isLowSurrogate(low)) {
        throw new MalformedInputException(1);
      }
      putCodePoint(Character.toCodePoint(c, low));
      return i + 2;
    }
    if (Character.isLowSurrogate(c)) {
      throw new MalformedInputException(1);
    }
    buf[len++] = (byte) (0xE0 | (c >> 12));
    buf[len++] = (byte) (0x80 | ((c >> 6) & 0x3F));
    buf[len++] = (byte) (0x80 | (c & 0x3F));
    return i + 1;
  }

  /**
   * Encodes whole text (no pair split from an earlier call) as {@link Utf8Writer} would, into
   * {@code dst}, which has room for three bytes a char; returns the end in {@code dst}.
   *
   * @throws MalformedInputException for a lone surrogate
   */
  static int encode(char[] src, int n, byte[] dst, int p) throws MalformedInputException {
    int i = 0;
    while (i < n) {
      char c = src[i++];
      if (c < 0x80) {
        dst[p++] = (byte) c;
      } else if (c < 0x800) {
        dst[p++] = (byte) (0xC0 | (c >> 6));
        dst[p++] = (byte) (0x80 | (c & 0x3F));
      } else if (!Character.isSurrogate(c)) {
        dst[p++] = (byte) (0xE0 | (c >> 12));
        dst[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        dst[p++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c) && i < n && Character.isLowSurrogate(src[i])) {
        int cp = Character.toCodePoint(c, src[i++]);
        dst[p++] = (byte) (0xF0 | (cp >> 18));
        dst[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        dst[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        dst[p++] = (byte) (0x80 | (cp & 0x3F));
      } else {
        throw new MalformedInputException(1);
      }
    }
    return p;
  }

  private void putCodePoint(int cp) {
    buf[len++] = (byte) (0xF0 | (cp >> 18));
    buf[len++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
    buf[len++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
    buf[len++] = (byte) (0x80 | (cp & 0x3F));
  }

  @Override
  public Writer append(CharSequence csq) throws IOException {
    String s = String.valueOf(csq);
    write(s, 0, s.length());
    return this;
  }

  @Override
  public Writer append(CharSequence csq, int start, int end) throws IOException {
    String s = String.valueOf(csq == null ? "null" : csq.subSequence(start, end));
    write(s, 0, s.length());
    return this;
  }

  private void flushBuffer() throws IOException {
    if (len > 0) {
      out.write(buf, 0, len);
      len = 0;
    }
  }

  @Override
  public void flush() throws IOException {
    ensureOpen();
    flushBuffer();
    out.flush();
  }

  /** Writes what is buffered and closes the stream; a high surrogate left waiting is an error. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try (out) {
      if (pendingHigh != 0) {
        throw new MalformedInputException(1);
      }
      flushBuffer();
    }
  }

  private void ensureOpen() throws IOException {
    if (closed) {
      throw new IOException("Stream closed");
    }
  }
}
