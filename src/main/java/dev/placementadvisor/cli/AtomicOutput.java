package dev.placementadvisor.cli;

import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.Location;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes output to standard output or to a file. A file is written to a temporary sibling and
 * renamed into place only when complete, so it is never left half-written.
 */
final class AtomicOutput {
  /** Produces the content. */
  @FunctionalInterface
  interface Content {
    void writeTo(Writer out) throws IOException;
  }

  private AtomicOutput() {}

  static void write(Path target, PrintWriter stdout, Content content) throws IOException {
    if (target == null) {
      content.writeTo(stdout);
      stdout.flush();
      return;
    }
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    if (Files.isDirectory(absolute)) {
      throw new InputException(Location.ofFile(target.toString()), "is a directory");
    }
    if (dir == null || !Files.isDirectory(dir)) {
      throw new InputException(
          Location.ofFile(target.toString()), "cannot write: the directory does not exist");
    }
    Path tmp;
    try {
      tmp = createSibling(dir, absolute);
    } catch (IOException e) {
      throw new InputException(
          Location.ofFile(target.toString()), "cannot write: " + describe(e));
    }
    boolean done = false;
    try {
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        content.writeTo(w);
      }
      try {
        Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      done = true;
    } finally {
      if (!done) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /**
   * Creates the temporary file beside the target. Files.createTempFile would make it owner-only
   * (0600), and the rename would carry that to the report; a plain create gets the mode any new
   * file gets here (0666 less the umask), and a replaced file keeps its own mode.
   */
  private static Path createSibling(Path dir, Path target) throws IOException {
    for (int attempt = 0; ; attempt++) {
      long suffix = ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE;
      Path tmp = dir.resolve("." + target.getFileName() + "." + suffix + ".tmp");
      try {
        Files.createFile(tmp);
      } catch (FileAlreadyExistsException e) {
        if (attempt < 100) {
          continue;
        }
        throw e;
      }
      try {
        if (Files.isRegularFile(target)
            && Files.getFileAttributeView(target, PosixFileAttributeView.class) != null) {
          Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
        }
      } catch (IOException | UnsupportedOperationException e) {
        // Keep the default mode: the content is what matters.
      }
      return tmp;
    }
  }

  private static String describe(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
