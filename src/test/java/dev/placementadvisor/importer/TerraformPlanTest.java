package dev.placementadvisor.importer;

import static dev.placementadvisor.importer.ImportTesting.assertGolden;
import static dev.placementadvisor.importer.ImportTesting.drafts;
import static dev.placementadvisor.importer.ImportTesting.render;
import static dev.placementadvisor.importer.ImportTesting.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.placementadvisor.input.InputException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Terraform plans ({@code terraform show -json}) in, drafts out. */
class TerraformPlanTest {
  private final TerraformPlan format = new TerraformPlan();

  private Map<String, Draft> byName() {
    return drafts(format, "terraform/plan.json").stream()
        .collect(Collectors.toMap(Draft::name, d -> d));
  }

  @Test
  void readsThePlanAsTheGoldenExpectationsSay() {
    assertGolden(
        render(drafts(format, "terraform/plan.json")), "expected/terraform/plan.json.expected");
  }

  @Test
  void functionsAndContainerServicesAreServicesInPlanOrderModulesIncluded() {
    assertThat(drafts(format, "terraform/plan.json"))
        .extracting(Draft::name)
        .containsExactly(
            "orders-api", "chat-socket", "orders-worker", "monthly-report", "storefront");
  }

  @Test
  void apisAreLinkedByReferenceOrByNameInALiteralArnAndNoOtherway() {
    Map<String, Draft> drafts = byName();
    assertThat(drafts.get("orders-api").fields()).containsEntry("apiGateway", "http");
    assertThat(drafts.get("chat-socket").fields())
        .containsEntry("apiGateway", "websocket")
        .containsEntry("persistentConnections", true);
    assertThat(drafts.get("orders-worker").fields()).doesNotContainKey("apiGateway");
    assertThat(drafts.get("orders-api").notes())
        .contains(
            "API aws_api_gateway_rest_api.legacy"
                + " is not linked plainly to a function in the plan: set apiGateway on the service"
                + " behind it");
  }

  @Test
  void referencesInsideAModuleResolveWithinIt() {
    assertThat(byName().get("monthly-report").fields())
        .containsEntry("coldStartSensitive", true)
        .containsEntry("memoryMb", 2048L);
  }

  @Test
  void anEcsServiceIsSizedByItsTaskDefinition() {
    assertThat(byName().get("storefront").fields())
        .containsEntry("memoryMb", 2048L)
        .containsEntry("architecture", "arm64");
  }

  @Test
  void aPlanOnOneLineGivesColumnsOnLineOne() {
    String oneLine = text("terraform/plan.json").replaceAll("\\n\\s*", "");
    List<Draft> drafts = format.read(Path.of("plan.json"), oneLine);
    assertThat(drafts.get(0).source().line()).isEqualTo(1);
    assertThat(drafts.get(0).source().column()).isGreaterThan(1);
  }

  @Test
  void resourceChangesAloneAreReadButForDeletions() {
    String text =
        """
        {"format_version": "1.2", "resource_changes": [
          {"address": "aws_lambda_function.a", "mode": "managed", "type": "aws_lambda_function",
           "name": "a", "change": {"actions": ["create"], "after": {"function_name": "a",
           "memory_size": 256, "timeout": 5, "runtime": "go1.x"}}},
          {"address": "aws_lambda_function.b", "mode": "managed", "type": "aws_lambda_function",
           "name": "b", "change": {"actions": ["delete"], "after": null}}]}
        """;
    List<Draft> drafts = format.read(Path.of("plan.json"), text);
    assertThat(drafts).extracting(Draft::name).containsExactly("a");
    assertThat(drafts.get(0).fields())
        .containsEntry("runtime", "go")
        .containsEntry("memoryMb", 256L);
  }

  @Test
  void aNameKnownOnlyAfterApplyIsTheResourcesName() {
    String text =
        "{\"format_version\": \"1.2\", \"planned_values\": {\"root_module\":"
            + " {\"resources\": [{\"address\": \"aws_lambda_function.resize[0]\", \"mode\":"
            + " \"managed\", \"type\": \"aws_lambda_function\", \"name\": \"resize\", \"index\": 0,"
            + " \"values\": {\"memory_size\": 256}}]}}}";
    Draft d = format.read(Path.of("plan.json"), text).get(0);
    assertThat(d.name()).isEqualTo("resize");
    assertThat(d.notes())
        .contains("function_name is not known before apply: named by its resource's name");
  }

  @Test
  void aStateIsReadFromItsValues() {
    String text =
        "{\"format_version\": \"1.0\", \"values\": {\"root_module\": {\"resources\":"
            + " [{\"address\": \"aws_lambda_function.a\", \"mode\": \"managed\", \"type\":"
            + " \"aws_lambda_function\", \"name\": \"a\", \"values\": {\"function_name\": \"fa\","
            + " \"memory_size\": 640, \"timeout\": 7}}]}}}";
    assertThat(format.accepts(Path.of("state.json"), text)).isTrue();
    assertThat(format.read(Path.of("state.json"), text).get(0).fields())
        .containsEntry("memoryMb", 640L)
        .containsEntry("maxDurationSeconds", 7L);
  }

  @Test
  void wrongTypesAndBadNamesAreRefusedWhereTheyStand() {
    String lots =
        "{\"format_version\": \"1.2\", \"planned_values\": {\"root_module\":"
            + " {\"resources\": [{\"address\": \"aws_lambda_function.a\", \"mode\": \"managed\","
            + " \"type\": \"aws_lambda_function\", \"name\": \"a\", \"values\": {\"memory_size\":"
            + " \"lots\"}}]}}}";
    assertThatThrownBy(() -> format.read(Path.of("plan.json"), lots))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(
            "plan.json:1:" + (lots.indexOf("\"lots\"") + 1) + ": 'memory_size' must be a number");
    String badName = lots.replace("\"memory_size\": \"lots\"", "\"function_name\": \"a b\"");
    assertThatThrownBy(() -> format.read(Path.of("plan.json"), badName))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(
            "plan.json:1:" + (badName.indexOf("\"a b\"") + 1) + ": invalid service name 'a b'");
  }

  @Test
  void aDeeplyNestedPlanIsRefused() {
    String text =
        "{\"format_version\": \"1\", \"planned_values\": "
            + "[".repeat(100)
            + "]".repeat(100)
            + "}";
    assertThatThrownBy(() -> format.read(Path.of("plan.json"), text))
        .hasMessageMatching("plan\\.json:1:\\d+: nested deeper than 64 levels");
  }

  @Test
  void detectsPlansByTheirTopLevelKeys() {
    assertThat(
            format.accepts(
                Path.of("tfplan.json"), "{\"format_version\":\"1.2\",\"planned_values\":{}}"))
        .isTrue();
    assertThat(format.accepts(Path.of("tfplan.json"), "{\"format_version\":\"1.2\"}")).isFalse();
    assertThat(
            format.accepts(
                Path.of("plan.yaml"),
                "format_version: x\nplanned_values: {}\n\"format_version\" \"planned_values\""))
        .isFalse();
  }
}
