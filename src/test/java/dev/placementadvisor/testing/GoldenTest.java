package dev.placementadvisor.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks the golden-file helper itself: matching, line endings, diffs, update and messages. */
class GoldenTest {
  @TempDir Path dir;

  @Test
  void matchesIgnoringLineEndings() throws IOException {
    Path file = dir.resolve("a.txt");
    Files.writeString(file, "one\r\ntwo\r\n", StandardCharsets.UTF_8);

    Golden.assertMatches(file, "one\ntwo\n", false);
    Golden.assertMatches(file, "one\r\ntwo\r\n", false);
  }

  @Test
  void mismatchShowsAUnifiedDiffOfTheFirstDifference() throws IOException {
    Path file = dir.resolve("b.txt");
    Files.writeString(file, "1\n2\n3\n4\n5\n6\n7\n8\n9\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> Golden.assertMatches(file, "1\n2\n3\n4\nFIVE\n6\n7\n8\n9\n", false))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("-Dgolden.update=true")
        .hasMessageContaining(
            "--- " + file + "\n+++ actual\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+FIVE\n 6\n 7\n 8\n");
  }

  @Test
  void diffOfAddedAndRemovedLines() {
    assertThat(Golden.diff("g", "a\nb\n", "a\nb\nc\n"))
        .isEqualTo("--- g\n+++ actual\n@@ -1,2 +1,3 @@\n a\n b\n+c\n");
    assertThat(Golden.diff("g", "a\nb\nc\n", "a\nc\n"))
        .isEqualTo("--- g\n+++ actual\n@@ -1,3 +1,2 @@\n a\n-b\n c\n");
    assertThat(Golden.diff("g", "", "x\n")).isEqualTo("--- g\n+++ actual\n@@ -0,0 +1,1 @@\n+x\n");
  }

  @Test
  void diffNamesAMissingFinalNewline() {
    assertThat(Golden.diff("g", "a\n", "a"))
        .contains("the actual output lacks a newline at the end of the last line");
  }

  @Test
  void longHunksAreCut() {
    String expected = "x\n".repeat(100);
    String actual = "y\n".repeat(100);
    String diff = Golden.diff("g", expected, actual);
    assertThat(diff)
        .startsWith("--- g\n+++ actual\n@@ -1,100 +1,100 @@\n" + "-x\n".repeat(20) + "-... 80 more")
        .endsWith("+y\n+... 80 more line(s)\n");
    assertThat(diff.lines().count()).isEqualTo(3 + 2 * 21);
  }

  @Test
  void onlyTheFirstHunkIsShownAndLaterDifferencesAreMentioned() {
    String expected = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\n";
    String actual = "a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nK\nl\n";
    assertThat(Golden.diff("g", expected, actual))
        .isEqualTo(
            "--- g\n+++ actual\n@@ -1,5 +1,5 @@\n a\n-b\n+B\n c\n d\n e\n"
                + "... more differences follow\n");
  }

  @Test
  void nearbyChangesShareOneHunk() {
    assertThat(Golden.diff("g", "a\nb\nc\nd\ne\n", "a\nX\nc\nY\ne\n"))
        .isEqualTo("--- g\n+++ actual\n@@ -1,5 +1,5 @@\n a\n-b\n+X\n c\n-d\n+Y\n e\n");
  }

  @Test
  void comparableFormScrubsBothSidesButTheFileKeepsTheRealOutput() throws IOException {
    Path file = dir.resolve("d.txt");
    UnaryOperator<String> scrub = s -> s.replaceAll("run \\d+", "run N");
    Golden.assertMatches(file, "run 1\n", true);
    Golden.assertMatches(file, "run 2\n", true, scrub);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("run 1\n");
    Golden.assertMatches(file, "run 3\n", false, scrub);
    assertThatThrownBy(() -> Golden.assertMatches(file, "walk 3\n", false, scrub))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void missingFileSaysHowToCreateIt() {
    Path file = dir.resolve("missing.txt");
    assertThatThrownBy(() -> Golden.assertMatches(file, "x\n", false))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("does not exist")
        .hasMessageContaining("./mvnw -B test -Dgolden.update=true");
  }

  @Test
  void updateWritesNormalisedText() throws IOException {
    Path file = dir.resolve("sub").resolve("c.txt");
    Golden.assertMatches(file, "one\r\ntwo\r\n", true);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("one\ntwo\n");
    Golden.assertMatches(file, "one\ntwo\n", false);
  }

  @Test
  void onlyTheLiteralTrueTurnsUpdatingOn() {
    String saved = System.getProperty(Golden.UPDATE_PROPERTY);
    try {
      System.setProperty(Golden.UPDATE_PROPERTY, "${golden.update}");
      assertThat(Golden.updating()).isFalse();
      System.setProperty(Golden.UPDATE_PROPERTY, "");
      assertThat(Golden.updating()).isFalse();
      System.setProperty(Golden.UPDATE_PROPERTY, "false");
      assertThat(Golden.updating()).isFalse();
      System.setProperty(Golden.UPDATE_PROPERTY, "true");
      assertThat(Golden.updating()).isTrue();
      System.clearProperty(Golden.UPDATE_PROPERTY);
      assertThat(Golden.updating()).isFalse();
    } finally {
      if (saved == null) {
        System.clearProperty(Golden.UPDATE_PROPERTY);
      } else {
        System.setProperty(Golden.UPDATE_PROPERTY, saved);
      }
    }
  }
}
