package dev.placementadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.placementadvisor.testing.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report written with -o gets the mode of any new file (not owner-only), and a replaced report
 * keeps its mode, and its owner and group where this user may give them: writing through a
 * temporary file must not change who can read the result.
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
    assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(plain));
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

  /** Root replacing another user's report gives the new file back to that user and group. */
  @Test
  void replacedReportKeepsItsOwnerAndGroupWhereAllowed() throws IOException {
    Path out = Files.writeString(dir.resolve("report.json"), "old\n");
    PosixFileAttributeView view = Files.getFileAttributeView(out, PosixFileAttributeView.class);
    UserPrincipalLookupService users = out.getFileSystem().getUserPrincipalLookupService();
    UserPrincipal owner;
    GroupPrincipal group;
    try {
      owner = users.lookupPrincipalByName("65534");
      group = users.lookupPrincipalByGroupName("65534");
      view.setOwner(owner);
      view.setGroup(group);
    } catch (IOException | UnsupportedOperationException e) {
      assumeTrue(false, "only root may give a file away: " + e);
      return;
    }

    CliRunner.Result r =
        CliRunner.run("assess", "samples/startup.yaml", "--format", "json", "-o", out.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(out)).startsWith("{");
    PosixFileAttributes now = Files.readAttributes(out, PosixFileAttributes.class);
    assertThat(now.owner()).isEqualTo(owner);
    assertThat(now.group()).isEqualTo(group);
  }
}
