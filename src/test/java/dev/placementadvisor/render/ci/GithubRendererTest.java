package dev.placementadvisor.render.ci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.placementadvisor.compare.Comparison;
import dev.placementadvisor.render.ComparisonFixtures;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --format github}: workflow commands and their escaping. */
class GithubRendererTest {
  private static String render(Comparison c) throws IOException {
    StringWriter out = new StringWriter();
    new GithubRenderer().render(c, out);
    return out.toString();
  }

  @Test
  void escapesPropertiesAndData() {
    // Line breaks are shown, never written: an annotation is one line, as the runner reads it.
    assertThat(GithubRenderer.data("50% a:b,c\r\nd")).isEqualTo("50%25 a:b,c\\u000d\\u000ad");
    assertThat(GithubRenderer.property("50% a:b,c\r\nd"))
        .isEqualTo("50%25 a%3Ab%2Cc\\u000d\\u000ad");
  }

  @Test
  void oneCommandPerFindingWithEscapedAwkwardNames() throws IOException {
    String out = render(ComparisonFixtures.awkward("inv:dir,1/inventory.yaml", false));
    List<String> lines = out.lines().toList();
    String file = "file=inv%3Adir%2C1/inventory.yaml";
    assertThat(lines)
        .containsExactly(
            "::error "
                + file
                + ",title=advisor%3A gate max-increase 10%25 failed::monthly cost"
                + " rose past 10%25: $36.00 → $47.50 (+$11.50, +31.9%25); driven by a:b,c%25d &"
                + " <e> \"f\" 'g' +$30.00 (+300%25), new +$2.50 (added)",
            "::error "
                + file
                + ",title=advisor%3A gate budget $45.00 failed::monthly cost $47.50"
                + " exceeds the budget of $45.00; largest: a:b,c%25d & <e> \"f\" 'g' $40.00, moved"
                + " $4.00, new $2.50, steady $1.00",
            "::error "
                + file
                + ",line=3,col=5,title=advisor%3A a%3Ab%2Cc%25d & <e> \"f\" 'g'::"
                + "monthly cost $10.00 → $40.00 (+$30.00, +300%25); fails max-increase 10%25,"
                + " max-service-increase $5, budget $45.00",
            "::error "
                + file
                + ",title=advisor%3A moved::placement serverless → kubernetes;"
                + " monthly cost $5.00 → $4.00 (-$1.00, -20%25); fails budget $45.00,"
                + " placement-change",
            "::error "
                + file
                + ",line=20,col=5,title=advisor%3A steady::unchanged: wasm-edge,"
                + " $1.00 a month; fails budget $45.00",
            "::error "
                + file
                + ",line=25,col=5,title=advisor%3A new::added: serverless, $2.50 a"
                + " month; fails max-increase 10%25, budget $45.00",
            "::notice " + file + ",title=advisor%3A gone::removed: was kubernetes, $20.00 a month",
            "advisor: monthly cost $36.00 → $47.50 (+$11.50, +31.9%); 4 of 4 gates failed");
  }

  @Test
  void withoutGatesRisesWarnAndTheRestAreNotices() throws IOException {
    List<String> lines = render(ComparisonFixtures.ungated("inventory.yaml")).lines().toList();
    assertThat(lines)
        .containsExactly(
            "::warning file=inventory.yaml,line=3,col=5,title=advisor%3A up::monthly cost $10.00 →"
                + " $12.00 (+$2.00, +20%25)",
            "::notice file=inventory.yaml,line=8,col=5,title=advisor%3A down::monthly cost $10.00 →"
                + " $8.00 (-$2.00, -20%25)",
            "::notice file=inventory.yaml,line=13,col=5,title=advisor%3A new::added: wasm-edge,"
                + " $1.00 a month",
            "advisor: monthly cost $20.00 → $21.00 (+$1.00, +5%); no gates set");
  }

  @Test
  void noCommandSpansTwoLines() throws IOException {
    String out = render(ComparisonFixtures.awkward("inventory.yaml", false));
    assertThat(out.lines().filter(l -> !l.startsWith("::") && !l.startsWith("advisor: ")))
        .as("every line is a command or the summary")
        .isEmpty();
  }

  @Test
  void aWarningIsOneEscapedCommand() {
    String w = GithubRenderer.warning("cannot append to x\n::error::y");

    assertThat(w).startsWith("::warning::cannot append to x").endsWith("\n").hasLineCount(1);
    assertThat(w.substring(0, w.length() - 1)).doesNotContain("\n").doesNotContain("\r");
  }
}
