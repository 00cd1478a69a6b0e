package dev.placementadvisor.io;

import java.io.OutputStream;
import java.io.PrintWriter;

/**
 * The process's standard output as UTF-8: a {@link PrintWriter} for picocli and messages, over a
 * {@link Utf8Writer} that a report is written to directly (see {@link AtomicOutput}), so that a
 * renderer holding its text as UTF-8 bytes passes them straight through.
 */
public final class StandardOutput extends PrintWriter {
  private final Utf8Writer utf8;

  public StandardOutput(OutputStream out) {
    this(new Utf8Writer(out));
  }

  private StandardOutput(Utf8Writer utf8) {
    super(utf8, false);
    this.utf8 = utf8;
  }

  /** The UTF-8 writer under this one; flush this writer before writing to it. */
  public Utf8Writer utf8() {
    return utf8;
  }
}
