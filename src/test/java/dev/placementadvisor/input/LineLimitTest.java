package dev.placementadvisor.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lines longer than {@link YamlTreeReader#MAX_LINE_CHARS} are refused before parsing. */
class LineLimitTest {
  private static final int MAX = YamlTreeReader.MAX_LINE_CHARS;

  private static String line(int chars) {
    return "k: \"" + "x".repeat(chars - 5) + "\"";
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\r"})
  void aLineAtTheLimitIsRead(String eol) {
    String text = "a: 1" + eol + line(MAX) + eol + "b: 2" + eol;
    YamlNode root = YamlTreeReader.parse(text, "t.yaml");
    assertThat(((YamlNode.MapNode) root).entries()).containsKeys("a", "k", "b");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\r"})
  void aLineOverTheLimitIsRefusedWhereItStands(String eol) {
    String text = "a: 1" + eol + "b: 2" + eol + line(MAX + 1) + eol + "c: 3" + eol;
    assertThatThrownBy(() -> YamlTreeReader.parse(text, "t.yaml"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("t.yaml:3:" + (MAX + 1) + ": line longer than " + MAX);
  }

  @Test
  void aLongLastLineWithoutALineEndIsRefused() {
    String text = "a: 1\n" + line(MAX + 1);
    assertThatThrownBy(() -> YamlTreeReader.parse(text, "t.yaml"))
        .hasMessageStartingWith("t.yaml:2:" + (MAX + 1) + ": line longer than");
  }

  /** Carriage returns alone end lines too: many short lines are not one long line. */
  @Test
  void shortLinesEndedByCarriageReturnsAreRead() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      text.append("k").append(i).append(": ").append("v".repeat(20)).append('\r');
    }
    assertThat(((YamlNode.MapNode) YamlTreeReader.parse(text.toString(), "t.yaml")).entries())
        .hasSize(5000);
  }

  /** The limit counts characters: a line of emoji has twice as many UTF-16 chars. */
  @Test
  void theLimitCountsCharactersNotUtf16Units() {
    String emoji = "\uD83D\uDE00";
    String text = "k: \"" + emoji.repeat(MAX / 2 + 100) + "\"\n";
    assertThat(text.length()).isGreaterThan(MAX);
    assertThat(((YamlNode.MapNode) YamlTreeReader.parse(text, "t.yaml")).entries())
        .containsKey("k");
  }
}
