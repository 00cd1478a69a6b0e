package dev.placementadvisor.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides which files may be read. A file named on the command line was chosen by whoever runs the
 * tool, but the file itself may be a symbolic link committed to a repository by anyone who can open
 * a pull request; a path written in an inventory is entirely the inventory author's. So:
 *
 * <ul>
 *   <li>a path written in a file resolves against that file's directory and must stay inside it,
 *       also after following symbolic links; an absolute path is refused;
 *   <li>a symbolic link named on the command line must lead to a file in the link's own directory
 *       (or below it);
 *   <li>devices, sockets and the kernel's files under {@code /proc} and {@code /sys} are never
 *       read; a named pipe (FIFO) is read, within a time limit, only when named on the command line
 *       (process substitution, {@code /dev/stdin} on a pipe), never from a path in a file.
 * </ul>
 *
 * <p>{@code --allow-outside-paths} lifts the first two rules, not the third.
 */
public final class InputFiles {
  /** The option that lifts the directory rules. */
  public static final String ALLOW_OUTSIDE = "--allow-outside-paths";

  private InputFiles() {}

  /**
   * Checks a file named on the command line before it is read. What any file must be to be read at
   * all is checked when it is read ({@link #checkReadable}); this adds the rule for a symbolic
   * link. Returns the path (as given).
   */
  public static Path named(Path given, boolean allowOutside) {
    if (allowOutside || !Files.isSymbolicLink(given)) {
      return given;
    }
    if (isFifo(given)) {
      return given; // a pipe holds no secret at rest: read within the time limit
    }
    Location where = Location.ofFile(Text.path(given));
    Path real = realPath(given, where);
    if (!real.startsWith(realPath(directoryOf(given), where))) {
      throw new InputException(
          where,
          "is a symbolic link to a file outside its directory; a link in a repository could"
              + " point at a secret, so it is not read (pass "
              + ALLOW_OUTSIDE
              + " to read it)");
    }
    return given;
  }

  /**
   * Refuses what is never read, whoever named it: a directory, a device or socket, a kernel file
   * under /proc or /sys. A named pipe passes (its reader applies a time limit).
   */
  static void checkReadable(Path path, BasicFileAttributes attributes, Location where) {
    if (attributes.isDirectory()) {
      throw new InputException(where, "is a directory, not a file");
    }
    if (attributes.isOther() && !isFifo(path)) {
      throw new InputException(where, "is a device or socket, not a file");
    }
    if (attributes.isRegularFile()) {
      checkNotKernel(path, where);
    }
  }

  /**
   * The files named on the command line, with each directory replaced by its {@code *.yaml} and
   * {@code *.yml} files (sorted, not its subdirectories'); {@code -} (standard input) stays.
   */
  public static List<Path> expand(List<Path> named) {
    List<Path> files = new ArrayList<>();
    for (Path p : named) {
      if (!p.toString().equals("-") && Files.isDirectory(p)) {
        List<Path> yaml = new ArrayList<>();
        try (java.util.stream.Stream<Path> list = Files.list(p)) {
          list.filter(f -> f.getFileName().toString().matches("(?i).*\\.ya?ml"))
              .filter(f -> !f.getFileName().toString().startsWith("."))
              .filter(Files::isRegularFile)
              .sorted()
              .forEach(yaml::add);
        } catch (IOException e) {
          throw new InputException(Location.ofFile(Text.path(p)), "cannot list: " + reason(e));
        }
        if (yaml.isEmpty()) {
          throw new InputException(
              Location.ofFile(Text.path(p)), "a directory with no .yaml or .yml file");
        }
        files.addAll(yaml);
      } else {
        files.add(p);
      }
    }
    return files;
  }

  /**
   * Resolves {@code value}, a path written at {@code at} in the file {@code referrer}, against that
   * file's directory, and checks it: it must stay inside the directory (unless {@code
   * allowOutside}) and be a regular file.
   *
   * @param referrerDisplay how messages name the referring file; the result's display name is built
   *     from it (see {@link Resolved#displayName})
   */
  public static Resolved referenced(
      Path referrer, String referrerDisplay, String value, Location at, boolean allowOutside) {
    Path written;
    try {
      written = Path.of(value);
    } catch (InvalidPathException e) {
      throw new InputException(at, "not a valid path" + Text.quoted(at, value));
    }
    if (value.isBlank()) {
      throw new InputException(at, "an empty path");
    }
    Path dir = directoryOf(referrer);
    Path resolved = dir.resolve(written).normalize();
    String display = displayName(referrerDisplay, written);
    if (!allowOutside) {
      if (written.isAbsolute()) {
        throw new InputException(
            at,
            "an absolute path: a path in an inventory is relative to the inventory's directory"
                + " and stays inside it (pass "
                + ALLOW_OUTSIDE
                + " to allow it)");
      }
      if (!resolved.startsWith(dir.normalize())) {
        throw new InputException(
            at,
            "a path that leads outside the inventory's directory (pass "
                + ALLOW_OUTSIDE
                + " to allow it)");
      }
    }
    Location where = Location.ofFile(display);
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(resolved, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw new InputException(at, "no such file" + Text.quoted(at, value));
    } catch (IOException e) {
      throw new InputException(at, "cannot read" + Text.quoted(at, value) + ": " + reason(e));
    }
    if (!allowOutside && !realPath(resolved, where).startsWith(realPath(dir, where))) {
      throw new InputException(
          at,
          "a path that leads outside the inventory's directory through a symbolic link (pass "
              + ALLOW_OUTSIDE
              + " to allow it)");
    }
    if (attributes.isDirectory()) {
      throw new InputException(at, "a directory, not a file" + Text.quoted(at, value));
    }
    if (!attributes.isRegularFile()) {
      throw new InputException(
          at, "not a regular file (a pipe, device or socket)" + Text.quoted(at, value));
    }
    checkNotKernel(resolved, where);
    return new Resolved(resolved, display);
  }

  /**
   * A checked path from a file and how messages name it.
   *
   * @param displayName the path as written, joined to the referring file's name as given (for
   *     {@code samples/shop.yaml} naming {@code prices.yaml}: {@code samples/prices.yaml}), never
   *     an absolute path the user did not write
   */
  public record Resolved(Path path, String displayName) {}

  private static String displayName(String referrerDisplay, Path written) {
    if (written.isAbsolute()) {
      return Text.path(written);
    }
    Path parent;
    try {
      parent = Path.of(referrerDisplay).getParent();
    } catch (InvalidPathException e) {
      parent = null;
    }
    return Text.path((parent == null ? written : parent.resolve(written)).normalize());
  }

  /** True for a named pipe (FIFO), found by the file's mode; false where that is unknown. */
  private static boolean isFifo(Path path) {
    try {
      return Files.getAttribute(path, "unix:mode") instanceof Integer mode
          && (mode & 0170000) == 0010000;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return false;
    }
  }

  /** Refuses the kernel's pseudo-files: they look like regular files but hold process secrets. */
  private static void checkNotKernel(Path path, Location where) {
    Path real = realPath(path, where);
    if (real.startsWith("/proc") || real.startsWith("/sys")) {
      throw new InputException(where, "is a kernel file under /proc or /sys, not a file to read");
    }
  }

  private static Path directoryOf(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    return parent == null ? file.toAbsolutePath().getRoot() : parent;
  }

  private static Path realPath(Path path, Location where) {
    try {
      return path.toRealPath();
    } catch (NoSuchFileException e) {
      throw new InputException(where, "no such file (a dangling symbolic link?)");
    } catch (IOException e) {
      throw new InputException(where, "cannot read file: " + reason(e));
    }
  }

  /** Why an I/O operation failed, in a few words, without the path. */
  static String reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return Text.printable(f.getReason()); // the reason alone: the location names the file
    }
    return e.getClass().getSimpleName();
  }
}
