package dev.placementadvisor.cli;

import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.Location;
import dev.placementadvisor.render.Utf8Writer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
      toStdout(stdout, content);
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
      tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
    } catch (IOException e) {
      throw new InputException(
          Location.ofFile(target.toString()), "cannot write: " + describe(e));
    }
    boolean done = false;
    try {
      // UTF-8 that refuses what it cannot encode, as Files.newBufferedWriter would; renderers
      // that hold their text as UTF-8 write the bytes straight through it.
      try (Writer w = new Utf8Writer(Files.newOutputStream(tmp))) {
        content.writeTo(w);
      }
      keepPermissions(tmp, absolute);
      try {
        Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      done = true;
    } catch (CharacterCodingException e) {
      throw e; // text no UTF-8 file can hold: a bug, not the disk's fault
    } catch (IOException e) {
      // A full disk, a quota, a file system gone read-only: the previous file stays as it was.
      throw new InputException(
          Location.ofFile(target.toString()), "cannot write: " + describe(e), e);
    } finally {
      if (!done) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /**
   * Writes to standard output: the real one as UTF-8 bytes (see {@link StandardOutput}). When it
   * is closed early (a pipe whose reader has quit, as in {@code advisor assess big.yaml | head}),
   * writing stops quietly, as a {@link PrintWriter} would carry on quietly.
   */
  private static void toStdout(PrintWriter stdout, Content content) throws IOException {
    if (!(stdout instanceof StandardOutput real)) {
      content.writeTo(stdout);
      stdout.flush();
      return;
    }
    stdout.flush();
    try {
      content.writeTo(real.utf8());
      real.utf8().flush();
    } catch (CharacterCodingException e) {
      throw e;
    } catch (IOException e) {
      // The reader is gone: nothing more can be shown.
    }
  }

  /**
   * Gives the new file the old file's permissions, or rw-r--r-- for a new file (a temporary file
   * is created private, rw-------).
   */
  private static void keepPermissions(Path tmp, Path target) throws IOException {
    if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    java.util.Set<java.nio.file.attribute.PosixFilePermission> perms =
        Files.exists(target)
            ? Files.getPosixFilePermissions(target)
            : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(tmp, perms);
  }

  private static String describe(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
