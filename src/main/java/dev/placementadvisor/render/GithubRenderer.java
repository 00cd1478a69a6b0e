package dev.placementadvisor.render;

import dev.placementadvisor.compare.Comparison;
import dev.placementadvisor.compare.GateResult;
import dev.placementadvisor.compare.ServiceChange;
import dev.placementadvisor.input.Text;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Function;

/**
 * Renders a comparison as GitHub Actions workflow commands: an {@code ::error} for a failed gate
 * on the total (on the inventory file) and for every service a failed gate names, a {@code
 * ::warning} for other cost rises and placement changes, a {@code ::notice} for the rest
 * (decreases, added and removed services), each on the service's line in the inventory; then a
 * plain summary line. When {@code GITHUB_STEP_SUMMARY} names a file, the markdown comparison is
 * appended to it (the job summary).
 */
public final class GithubRenderer implements ComparisonRenderer {
  /** The environment variable naming the job summary file. */
  public static final String STEP_SUMMARY = "GITHUB_STEP_SUMMARY";

  private final Function<String, String> env;

  /** @param env looks up an environment variable (System::getenv), null when unset */
  public GithubRenderer(Function<String, String> env) {
    this.env = env;
  }

  @Override
  public void render(Comparison c, Writer out) throws IOException {
    GateFindings findings = new GateFindings(c);
    String file = c.current().inventory();
    StringBuilder b = new StringBuilder();
    // A gate on the total points at the whole file; the others show on each service they name.
    for (GateResult g : findings.failedGates()) {
      if (GateFindings.onTotal(g) || g.services().isEmpty()) {
        command(b, "error", file, 0, 0, "advisor: gate " + ComparisonText.gateLabel(g) + " failed",
            g.message());
      }
    }
    for (ServiceChange s : findings.listed()) {
      List<GateResult> failed = findings.failedGates(s.name());
      String level;
      String message = GateFindings.describe(s);
      if (!failed.isEmpty()) {
        level = "error";
        message += "; fails " + GateFindings.gateList(failed);
      } else if (s.placementChanged()
          || s.kind() == ServiceChange.Kind.CHANGED && GateFindings.costRose(s)) {
        level = "warning";
      } else {
        level = "notice";
      }
      // A removed service's line is in the baseline's inventory, not in this one.
      boolean located = s.kind() != ServiceChange.Kind.REMOVED;
      command(b, level, file, located ? s.line() : 0, located ? s.column() : 0,
          "advisor: " + s.name(), message);
    }
    if (findings.omitted() > 0) {
      command(b, "notice", file, 0, 0, "advisor", GateFindings.more(findings.omitted()));
    }
    b.append("advisor: monthly cost ").append(ComparisonText.totalChange(c)).append("; ")
        .append(ComparisonText.verdict(c)).append('\n');
    String warning = appendStepSummary(c);
    if (warning != null) {
      b.append("::warning::").append(data(warning)).append('\n');
    }
    out.write(b.toString());
  }

  private static void command(
      StringBuilder b, String level, String file, int line, int column, String title,
      String message) {
    b.append("::").append(level).append(" file=").append(property(file));
    if (line > 0) {
      b.append(",line=").append(line);
      if (column > 0) {
        b.append(",col=").append(column);
      }
    }
    b.append(",title=").append(property(title)).append("::").append(data(message)).append('\n');
  }

  /**
   * Appends the markdown comparison to the job summary file, if there is one; returns a warning
   * when that fails (the gate's verdict does not depend on the summary), else null.
   */
  private String appendStepSummary(Comparison c) throws IOException {
    String name = env.apply(STEP_SUMMARY);
    if (name == null || name.isBlank()) {
      return null;
    }
    StringWriter markdown = new StringWriter();
    new ComparisonMarkdownRenderer().render(c, markdown);
    try {
      Path summary = Path.of(name);
      boolean newline = Files.isRegularFile(summary) && !endsWithNewline(summary);
      Files.writeString(summary, (newline ? "\n" : "") + markdown,
          StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      return null;
    } catch (IOException | InvalidPathException e) {
      return "advisor: cannot append to " + STEP_SUMMARY + " (" + name + "): "
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
  }

  private static boolean endsWithNewline(Path file) throws IOException {
    long size = Files.size(file);
    if (size == 0) {
      return true;
    }
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      channel.position(size - 1);
      ByteBuffer last = ByteBuffer.allocate(1);
      channel.read(last);
      return last.get(0) == '\n';
    }
  }

  /**
   * Escapes a command's message: made {@link Text#printable} (one line, no control or bidi
   * character), then %, CR and LF as the runner expects.
   */
  static String data(String s) {
    return Text.printable(s).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a command property's value: as {@link #data}, and also ':' and ','. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
