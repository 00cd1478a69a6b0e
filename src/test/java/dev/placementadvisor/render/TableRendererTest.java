package dev.placementadvisor.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.placementadvisor.report.Report;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The table renderer writes what it wrote when it held the whole table, with or without colour. */
class TableRendererTest {
  private static String render(Renderer renderer, Report report) throws IOException {
    StringWriter out = new StringWriter();
    renderer.render(report, out);
    return out.toString();
  }

  @Test
  void sameTextAsTheTableHeldWhole() throws IOException {
    for (int services : new int[] {0, 1, 2, 50, 3000}) {
      for (boolean wild : new boolean[] {false, true}) {
        Report report = RandomReports.of(services, services + (wild ? 1 : 0), wild);
        for (boolean color : new boolean[] {false, true}) {
          assertThat(render(new TableRenderer(color), report))
              .as("%d services, colour %s", services, color)
              .isEqualTo(render(new LegacyTableRenderer(color), report));
        }
      }
    }
  }
}
