package dev.placementadvisor.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The structure of action.yml, which actionlint does not read (it lints workflows only), and the
 * rules every workflow and the action keep: values reach scripts through the environment, never
 * through the text of a script, and every action used is pinned to a commit.
 */
class ActionMetadataTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Path ACTION = Paths.get("action.yml");
  private static final Path SCRIPT = Paths.get(".github/action/cost-gate.sh");
  private static final Pattern PINNED = Pattern.compile("[^@\\s]+@[0-9a-f]{40}");

  private static JsonNode action() throws IOException {
    return YAML.readTree(ACTION.toFile());
  }

  @Test
  void theContractsInputsWithTheirDefaults() throws IOException {
    JsonNode action = action();
    assertThat(action.path("name").asText()).isNotBlank();
    assertThat(action.path("description").asText()).isNotBlank();
    JsonNode inputs = action.get("inputs");
    for (String name :
        List.of("inventory", "baseline-ref", "max-increase", "budget", "format", "comment")) {
      assertThat(inputs.has(name)).as("input %s", name).isTrue();
      assertThat(inputs.get(name).path("description").asText())
          .as("%s's description", name)
          .isNotBlank();
    }
    assertThat(inputs.get("inventory").path("required").asBoolean()).isTrue();
    assertThat(inputs.get("format").path("default").asText()).isEqualTo("markdown");
    assertThat(inputs.get("comment").path("default").asText())
        .isEqualTo(
            "${{ github.event_name == 'pull_request' || github.event_name == 'pull_request_target'"
                + " }}");
    inputs
        .fields()
        .forEachRemaining(
            e -> {
              if (!e.getKey().equals("inventory")) {
                assertThat(e.getValue().path("required").asBoolean())
                    .as("%s is optional", e.getKey())
                    .isFalse();
              }
            });
  }

  @Test
  void aCompositeActionWhoseOutputsComeFromItsSteps() throws IOException {
    JsonNode action = action();
    assertThat(action.at("/runs/using").asText()).isEqualTo("composite");
    Set<String> stepIds = new TreeSet<>();
    for (JsonNode step : action.at("/runs/steps")) {
      if (step.has("id")) {
        stepIds.add(step.get("id").asText());
      }
      if (step.has("run")) {
        assertThat(step.path("shell").asText())
            .as("a run step of a composite action names its shell")
            .isNotEmpty();
      }
    }
    Pattern value = Pattern.compile("\\$\\{\\{ steps\\.([a-z-]+)\\.outputs\\.([a-z-]+) }}");
    Set<String> outputs = new TreeSet<>();
    action
        .get("outputs")
        .fields()
        .forEachRemaining(
            e -> {
              Matcher m = value.matcher(e.getValue().path("value").asText());
              assertThat(m.matches()).as("output %s", e.getKey()).isTrue();
              assertThat(stepIds).contains(m.group(1));
              assertThat(m.group(2)).isEqualTo(e.getKey());
              outputs.add(e.getKey());
            });
    assertThat(outputs).contains("exit-code", "verdict", "report", "comparison", "baseline");
  }

  @Test
  void everyInputReachesTheScriptThroughTheEnvironment() throws IOException {
    JsonNode action = action();
    JsonNode found = null;
    for (JsonNode s : action.at("/runs/steps")) {
      if (s.path("run").asText().contains(".github/action/cost-gate.sh")) {
        found = s;
      }
    }
    assertThat(found).as("the step that runs the script").isNotNull();
    JsonNode step = found;
    Set<String> passed = new TreeSet<>();
    step.get("env").fieldNames().forEachRemaining(passed::add);

    // Every variable the script reads is set; every input is passed.
    String script = Files.readString(SCRIPT);
    Matcher m =
        Pattern.compile("\\b((?:INPUT|ADVISOR_PR|ADVISOR_PUSH)_[A-Z_]+)\\b").matcher(script);
    Set<String> read = new TreeSet<>();
    while (m.find()) {
      read.add(m.group(1));
    }
    assertThat(passed).containsAll(read);
    action
        .get("inputs")
        .fieldNames()
        .forEachRemaining(
            name -> {
              String ref = "${{ inputs." + name + " }}";
              assertThat(step.get("env").toString()).as("input %s is passed", name).contains(ref);
            });
  }

  @Test
  void noScriptHoldsAnExpressionAndEveryActionIsPinned() throws IOException {
    List<Path> files = new ArrayList<>(List.of(ACTION));
    try (Stream<Path> workflows = Files.list(Paths.get(".github/workflows"))) {
      workflows.filter(p -> p.toString().endsWith(".yml")).sorted().forEach(files::add);
    }
    for (Path file : files) {
      JsonNode doc = YAML.readTree(file.toFile());
      List<JsonNode> steps = new ArrayList<>();
      doc.at("/runs/steps").forEach(steps::add);
      doc.path("jobs").forEach(job -> job.path("steps").forEach(steps::add));
      assertThat(steps).as("%s has steps", file).isNotEmpty();
      for (JsonNode step : steps) {
        String name =
            file
                + ": "
                + step.path("name").asText(step.path("uses").asText(step.path("run").asText()));
        // ${{ }} in a script is pasted into its text before the shell reads it: a value from a
        // pull request would be code. Such values go through env: instead.
        assertThat(step.path("run").asText()).as(name).doesNotContain("${{");
        String uses = step.path("uses").asText("");
        if (!uses.isEmpty() && !uses.startsWith("./")) {
          assertThat(uses).as(name).matches(PINNED);
        }
      }
      assertThat(Files.readString(file)).as(file.toString()).doesNotContain("pull_request_target:");
    }
  }

  @Test
  void theScriptIsExecutableBashThatStopsOnErrors() throws IOException {
    String script = Files.readString(SCRIPT);
    assertThat(script).startsWith("#!/usr/bin/env bash\n").contains("\nset -euo pipefail\n");
    assertThat(script).doesNotContain("eval ");
    assertThat(Map.of("action", action().at("/runs/steps/1/run").asText()))
        .containsEntry("action", "bash \"$GITHUB_ACTION_PATH/.github/action/cost-gate.sh\"");
  }
}
