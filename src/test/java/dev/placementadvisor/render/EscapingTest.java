package dev.placementadvisor.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.placementadvisor.compare.Comparison;
import dev.placementadvisor.compare.GateOptions;
import dev.placementadvisor.compare.ReportDiff;
import dev.placementadvisor.compare.Snapshot;
import dev.placementadvisor.compare.Threshold;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.render.ci.GithubRenderer;
import dev.placementadvisor.render.ci.JunitRenderer;
import dev.placementadvisor.render.ci.SarifRenderer;
import dev.placementadvisor.render.formats.Renderers;
import dev.placementadvisor.render.markdown.ComparisonMarkdownRenderer;
import dev.placementadvisor.render.markdown.MarkdownRenderer;
import dev.placementadvisor.report.Report;
import dev.placementadvisor.testing.MarkdownDoc;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Text from files and the command line, in every output medium: it shows as written and does
 * nothing else (see docs/security.md). The hostile text holds line breaks that start workflow
 * commands, a runner's {@code ##[} command, terminal escapes (an OSC 8 hyperlink, a colour), a bidi
 * override, a mention, an issue reference, bare URLs, table and HTML markup.
 */
class EscapingTest {
  static final String HOSTILE =
      "x\n"
          + "::error file=a::pwned\r\n"
          + "##[error]y \u001b]8;;http://evil.example\u0007link\u001b]8;;\u0007 \u001b[31mred"
          + " \u202eevil\u202c @octocat #123 https://evil.example/p www.evil.example a@b.example"
          + " a|b <script>alert(1)</script> `c` ::warning::z \u0085nel\u2028ls";

  private static final Pattern MENTION = Pattern.compile("(?<![\\w&#;])@[A-Za-z0-9]");
  private static final Pattern BARE_URL = Pattern.compile("(?i)(?<![<(])(https?://|www\\.)");

  /** A comparison whose every string came from a hostile baseline and inventory. */
  static Comparison hostileComparison() {
    List<Snapshot.Entry> before = new ArrayList<>();
    List<Snapshot.Entry> after = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      before.add(new Snapshot.Entry(HOSTILE + i, HOSTILE, 10, 3 + i, 5));
      after.add(new Snapshot.Entry(HOSTILE + i, "kubernetes", 40, 3 + i, 5));
    }
    before.add(new Snapshot.Entry("gone" + HOSTILE, HOSTILE, 5, 9, 1));
    after.add(new Snapshot.Entry("new" + HOSTILE, "serverless", 5, 10, 1));
    return ReportDiff.compare(
        new Snapshot(HOSTILE, HOSTILE, before, 35),
        new Snapshot(HOSTILE, HOSTILE, after, 125),
        new GateOptions(Threshold.parse("10%"), Threshold.parse("5"), 45.0, true, false));
  }

  /** A report whose file names, organization, service, split and sources are hostile. */
  static Report hostileReport() {
    Report base = RandomReports.withText(RandomReports.of(4, 7, false), 1, HOSTILE, HOSTILE);
    return new Report(
        base.schemaVersion(),
        HOSTILE,
        HOSTILE,
        base.services(),
        new Report.Pricing(
            HOSTILE, HOSTILE, HOSTILE, false, 730, List.of(HOSTILE, "https://aws.amazon.com/x/")),
        base.kubernetesTax(),
        base.curves(),
        base.context());
  }

  /** Nothing a terminal or a CI runner would act on, on any line. */
  static void assertSafeForALog(String out, String what) {
    out.codePoints()
        .filter(cp -> cp != '\n')
        .forEach(
            cp -> assertThat(Text.mustEscape(cp)).as("%s holds U+%04X raw", what, cp).isFalse());
    assertThat(out).as(what).doesNotContain("##[");
    for (String line : out.split("\n", -1)) {
      assertThat(line.stripLeading()).as("%s line: %s", what, line).doesNotStartWith("::");
    }
  }

  @Test
  void theComparisonTableIsSafeForALog() throws IOException {
    String out = render(Renderers.comparison(OutputFormat.TABLE, false), hostileComparison());
    assertSafeForALog(out, "table");
    assertThat(out).contains("\\u202eevil").contains("\\u001b]8;;");
  }

  /** Every annotation is one line, and only the renderer's own lines start a command. */
  @Test
  void annotationsAreOneLineEachAndOnlyTheirOwn() throws IOException {
    String out = render(new GithubRenderer(), hostileComparison());
    out.codePoints()
        .filter(cp -> cp != '\n')
        .forEach(cp -> assertThat(Text.mustEscape(cp)).as("U+%04X raw", cp).isFalse());
    assertThat(out).doesNotContain("##[");
    for (String line : out.split("\n")) {
      assertThat(line)
          .matches("(::(error|warning|notice) file=[^:]*::.*|advisor: monthly cost .*)");
    }
  }

  @Test
  void sarifTextShowsControlsAndBidiAsText() throws IOException {
    String out = render(new SarifRenderer(), hostileComparison());
    String texts = new ObjectMapper().readTree(out).findValuesAsText("text").toString();
    texts.codePoints().forEach(cp -> assertThat(Text.mustEscape(cp)).as("U+%04X", cp).isFalse());
    assertThat(texts).contains("\\u202eevil");
  }

  @Test
  void junitTextShowsControlsAndBidiAsText() throws IOException {
    String out = render(new JunitRenderer(), hostileComparison());
    out.codePoints()
        .filter(cp -> cp != '\n')
        .forEach(cp -> assertThat(Text.mustEscape(cp)).as("U+%04X raw", cp).isFalse());
    assertThat(out).doesNotContain("<script>").contains("\\u202eevil");
  }

  @Test
  void thePullRequestCommentHasNoMarkupMentionsOrLinksFromUserText() throws IOException {
    assertSafeMarkdown(render(new ComparisonMarkdownRenderer(), hostileComparison()), List.of());
  }

  @Test
  void theMarkdownReportHasNoMarkupMentionsOrLinksFromUserText() throws IOException {
    StringWriter w = new StringWriter();
    new MarkdownRenderer().render(hostileReport(), w);
    assertSafeMarkdown(
        w.toString(),
        List.of(Docs.url("cost-model.md"), Docs.url("scoring.md"), "https://aws.amazon.com/x/"));
  }

  @ParameterizedTest
  @EnumSource(
      value = OutputFormat.class,
      names = {"TABLE"})
  void theReportTableIsSafeForALog(OutputFormat format) throws IOException {
    StringWriter w = new StringWriter();
    Renderers.report(format, false).render(hostileReport(), w);
    assertSafeForALog(w.toString(), format.id());
  }

  private static void assertSafeMarkdown(String md, List<String> links) {
    md.codePoints()
        .filter(cp -> cp != '\n')
        .forEach(cp -> assertThat(Text.mustEscape(cp)).as("U+%04X raw", cp).isFalse());
    MarkdownDoc doc = MarkdownDoc.parse(md);
    assertThat(doc.htmlTags()).as("raw HTML").isSubsetOf("details", "summary", "strong");
    assertThat(doc.links()).as("links").isSubsetOf(links.isEmpty() ? doc.links() : links);
    if (links.isEmpty()) {
      assertThat(doc.links()).isEmpty();
    }
    // Code spans are inert: GitHub makes no tag, mention, reference or link inside one.
    String prose = md.replaceAll("(?s)```.*?```", "").replaceAll("`[^`\n]*`", "``");
    assertThat(Pattern.compile("(?<!\\\\)</?script").matcher(prose).find()).as("a tag").isFalse();
    assertThat(MENTION.matcher(prose).find()).as("a raw @mention in:%n%s", md).isFalse();
    assertThat(BARE_URL.matcher(prose).results().map(m -> m.group()).toList())
        .as("bare URLs")
        .isEmpty();
    assertThat(Pattern.compile("(?<![\\\\&])#[0-9]").matcher(prose).find()).as("#123").isFalse();
    for (MarkdownDoc.Table t : doc.tables()) {
      assertThat(t.rows()).allMatch(r -> r.size() == t.header().size());
    }
    for (String line : md.split("\n")) {
      assertThat(line).doesNotStartWith("::");
    }
  }

  private static String render(ComparisonRenderer r, Comparison c) throws IOException {
    StringWriter w = new StringWriter();
    r.render(c, w);
    return w.toString();
  }
}
