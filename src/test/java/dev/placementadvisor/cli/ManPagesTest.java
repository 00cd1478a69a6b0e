package dev.placementadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The man pages' sources, as the man profile and the release make them: one page for advisor and
 * one per subcommand, each with every option the command has.
 */
class ManPagesTest {
  @Test
  void onePagePerCommandWithEveryOption(@TempDir Path dir) throws IOException {
    ManPages.write(dir.toFile());

    CommandLine advisor = AdvisorCommand.commandLine();
    List<String> expected = new ArrayList<>(List.of("advisor.adoc"));
    advisor.getSubcommands().keySet().forEach(name -> expected.add("advisor-" + name + ".adoc"));
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(expected);
    }

    String top = Files.readString(dir.resolve("advisor.adoc"), StandardCharsets.UTF_8);
    assertThat(top).contains("= advisor(1)").contains("bad usage or invalid input");
    for (var sub : advisor.getSubcommands().entrySet()) {
      String page =
          Files.readString(
              dir.resolve("advisor-" + sub.getKey() + ".adoc"), StandardCharsets.UTF_8);
      assertThat(page).contains("= advisor-" + sub.getKey() + "(1)");
      assertThat(top).as("advisor(1) lists %s", sub.getKey()).contains(sub.getKey());
      for (OptionSpec option : sub.getValue().getCommandSpec().options()) {
        if (!option.hidden()) {
          assertThat(page)
              .as("%s documents %s", sub.getKey(), option.longestName())
              .contains(option.longestName());
        }
      }
    }
  }
}
