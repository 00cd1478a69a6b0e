package dev.placementadvisor.render;

import dev.placementadvisor.io.Utf8Writer;
import dev.placementadvisor.report.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;

/** What a renderer writes for a report: to a writer of chars, and to a report file's bytes. */
public final class Rendered {
  private Rendered() {}

  /** The report as written to a {@link StringWriter}. */
  public static String chars(Renderer renderer, Report report) throws IOException {
    StringWriter out = new StringWriter();
    renderer.render(report, out);
    return out.toString();
  }

  /** The report as written to a {@link Utf8Writer}, as a report file gets it. */
  public static byte[] bytes(Renderer renderer, Report report) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Utf8Writer w = new Utf8Writer(bytes)) {
      renderer.render(report, w);
    }
    return bytes.toByteArray();
  }
}
