package dev.placementadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.placementadvisor.input.InputException;
import dev.placementadvisor.inventory.InventoryLoader;
import dev.placementadvisor.testing.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.Help;

/** The smaller input rules of docs/security.md, each as a user meets it. */
class InputRulesTest {
  private static final String SERVICE =
      "  - {name: api, traffic: {pattern: steady, requestsPerMonth: 1M}, runtime: go,"
          + " avgDurationMs: 20, memoryMb: 128}\n";

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static String oneLine(CliRunner.Result r) {
    assertThat(r.code()).as("exit; stderr %s", r.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err().lines()).hasSize(1);
    return r.err().strip();
  }

  /** YAML 1.1 line breaks are refused, at the same place, by both routes and at any size. */
  @ParameterizedTest
  @ValueSource(strings = {"\u0085", "\u2028", "\u2029"})
  void yaml11LineBreaksAreRefusedTheSameAtAnySize(String lineBreak) {
    StringBuilder big = new StringBuilder("version: 1\norganization: {name: x}\nservices:\n");
    for (int i = 0; i < 20_000; i++) {
      big.append(SERVICE.replace("name: api", "name: api" + i));
    }
    big.append("  - {name: last,").append(lineBreak).append(" traffic: {requestsPerMonth: 1}}\n");
    String text = big.toString();
    int line = 4 + 20_000;

    String whole = message(() -> InventoryLoader.parse(text, "big.yaml"));
    String split = message(() -> InventoryLoader.parseSplit(text, "big.yaml", 3));

    assertThat(whole)
        .isEqualTo(split)
        .startsWith("big.yaml:" + line + ":17: the line break U+")
        .endsWith(
            ": end lines with \\n (or \\r\\n) only, or write it escaped in a double-quoted"
                + " value");
  }

  private static String message(Runnable r) {
    try {
      r.run();
    } catch (InputException e) {
      return e.getMessage();
    }
    throw new AssertionError("no error");
  }

  @Test
  void aTabSaysWhereItIs() throws IOException {
    Path inv = write("tab.yaml", "version: 1\norganization:\n  name: x\n  engineers:\t2\n");

    assertThat(oneLine(CliRunner.run("validate", inv.toString())))
        .isEqualTo(
            inv
                + ":4:13: YAML syntax error: a TAB character here: YAML indents and"
                + " separates with spaces only");
  }

  @Test
  void validateRefusesWhatAssessRefuses() throws IOException {
    Path inv =
        write(
            "it.yaml",
            "version: 1\norganization: {name: x, kubernetes: {instanceType: zz.large}}\nservices:\n"
                + SERVICE);

    String validate = oneLine(CliRunner.run("validate", inv.toString()));
    String assess = oneLine(CliRunner.run("assess", inv.toString()));

    assertThat(validate)
        .isEqualTo(assess)
        .contains("instance type 'zz.large' is not an EC2 type in the pricing catalog");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Acme\\nRetail", "Acme\\u202eliateR", "Acme\\u001b[31m", "Acme\\u0085"})
  void anOrganizationNameIsOneLineOfVisibleText(String name) throws IOException {
    Path inv =
        write(
            "org.yaml",
            "version: 1\norganization: {name: \"" + name + "\"}\nservices:\n" + SERVICE);

    assertThat(oneLine(CliRunner.run("validate", inv.toString())))
        .startsWith(inv + ":2:22: 'name' must be one line of visible text: it holds the ");
  }

  @Test
  void catalogIdsFollowTheNameRule() throws IOException {
    Path prices =
        write(
            "prices.yaml",
            "instances:\n  \"t3.medium; rm -rf /\": {vcpu: 2, memoryGib: 4, hourly: 1}\n");
    Path inv = write("inv.yaml", "version: 1\nservices:\n" + SERVICE);

    assertThat(oneLine(CliRunner.run("assess", inv.toString(), "--pricing", prices.toString())))
        .isEqualTo(
            prices
                + ":2:3: invalid instance type id: use letters, digits, '.', '_' and '-',"
                + " starting with a letter or digit (at most 100)");
  }

  @Test
  void moreThanTenThousandProfilesAreRefusedEarly() throws IOException {
    StringBuilder b = new StringBuilder("version: 1\nprofiles:\n");
    for (int i = 0; i <= 10_000; i++) {
      b.append("  p").append(i).append(": {requestsPerMonth: 1}\n");
    }
    b.append("services:\n").append(SERVICE);
    Path inv = write("profiles.yaml", b.toString());

    assertThat(oneLine(CliRunner.run("validate", inv.toString())))
        .isEqualTo(inv + ":10003:3: more than 10000 keys in one mapping, the most read");
  }

  @Test
  void colourFollowsColorThenTheTerminal() {
    AdvisorCommand.ColorMode auto = AdvisorCommand.ColorMode.AUTO;
    assertThat(Main.colour(auto, true, "dumb")).isEqualTo(Help.Ansi.OFF);
    assertThat(Main.colour(auto, false, "xterm-256color")).isEqualTo(Help.Ansi.OFF);
    assertThat(Main.colour(auto, true, "xterm-256color")).isEqualTo(Help.Ansi.AUTO);
    assertThat(Main.colour(auto, true, null)).isEqualTo(Help.Ansi.AUTO);
    assertThat(Main.colour(AdvisorCommand.ColorMode.ALWAYS, false, "dumb")).isEqualTo(Help.Ansi.ON);
    assertThat(Main.colour(AdvisorCommand.ColorMode.NEVER, true, "xterm")).isEqualTo(Help.Ansi.OFF);
    assertThat(Main.colorMode("assess", "x.yaml", "--color=ALWAYS"))
        .isEqualTo(AdvisorCommand.ColorMode.ALWAYS);
    assertThat(Main.colorMode("--color", "never", "assess"))
        .isEqualTo(AdvisorCommand.ColorMode.NEVER);
    assertThat(Main.colorMode("assess", "--", "--color=always")).isEqualTo(auto);
  }

  @Test
  void aUsageErrorWithLineBreaksIsOneLine() {
    CliRunner.Result r = CliRunner.run("assess", "x.yaml", "--format", "json\n::error::pwned");

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err().lines().toList().get(0))
        .startsWith("advisor: ")
        .contains("json\\u000a::error::pwned");
    assertThat(r.err().lines()).noneMatch(l -> l.stripLeading().startsWith("::"));
  }
}
