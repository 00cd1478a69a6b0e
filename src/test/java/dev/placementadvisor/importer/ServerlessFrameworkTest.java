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

/** Serverless Framework files in, drafts out. */
class ServerlessFrameworkTest {
  private final ServerlessFramework format = new ServerlessFramework();

  @ParameterizedTest
  @ValueSource(strings = {"vendor/serverless-go-rest/serverless.yml", "serverless/serverless.yml"})
  void readsFilesAsTheGoldenExpectationsSay(String file) {
    assertGolden(render(drafts(format, file)), "expected/" + file + ".expected");
  }

  @Test
  void theProvidersSettingsAreDefaultsAndAFunctionsOwnWin() {
    List<Draft> drafts = drafts(format, "serverless/serverless.yml");
    assertThat(drafts)
        .extracting(Draft::name)
        .containsExactly("connect", "api", "nightly", "consumer", "thumbnail");
    assertThat(drafts.get(0).fields())
        .containsEntry("memoryMb", 512L)
        .containsEntry("maxDurationSeconds", 6L)
        .containsEntry("runtime", "javascript")
        .containsEntry("architecture", "arm64")
        .containsEntry("persistentConnections", true)
        .containsEntry("apiGateway", "websocket")
        .containsEntry("vpcEgress", true);
    assertThat(drafts.get(4).fields())
        .containsEntry("architecture", "x86_64")
        .containsEntry("stateful", true)
        .doesNotContainKey("runtime");
  }

  @Test
  void unresolvedVariablesLeaveTheirFieldOutAndAreNamed() {
    List<Draft> drafts = drafts(format, "serverless/serverless.yml");
    assertThat(drafts.get(1).fields())
        .doesNotContainKey("memoryMb")
        .containsEntry("maxDurationSeconds", 29L)
        .containsEntry("coldStartSensitive", true);
    assertThat(drafts.get(1).notes())
        .contains(
            "memorySize is the unresolved variable"
                + " ${self:custom.memory.${sls:stage}}: memoryMb left out, fill it in");
    assertThat(drafts.get(3).fields()).doesNotContainKey("runtime");
    assertThat(drafts.get(3).notes())
        .contains(
            "runtime is the unresolved variable ${env:RUNTIME}: runtime left out, fill it in");
  }

  @Test
  void schedulesAddUpInRunsAMonth() {
    // rate(1 day): 30.4375; weekdays at noon: 21.74
    assertThat(drafts(format, "serverless/serverless.yml").get(2).fields())
        .containsEntry("schedule", 52.18)
        .containsEntry("runtime", "python");
  }

  @Test
  void aScheduleOutsideTheInventorysRangeIsLeftOutWithANote() {
    String text =
        "service: s\nprovider: {name: aws}\nfunctions:\n  a:\n    events:\n"
            + "      - schedule: rate(1000000 days)\n";
    Draft d = format.read(Path.of("serverless.yml"), text).get(0);
    assertThat(d.fields()).doesNotContainKey("schedule");
    assertThat(d.notes())
        .contains(
            "schedule rate(1000000 days) gives 0 runs a month, outside"
                + " 0.01 to 2628000: set schedule");
  }

  @Test
  void functionsThatAreAVariableAreRefusedWithTheWayOut() {
    String text = "service: s\nprovider:\n  name: aws\nfunctions: ${file(./functions.yml)}\n";
    assertThatThrownBy(() -> format.read(Path.of("serverless.yml"), text))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "serverless.yml:4:12: functions is the unresolved variable"
                + " ${file(./functions.yml)}: import the resolved file (serverless print)");
  }

  @Test
  void aProviderThatIsAVariableIsRefusedRatherThanDefaulted() {
    String text = "service: s\nprovider: ${file(./provider.yml)}\nfunctions:\n  a: {}\n";
    assertThatThrownBy(() -> format.read(Path.of("serverless.yml"), text))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "serverless.yml:2:11: provider is the unresolved variable"
                + " ${file(./provider.yml)}: import the resolved file (serverless print)");
  }

  @Test
  void aFunctionKeyThatBreaksTheNameRuleIsRefused() {
    String text =
        "service: s\nprovider:\n  name: aws\nfunctions:\n  \"-bad name\":\n" + "    handler: h\n";
    assertThatThrownBy(() -> format.read(Path.of("serverless.yml"), text))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("serverless.yml:5:3: invalid service name '-bad name'");
  }

  @Test
  void aWrongTypeIsRefusedAtItsPlace() {
    String text = "service: s\nprovider:\n  name: aws\n  timeout: soon\nfunctions:\n  a: {}\n";
    assertThatThrownBy(() -> format.read(Path.of("serverless.yml"), text))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("serverless.yml:4:12: 'timeout' must be a number");
  }

  @Test
  void detectsByNameOrByTheThreeTopLevelKeys() {
    assertThat(format.accepts(Path.of("serverless.yaml"), "service: x\n")).isTrue();
    assertThat(
            format.accepts(
                Path.of("api.yml"), "service: x\nprovider:\n  name: aws\nfunctions:\n  a: {}\n"))
        .isTrue();
    assertThat(format.accepts(Path.of("api.yml"), "service: x\nprovider: {}\n")).isFalse();
    assertThat(format.accepts(Path.of("serverless.json"), "{}")).isFalse();
    assertThat(
            format.accepts(
                Path.of("serverless.yaml"),
                "AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n"))
        .isFalse();
  }
}
