package dev.placementadvisor.render;

import dev.placementadvisor.compare.Comparison;
import java.io.IOException;
import java.io.Writer;

/** Renders a comparison with a baseline in one output format. Formats only: never computes. */
public interface ComparisonRenderer {
  void render(Comparison comparison, Writer out) throws IOException;
}
