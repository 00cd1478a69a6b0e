package dev.placementadvisor.io;

import java.io.IOException;
import java.io.Writer;

/**
 * A part of a text report, rendered (perhaps on a worker thread) into {@link #text} and made ready
 * to write there: as chars, and, for a {@link Utf8Writer}, also encoded, so that the thread that
 * writes only copies.
 */
public final class TextChunk {
  public final StringBuilder text = new StringBuilder(1 << 12);
  private char[] chars = new char[0];
  private int charCount;
  private byte[] bytes = new byte[0];
  private int byteCount;
  private boolean ready;

  /** Empties the chunk for the next part. */
  public void clear() {
    text.setLength(0);
    ready = false;
  }

  /** Prepares the text for writing; for {@code utf8}, encodes it as UTF-8. */
  public void finish(boolean utf8) throws IOException {
    int n = text.length();
    if (chars.length < n) {
      chars = new char[Math.max(n, chars.length * 2)];
    }
    text.getChars(0, n, chars, 0);
    charCount = n;
    if (utf8) {
      if (bytes.length < 3L * n) {
        bytes = new byte[Math.max(3 * n, bytes.length * 2)];
      }
      byteCount = Utf8Writer.encode(chars, n, bytes, 0);
    }
    ready = true;
  }

  /** Writes the text (finishing it here if that was not done) and empties the chunk. */
  public void writeTo(Writer out, Utf8Writer utf8) throws IOException {
    if (!ready) {
      finish(utf8 != null);
    }
    if (utf8 != null) {
      utf8.writeUtf8(bytes, 0, byteCount);
    } else {
      out.write(chars, 0, charCount);
    }
    clear();
  }
}
