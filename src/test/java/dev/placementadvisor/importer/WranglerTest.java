package dev.placementadvisor.importer;

import static dev.placementadvisor.importer.ImportTesting.assertGolden;
import static dev.placementadvisor.importer.ImportTesting.drafts;
import static dev.placementadvisor.importer.ImportTesting.render;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.placementadvisor.input.InputException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cloudflare wrangler files (TOML, JSON, JSONC) in, drafts out. */
class WranglerTest {
  private final Wrangler format = new Wrangler();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "vendor/wrangler-do-bound/wrangler.toml",
        "wrangler/toml/wrangler.toml",
        "wrangler/jsonc/wrangler.jsonc"
      })
  void readsFilesAsTheGoldenExpectationsSay(String file) {
    assertGolden(render(drafts(format, file)), "expected/" + file + ".expected");
  }

  @Test
  void aTomlWorkerIsPinnedToWorkersWithItsLimitsCronsAndLines() {
    Draft d = drafts(format, "wrangler/toml/wrangler.toml").get(0);
    assertThat(d.name()).isEqualTo("image-edge");
    assertThat(d.source()).hasToString("wrangler/toml/wrangler.toml:1:1");
    // every 30 minutes: 1,460.97 runs; weekdays at 3: 21.74 runs (the calendar's average month)
    assertThat(d.fields())
        .containsEntry("runtime", "javascript")
        .containsEntry("cpuMsPerRequest", 50L)
        .containsEntry("platforms", List.of("cloudflare-workers"))
        .containsEntry("schedule", 1482.71);
    assertThat(d.notes()).anyMatch(n -> n.startsWith("environments staging, production are not"));
  }

  @Test
  void aJsoncFileWithCommentsAndTrailingCommasIsAccepted() {
    Draft d = drafts(format, "wrangler/jsonc/wrangler.jsonc").get(0);
    assertThat(d.source()).hasToString("wrangler/jsonc/wrangler.jsonc:3:11");
    assertThat(d.fields())
        .containsEntry("runtime", "typescript")
        .containsEntry("dataStore", "key-value")
        .doesNotContainKey("cpuMsPerRequest")
        .doesNotContainKey("schedule");
  }

  @Test
  void aTomlSyntaxErrorNamesItsLineAndColumn() {
    String text = "name = \"w\"\n[limits]\ncpu_ms = = 5\n";
    assertThatThrownBy(() -> format.read(Path.of("wrangler.toml"), text))
        .isInstanceOf(InputException.class)
        .hasMessage("wrangler.toml:3:10: TOML syntax error: Unknown token");
  }

  @Test
  void aPlainJsonFileRefusesAComment() {
    assertThatThrownBy(() -> format.read(Path.of("wrangler.json"), "{\"name\": \"w\" // no\n}"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("wrangler.json:1:14: invalid JSON");
  }

  @Test
  void aNameThatBreaksTheNameRuleIsRefusedWhereItStands() {
    String text = "main = \"a.js\"\nname = \"../../etc\"\n";
    assertThatThrownBy(() -> format.read(Path.of("wrangler.toml"), text))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("wrangler.toml:2:1: invalid service name '../../etc'");
  }

  @Test
  void aTemplatesPlaceholderNameIsRefusedWhereItStands() {
    String file = "vendor/wrangler-scheduled/wrangler.jsonc";
    assertThatThrownBy(() -> drafts(format, file))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(file + ":2:11: invalid service name '<WORKER_NAME>'");
    String named = ImportTesting.text(file).replace("<WORKER_NAME>", "tick");
    Draft d = format.read(Path.of("wrangler.jsonc"), named).get(0);
    // every minute: 60 × 24 × 30.436875, the Gregorian calendar's average month
    assertThat(d.fields())
        .containsEntry("schedule", 43_829.1)
        .containsEntry("runtime", "typescript");
  }

  @Test
  void aFileWithoutANameIsRefused() {
    assertThatThrownBy(() -> format.read(Path.of("wrangler.toml"), "main = \"a.js\"\n"))
        .hasMessage("wrangler.toml:1:1: a wrangler file without a name: name the Worker");
  }

  @Test
  void deepNestingIsRefusedAtTheLimit() {
    String text = "name = \"w\"\nx = " + "[".repeat(100) + "]".repeat(100) + "\n";
    assertThatThrownBy(() -> format.read(Path.of("wrangler.toml"), text))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("nested deeper than 64 levels");
  }

  @Test
  void wrongTypesAreRefused() {
    String text = "name = \"w\"\n\n[limits]\ncpu_ms = \"lots\"\n";
    assertThatThrownBy(() -> format.read(Path.of("wrangler.toml"), text))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("wrangler.toml:4:1: 'cpu_ms' must be a number");
  }

  @Test
  void detectsWranglerFilesByName() {
    assertThat(format.accepts(Path.of("dir/wrangler.toml"), "")).isTrue();
    assertThat(format.accepts(Path.of("wrangler.jsonc"), "")).isTrue();
    assertThat(format.accepts(Path.of("Cargo.toml"), "name = \"x\"")).isFalse();
  }

  /**
   * A cron trigger on a day no month has is counted over the calendar, as a CronJob's schedule is:
   * it never runs, so no schedule is written and a note says why (an average-month count gave
   * February 30 a run every year).
   */
  @Test
  void aCronOnADayNoMonthHasNeverRunsAndSetsNoSchedule() {
    String toml = "name = 'tick'\nmain = 'src/index.ts'\n[triggers]\ncrons = ['0 0 30 2 *']\n";
    Draft d = format.read(Path.of("wrangler.toml"), toml).get(0);
    assertThat(d.fields()).doesNotContainKey("schedule");
    assertThat(d.notes())
        .contains("schedule 0 0 30 2 * never runs (no such day in the calendar): set schedule");
  }

  /**
   * The TOML parser gives no place for its limits, so the reader finds it: the deepest nesting, or
   * the longest string, with its line and column.
   */
  @Test
  void aTomlFileBeyondTheLimitsIsRefusedWhereItGoesBeyondThem() {
    String head = "name = 'edge'\nmain = 'src/index.ts'\n";
    String deep = head + "vars = " + "[".repeat(70) + "]".repeat(70) + "\n";
    assertThatThrownBy(() -> format.read(Path.of("wrangler.toml"), deep))
        .isInstanceOf(InputException.class)
        .hasMessage("wrangler.toml:3:77: nested deeper than 64 levels");
    String dotted = head + String.join(".", java.util.Collections.nCopies(70, "k")) + " = 1\n";
    assertThatThrownBy(() -> format.read(Path.of("wrangler.toml"), dotted))
        .isInstanceOf(InputException.class)
        .hasMessage("wrangler.toml:3:138: nested deeper than 64 levels");
    String big = head + "[vars]\nbig = '" + "x".repeat(1024 * 1024 + 1) + "'\n";
    assertThatThrownBy(() -> format.read(Path.of("wrangler.toml"), big))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "wrangler.toml:4:7: a value longer than the longest value read, 1048576 characters");
  }
}
