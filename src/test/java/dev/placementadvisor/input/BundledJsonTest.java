package dev.placementadvisor.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON form the build makes of each bundled YAML file says exactly what the YAML says. */
class BundledJsonTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/dev/placementadvisor/pricing/catalog.yaml",
        "/dev/placementadvisor/scoring/weights.yaml"
      })
  void theBuildsJsonHoldsTheSameTreeAsTheYaml(String resource) throws IOException {
    String json = text(BundledJson.jsonPath(resource));
    assertThat(json).as("the build writes %s", BundledJson.jsonPath(resource)).isNotNull();
    YamlNode fromYaml = YamlTreeReader.parse(text(resource), "yaml");
    YamlNode fromJson = YamlTreeReader.parseJson(json, "json", false);
    assertThat(YamlNode.sameContent(fromYaml, fromJson)).isTrue();
    assertThat(YamlNode.sameContent(BundledJson.read(resource, "bundled"), fromYaml)).isTrue();
  }

  @Test
  void scalarsKeepTheirTextAndKind() {
    YamlNode yaml =
        YamlTreeReader.parse(
            "a: 0.20\nb: 6000000000\nc: 2026-11-24\nd: true\ne:\nf: [x, 'y z', 1e-5]\n"
                + "g: \"quote \\\" and \\u00e9\"\nh: >-\n  folded\n  text\n",
            "t");
    String json = BundledJson.json(yaml);
    assertThat(json).contains("\"a\":0.20", "\"b\":6000000000", "\"c\":\"2026-11-24\"");
    assertThat(YamlNode.sameContent(yaml, YamlTreeReader.parseJson(json, "t", false))).isTrue();
  }

  @Test
  void aTreeThatDiffersIsNotTheSame() {
    YamlNode a = YamlTreeReader.parse("a: 0.20\n", "t");
    YamlNode b = YamlTreeReader.parseJson("{\"a\":0.2}", "t", false);
    assertThat(YamlNode.sameContent(a, b)).isFalse();
  }

  @Test
  void theBuildStepWritesEachResourceBesideItsYaml(@TempDir Path dir) throws IOException {
    Path yaml = dir.resolve("x/data.yaml");
    Files.createDirectories(yaml.getParent());
    Files.writeString(yaml, "prices:\n  a: {price: 1.50, note: \"it's\"}\n");
    BundledJson.main(new String[] {dir.toString(), "x/data.yaml"});
    assertThat(dir.resolve("x/data.json"))
        .hasContent("{\"prices\":{\"a\":{\"price\":1.50,\"note\":\"it's\"}}}");
    assertThat(dir.resolve("x")).isDirectoryNotContaining("glob:**.tmp");
  }

  @Test
  void onlyYamlResourcesHaveAJsonForm() {
    assertThatThrownBy(() -> BundledJson.jsonPath("/x/data.yml"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String text(String path) throws IOException {
    try (InputStream in = BundledJsonTest.class.getResourceAsStream(path)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
