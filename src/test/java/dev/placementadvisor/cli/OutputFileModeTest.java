package dev.placementadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.placementadvisor.testing.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report written with -o gets the mode of any new file (not owner-only), and a replaced report
 * keeps its mode: writing through a temporary file must not change who can read the result.
 */
class OutputFileModeTest {
  @TempDir Path dir;

  @BeforeEach
  void posixOnly() {
    assumeTrue(
        Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "POSIX file modes");
  }

  @Test
  void newReportHasTheModeOfANewFile() throws IOException {
    Path plain = Files.createFile(dir.resolve("plain.txt"));
    Path out = dir.resolve("report.json");

    CliRunner.Result r =
        CliRunner.run("assess", "samples/startup.yaml", "--format", "json", "-o", out.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.getPosixFilePermissions(out))
        .isEqualTo(Files.getPosixFilePermissions(plain));
  }

  @Test
  void replacedReportKeepsItsMode() throws IOException {
    Path out = Files.writeString(dir.resolve("report.json"), "old\n");
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r-----"));

    CliRunner.Result r =
        CliRunner.run("assess", "samples/startup.yaml", "--format", "json", "-o", out.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(out)).startsWith("{");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
        .isEqualTo("rw-r-----");
  }
}
