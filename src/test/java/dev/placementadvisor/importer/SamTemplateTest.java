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

/** AWS SAM and CloudFormation templates in, drafts out. */
class SamTemplateTest {
  private final SamTemplate format = new SamTemplate();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "vendor/sam-lambda-sqs/template.yaml",
        "vendor/sam-http-api/template.yml",
        "sam/shop.yaml",
        "sam/legacy.json"
      })
  void readsTemplatesAsTheGoldenExpectationsSay(String file) {
    assertGolden(render(drafts(format, file)), "expected/" + file + ".expected");
  }

  @Test
  void globalsApplyToSamFunctionsOnlyAndTheFunctionsOwnPropertiesWin() {
    List<Draft> drafts = drafts(format, "sam/shop.yaml");
    Draft catalog = drafts.get(0);
    assertThat(catalog.name()).isEqualTo("catalog-api");
    assertThat(catalog.fields())
        .containsEntry("runtime", "python")
        .containsEntry("memoryMb", 512L)
        .containsEntry("maxDurationSeconds", 10L)
        .containsEntry("architecture", "arm64")
        .containsEntry("apiGateway", "rest");
    Draft legacy = drafts.get(4);
    assertThat(legacy.name()).isEqualTo("Legacy");
    assertThat(legacy.fields())
        .containsEntry("memoryMb", 256L)
        .containsEntry("maxDurationSeconds", 3L)
        .doesNotContainKey("architecture");
  }

  @Test
  void anOpaqueMemorySizeIsLeftOutWithANoteNamingTheField() {
    Draft checkout = drafts(format, "sam/shop.yaml").get(1);
    assertThat(checkout.fields())
        .doesNotContainKey("memoryMb")
        .containsEntry("coldStartSensitive", true)
        .containsEntry("vpcEgress", true);
    assertThat(checkout.notes())
        .anyMatch(
            n -> n.startsWith("MemorySize is an intrinsic" + " function (!If): memoryMb left out"));
  }

  @Test
  void onlyScheduledFunctionsGetAScheduleInRunsAMonth() {
    Draft nightly = drafts(format, "sam/shop.yaml").get(2);
    // cron(0 2 * * ? *): 30.4375 runs; rate(7 days): 4.348 runs
    assertThat(nightly.fields())
        .containsEntry("schedule", 34.79)
        .containsEntry("runtime", "go")
        .containsEntry("stateful", true);
  }

  @Test
  void aSamFunctionInATemplateWithoutGlobalsStillHasItsEvents() {
    List<Draft> drafts = drafts(format, "sam/sam-without-globals.yaml");
    assertThat(drafts.get(0).fields()).containsEntry("apiGateway", "http");
    assertThat(drafts.get(1).fields()).containsEntry("schedule", 30.44);
    assertThat(drafts.get(0).notes()).noneMatch(n -> n.startsWith("Events is a SAM property"));
    assertThat(drafts.get(2).fields()).doesNotContainKey("apiGateway");
    assertThat(drafts.get(2).notes()).anyMatch(n -> n.startsWith("Events is a SAM property"));
  }

  @Test
  void detectsTemplatesByVersionTransformOrAwsResources() {
    assertThat(format.accepts(Path.of("t.yaml"), "Resources:\n  F:\n    Type: AWS::SQS::Queue\n"))
        .isTrue();
    assertThat(format.accepts(Path.of("t.yaml"), "Transform: AWS::Serverless-2016-10-31\n"))
        .isTrue();
    assertThat(format.accepts(Path.of("t.yaml"), "apiVersion: apps/v1\nkind: Deployment\n"))
        .isFalse();
    assertThat(
            format.accepts(
                Path.of("serverless.yml"),
                "service: s\nresources:\n  Resources:\n    T:\n      Type: AWS::SQS::Queue\n"))
        .isFalse();
    assertThat(
            format.accepts(
                Path.of("config.yaml"),
                "data:\n  template: |\n    AWSTemplateFormatVersion: x\n    Resources: {}\n"))
        .isFalse();
    assertThat(
            format.accepts(
                Path.of("t.json"),
                "{\n  \"Resources\": {\"F\": {\"Type\": \"AWS::SQS::Queue\"}}\n}"))
        .isTrue();
  }

  @Test
  void intrinsicsEverywhereGiveDraftsWithNotesAndNoGuess() {
    String text =
        """
        Transform: AWS::Serverless-2016-10-31
        Globals:
          Function:
            Runtime: !FindInMap [Runtimes, !Ref AWS::Region, Lambda]
            MemorySize: !Select [0, !Split [",", !Ref Sizes]]
            Timeout: !Ref Timeout
            Architectures: !If [Arm, [arm64], [x86_64]]
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              FunctionName: !Join ["-", [!Ref Stage, fn]]
              VpcConfig: !If [InVpc, {SubnetIds: []}, !Ref AWS::NoValue]
              FileSystemConfigs: !If [Efs, [], !Ref AWS::NoValue]
              Events: !If [Api, {}, {}]
        """;
    Draft d = format.read(Path.of("t.yaml"), text).get(0);
    assertThat(d.name()).isEqualTo("Fn");
    assertThat(d.fields()).isEmpty();
    assertThat(d.notes())
        .contains(
            "Runtime is an intrinsic function (!FindInMap): runtime left out, fill it in",
            "MemorySize is an intrinsic function (!Select): memoryMb left out, fill it in",
            "Timeout is an intrinsic function (!Ref): maxDurationSeconds left out, fill it in",
            "Architectures is an intrinsic function (!If): architecture left out, fill it in",
            "VpcConfig is an intrinsic function (!If): vpcEgress left out, fill it in",
            "FileSystemConfigs is an intrinsic function (!If): stateful left out, fill it in",
            "Events is an intrinsic function (!If): apiGateway left out, fill it in");
  }

  @Test
  void opaquePropertiesGiveNoDefaults() {
    String text =
        "Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n"
            + "    Type: AWS::Serverless::Function\n    Properties: !If [A, {}, {}]\n";
    Draft d = format.read(Path.of("t.yaml"), text).get(0);
    assertThat(d.fields()).isEmpty();
    assertThat(d.notes())
        .containsExactly(
            "Properties is an intrinsic function (!If): every field left out, fill them in");
  }

  @Test
  void aResourceWithoutATypeIsNotAFunction() {
    String text =
        "Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n"
            + "    Properties: {MemorySize: 128}\n";
    assertThat(format.read(Path.of("t.yaml"), text)).isEmpty();
  }

  @Test
  void aWrongTypeIsRefusedAtItsLineAndColumn() {
    String text =
        "Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n"
            + "    Type: AWS::Serverless::Function\n    Properties:\n      MemorySize: lots\n";
    assertThatThrownBy(() -> format.read(Path.of("t.yaml"), text))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "t.yaml:6:19: 'MemorySize' must be a number such as 12000000, 12M, 250K"
                + " or 1.5B, got text 'lots'");
  }

  @Test
  void aFunctionNameThatBreaksTheNameRuleIsRefused() {
    String text =
        "Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n"
            + "    Type: AWS::Serverless::Function\n    Properties:\n"
            + "      FunctionName: \"rm -rf /\\u202e\"\n";
    assertThatThrownBy(() -> format.read(Path.of("t.yaml"), text))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("t.yaml:6:21: invalid service name 'rm -rf /\\u202e': use");
  }

  @Test
  void aTemplateNestedDeeperThanTheLimitIsRefusedWhereItGoesTooDeep() {
    StringBuilder text = new StringBuilder("Transform: AWS::Serverless-2016-10-31\nResources:\n");
    for (int i = 0; i < 100; i++) {
      text.append("  ".repeat(i + 1)).append("k").append(i).append(":\n");
    }
    text.append("  ".repeat(101)).append("v\n");
    assertThatThrownBy(() -> format.read(Path.of("t.yaml"), text.toString()))
        .isInstanceOf(InputException.class)
        .hasMessageMatching("t\\.yaml:\\d+:\\d+: nested deeper than 64 levels");
  }

  @Test
  void aDeeplyNestedJsonTemplateIsRefusedToo() {
    String text = "{\"Resources\": {\"AWS::\": " + "[".repeat(100) + "]".repeat(100) + "}}";
    assertThatThrownBy(() -> format.read(Path.of("t.json"), text))
        .isInstanceOf(InputException.class)
        .hasMessageMatching("t\\.json:1:\\d+: nested deeper than 64 levels");
  }

  @Test
  void aTwentyMegabyteTemplateIsReadWhole() {
    StringBuilder text = new StringBuilder("Transform: AWS::Serverless-2016-10-31\nResources:\n");
    int functions = 0;
    while (text.length() < 20 * 1024 * 1024) {
      text.append("  Fn")
          .append(functions++)
          .append(":\n    Type: AWS::Serverless::Function\n")
          .append("    Properties:\n      MemorySize: 256\n      Description: ")
          .append("x".repeat(50_000))
          .append('\n');
    }
    List<Draft> drafts = format.read(Path.of("big.yaml"), text.toString());
    assertThat(drafts).hasSize(functions);
    assertThat(drafts.get(functions - 1).fields()).containsEntry("memoryMb", 256L);
  }

  @Test
  void aTemplateOfMoreResourcesThanAMappingHoldsIsRefusedWhereTheyOverflow() {
    StringBuilder text = new StringBuilder("Transform: AWS::Serverless-2016-10-31\nResources:\n");
    for (int i = 0; i <= 10_000; i++) {
      text.append("  Q").append(i).append(": {Type: AWS::SQS::Queue}\n");
    }
    assertThatThrownBy(() -> format.read(Path.of("t.yaml"), text.toString()))
        .isInstanceOf(InputException.class)
        .hasMessage("t.yaml:10003:3: more than 10000 keys in one mapping, the most read");
  }

  @Test
  void aTemplateWithoutResourcesIsRefused() {
    assertThatThrownBy(() -> format.read(Path.of("t.yaml"), "AWSTemplateFormatVersion: x\n"))
        .isInstanceOf(InputException.class)
        .hasMessage("t.yaml:1:1: a template without Resources");
  }
}
