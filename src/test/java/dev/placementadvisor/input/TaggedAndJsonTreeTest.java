package dev.placementadvisor.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.placementadvisor.input.YamlNode.MapNode;
import dev.placementadvisor.input.YamlNode.ScalarNode;
import org.junit.jupiter.api.Test;

/** The tag-keeping YAML reading and the JSON reading, within the YAML reader's limits. */
class TaggedAndJsonTreeTest {
  @Test
  void aTagIsReadAsAMappingOfOneKeyAndTagsNestWithin() {
    MapNode root =
        (MapNode)
            YamlTreeReader.parseTagged("a: !Ref X\nb: !If [c, !Ref A, !GetAtt B.Arn]\n", "t.yaml");
    MapNode a = (MapNode) root.entries().get("a").value();
    assertThat(a.entries()).containsOnlyKeys("!Ref");
    assertThat(((ScalarNode) a.entries().get("!Ref").value()).text()).isEqualTo("X");
    MapNode b = (MapNode) root.entries().get("b").value();
    var items = ((YamlNode.ListNode) b.entries().get("!If").value()).items();
    assertThat(((MapNode) items.get(2)).entries()).containsOnlyKeys("!GetAtt");
    assertThat(items.get(2).location()).isEqualTo(new Location("t.yaml", 2, 20));
  }

  @Test
  void theInventorysOwnReadingStillRefusesTags() {
    assertThatThrownBy(() -> YamlTreeReader.parse("a: !Ref X\n", "t.yaml"))
        .hasMessageContaining("YAML tags (Ref) are not supported");
  }

  @Test
  void tagKeepingReadingKeepsTheLimits() {
    assertThatThrownBy(() -> YamlTreeReader.parseTagged("a: *x\n", "t.yaml"))
        .isInstanceOf(InputException.class);
    assertThatThrownBy(() -> YamlTreeReader.parseTagged("a: 1\n---\nb: 2\n", "t.yaml"))
        .hasMessageContaining("more than one YAML document");
    String deep = "a: " + "!T [".repeat(70) + "]".repeat(70) + "\n";
    assertThatThrownBy(() -> YamlTreeReader.parseTagged(deep, "t.yaml"))
        .hasMessageContaining("nested deeper than 64 levels");
  }

  @Test
  void jsoncTakesCommentsAndTrailingCommasAndJsonDoesNot() {
    String text = "{\n  // a comment\n  \"a\": [1, 2,],\n  /* another */ \"b\": true,\n}\n";
    MapNode root = (MapNode) YamlTreeReader.parseJson(text, "w.jsonc", true);
    assertThat(root.entries()).containsOnlyKeys("a", "b");
    assertThatThrownBy(() -> YamlTreeReader.parseJson(text, "w.json", false))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("w.json:2:3: invalid JSON: Unexpected character ('/'");
  }

  @Test
  void jsonIsReadWithinTheDepthAndDuplicateRules() {
    assertThatThrownBy(() -> YamlTreeReader.parseJson("[".repeat(100), "t.json", false))
        .hasMessageMatching("t\\.json:1:\\d+: nested deeper than 64 levels");
    assertThatThrownBy(() -> YamlTreeReader.parseJson("{\"a\": 1, \"a\": 2}", "t.json", false))
        .hasMessageMatching("t\\.json:1:\\d+: duplicate key 'a'");
    assertThatThrownBy(() -> YamlTreeReader.parseJson("", "t.json", false))
        .hasMessage("t.json:1:1: the file is empty: expected a JSON object");
  }
}
