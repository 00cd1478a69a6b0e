package dev.placementadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.placementadvisor.inventory.Inventory;
import dev.placementadvisor.inventory.InventoryLoader;
import dev.placementadvisor.render.json.JsonRenderer;
import dev.placementadvisor.render.markdown.MarkdownRenderer;
import dev.placementadvisor.report.Report;
import dev.placementadvisor.report.ServiceAssessment;
import dev.placementadvisor.result.ServiceCosts;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The large-report seam (quotes priced when the report is written) gives the report the quotes held
 * from the start give: the same JSON and markdown, byte for byte, and the same quotes, line for
 * line, for every service.
 */
class QuotesOnReadTest {
  private static Inventory large() {
    Inventory inv =
        InventoryLoader.parse(
            AssessorShortcutsTest.inventory(new Random(11), 300, true, true), "large.yaml");
    assertThat(inv.services().size()).isGreaterThanOrEqualTo(Assessor.QUOTES_ON_READ_FROM);
    return inv;
  }

  private static String json(Report r) throws IOException {
    StringWriter w = new StringWriter();
    new JsonRenderer().render(r, w);
    return w.toString();
  }

  private static String markdown(Report r) throws IOException {
    StringWriter w = new StringWriter();
    new MarkdownRenderer().render(r, w);
    return w.toString();
  }

  @Test
  void aLargeReportIsTheSameWithItsQuotesPricedWhenWritten() throws IOException {
    Inventory inv = large();
    Assessor assessor = AssessorShortcutsTest.assessor(Assessor.FlipPoints.OFF);
    Report onRead = assessor.assess(inv);
    Report held = assessor.withQuotesHeld().assess(inv);
    String expected = json(held);
    assertThat(expected).contains("\"lines\": [");
    assertThat(json(onRead)).isEqualTo(expected);
    assertThat(markdown(onRead)).isEqualTo(markdown(held));
    for (int i = 0; i < inv.services().size(); i++) {
      ServiceAssessment a = onRead.services().get(i);
      ServiceAssessment b = held.services().get(i);
      assertThat(a.costs().choice().platforms().getClass().getSimpleName())
          .isEqualTo("QuotesOnRead");
      assertThat(b.costs().choice().platforms()).isNotEmpty();
      for (int q = 0; q < b.costs().choice().platforms().size(); q++) {
        ServiceCosts.PlatformQuote x = a.costs().choice().platforms().get(q);
        ServiceCosts.PlatformQuote y = b.costs().choice().platforms().get(q);
        assertThat(x).isEqualTo(y);
        assertThat(x.lines()).containsExactlyElementsOf(y.lines());
      }
    }
  }

  @Test
  void aSmallReportHoldsItsQuotes() {
    Inventory inv =
        InventoryLoader.parse(
            AssessorShortcutsTest.inventory(new Random(12), 20, true, false), "small.yaml");
    Report r = AssessorShortcutsTest.assessor(Assessor.FlipPoints.OFF).assess(inv);
    assertThat(r.services().get(0).costs().choice().platforms().getClass().getSimpleName())
        .isNotEqualTo("QuotesOnRead");
  }
}
