package dev.placementadvisor.render;

import dev.placementadvisor.report.Report;
import java.io.IOException;
import java.io.Writer;

/** Renders a report in one output format. Renderers only format: they never compute. */
public interface Renderer {
  void render(Report report, Writer out) throws IOException;
}
