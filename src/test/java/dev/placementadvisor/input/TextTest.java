package dev.placementadvisor.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void shortValuesAreKeptAndControlCharactersShown() {
    assertThat(Text.shorten("api-gateway")).isEqualTo("api-gateway");
    assertThat(Text.shorten("a\tb\u007f")).isEqualTo("a\\u0009b\\u007f");
  }

  @Test
  void longValuesAreCutToSixtyCharacters() {
    assertThat(Text.shorten("x".repeat(61))).isEqualTo("x".repeat(60) + "...");
    assertThat(Text.shorten("x".repeat(60))).isEqualTo("x".repeat(60));
  }

  /** A cut between the halves of a surrogate pair would leave text no UTF-8 output can hold. */
  @Test
  void aCutNeverSplitsACharacter() {
    String emoji = "\uD83D\uDE00";
    String cut = Text.shorten("x" + emoji.repeat(60));
    assertThat(cut).isEqualTo("x" + emoji.repeat(29) + "...");
    for (int i = 0; i < cut.length(); i++) {
      char c = cut.charAt(i);
      if (Character.isHighSurrogate(c)) {
        assertThat(Character.isLowSurrogate(cut.charAt(++i))).isTrue();
      } else {
        assertThat(Character.isSurrogate(c)).isFalse();
      }
    }
  }
}
