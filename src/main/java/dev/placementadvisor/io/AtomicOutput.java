package dev.placementadvisor.io;

import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.Location;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Writes a command's output to standard output or to the file named with {@code -o}, by the rules
 * in docs/exit-codes.md ("Output files"):
 *
 * <ul>
 *   <li>a regular file, or a name where nothing is yet, is written to a temporary file in the same
 *       directory and renamed into place only when complete: it is never half-written, and an
 *       existing file keeps its mode (and owner and group where allowed);
 *   <li>a symbolic link to a regular file is written through: the file it points to is replaced,
 *       the link stays; a link to nothing is refused (as {@code cp} refuses it);
 *   <li>a FIFO, a character device or another special file that reads a stream is written to
 *       directly, as a stream, and never replaced; so is a process's open descriptor ({@code
 *       /dev/stdout}, {@code /dev/fd/N}), which is appended to when it is a file;
 *   <li>a directory, a socket or a block device is refused;
 *   <li>a file that is also an input of the command is refused before anything is read.
 * </ul>
 *
 * Every refusal and every failure is an {@link InputException} (exit 2), one line starting {@code
 * OUT: cannot write:}, and leaves an existing file as it was. A temporary file is removed when the
 * write fails and, by a shutdown hook, when the JVM is stopped by a signal during the write.
 */
public final class AtomicOutput {
  /** Produces the content. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Writer out) throws IOException;
  }

  /** A file the command reads, and what it is ("the inventory"), for the refusal's message. */
  public record Input(String role, Path path) {}

  /** What a path is, by its file type (after following symbolic links). */
  enum FileType {
    REGULAR("a regular file"),
    DIRECTORY("a directory"),
    FIFO("a FIFO"),
    CHARACTER_DEVICE("a character device"),
    BLOCK_DEVICE("a block device"),
    SOCKET("a socket"),
    OTHER("a special file");

    final String description;

    FileType(String description) {
      this.description = description;
    }

    /** The type from the {@code st_mode} of stat(2). */
    static FileType ofMode(int mode) {
      switch (mode & 0170000) {
        case 0100000:
          return REGULAR;
        case 0040000:
          return DIRECTORY;
        case 0010000:
          return FIFO;
        case 0020000:
          return CHARACTER_DEVICE;
        case 0060000:
          return BLOCK_DEVICE;
        case 0140000:
          return SOCKET;
        default:
          return OTHER;
      }
    }

    /**
     * What {@code -o} does with a target of this type that exists: replaces it (a regular file),
     * writes to it as it stands (anything that reads a stream), or refuses it.
     */
    Action action() {
      switch (this) {
        case REGULAR:
          return Action.REPLACE;
        case DIRECTORY:
        case BLOCK_DEVICE:
        case SOCKET:
          return Action.REFUSE;
        default:
          return Action.STREAM;
      }
    }
  }

  /** How a target is written. */
  enum Action {
    /** A temporary file in the target's directory, renamed over the target when complete. */
    REPLACE,
    /** Opened for writing (appending, never creating) and written to as it is. */
    STREAM,
    /** Not written: exit 2. */
    REFUSE
  }

  /**
   * Where and how to write: {@code path} is the file to replace or create (the real location,
   * symbolic links resolved) or the path to open as a stream; {@code fileKey} identifies a stream
   * target, so that one swapped for another file between the check and the open is noticed; {@code
   * existing} is false for a file to be created.
   */
  record Plan(Action action, Path path, boolean existing, Object fileKey) {}

  /**
   * An entry of a process's descriptor directory (/proc/self/fd, /proc/PID/task/TID/fd), which
   * /dev/stdout, /dev/stderr and /dev/fd/N lead to on Linux.
   */
  private static final Pattern DESCRIPTOR_DIRECTORY =
      Pattern.compile("/proc/[^/]+(/task/[^/]+)?/fd");

  /** Symbolic links followed at most, as Linux's own limit (ELOOP). */
  private static final int MAX_LINKS = 40;

  private final Path target;
  private final PrintWriter stdout;
  private final List<Input> inputs;

  private AtomicOutput(Path target, PrintWriter stdout, List<Input> inputs) {
    this.target = target;
    this.stdout = stdout;
    this.inputs = inputs;
  }

  /**
   * The output for {@code -o target} (standard output when it is null), checked now, before the
   * command reads anything: a target that is refused, or that is one of {@code inputs} (null paths
   * are skipped), ends the command here with exit 2.
   */
  public static AtomicOutput to(Path target, PrintWriter stdout, Input... inputs) {
    List<Input> given = new ArrayList<>();
    for (Input i : inputs) {
      if (i.path() != null) {
        given.add(i);
      }
    }
    AtomicOutput out = new AtomicOutput(target, stdout, List.copyOf(given));
    if (target != null) {
      out.plan(List.of());
    }
    return out;
  }

  /** Writes {@code content} to {@code target}, or to {@code stdout} when it is null. */
  public static void write(Path target, PrintWriter stdout, Content content) throws IOException {
    to(target, stdout).write(content);
  }

  /**
   * Writes the content. The target is checked again, as it may have changed while the command
   * worked, together with {@code moreInputs}: inputs found only on the way (a pricing catalog an
   * inventory names).
   */
  public void write(Content content, Input... moreInputs) throws IOException {
    if (target == null) {
      toStdout(stdout, content);
      return;
    }
    List<Input> more = new ArrayList<>();
    for (Input i : moreInputs) {
      if (i.path() != null) {
        more.add(i);
      }
    }
    Plan plan = plan(more);
    if (plan.action() == Action.STREAM) {
      stream(plan, content);
    } else {
      replace(plan, content);
    }
  }

  // ------------------------------------------------------------------ the plan

  /** Decides how the target is written, or refuses it; checks it is none of the inputs. */
  private Plan plan(List<Input> more) {
    Plan plan = planFor(target.toAbsolutePath());
    for (List<Input> list : List.of(inputs, more)) {
      for (Input input : list) {
        if (sameFile(target, input.path())) {
          throw cannotWrite(
              "it is the "
                  + input.role()
                  + (input.path().toString().equals(target.toString())
                      ? ""
                      : " (" + input.path() + ")")
                  + ", which this command reads");
        }
      }
    }
    return plan;
  }

  private Plan planFor(Path absolute) {
    BasicFileAttributes entry;
    try {
      entry = Files.readAttributes(absolute, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return newFile(absolute);
    } catch (IOException e) {
      throw cannotWrite(describe(e), e);
    }
    BasicFileAttributes attrs = entry;
    boolean descriptor = false;
    if (entry.isSymbolicLink()) {
      try {
        attrs = Files.readAttributes(absolute, BasicFileAttributes.class);
      } catch (NoSuchFileException e) {
        throw cannotWrite(
            "it is a symbolic link to a file that does not exist ("
                + linkText(absolute)
                + "); create that file first, or name it with -o");
      } catch (IOException e) {
        throw cannotWrite(describe(e), e);
      }
      descriptor = throughDescriptor(absolute);
    }
    FileType type = typeOf(absolute, attrs);
    switch (type.action()) {
      case REFUSE:
        throw cannotWrite("it is " + type.description);
      case STREAM:
        return new Plan(Action.STREAM, absolute, true, attrs.fileKey());
      default:
        if (descriptor) {
          // /dev/stdout redirected to a file: the shell's file, appended to as a stream, rather
          // than replaced (which would lose what an earlier >> put there).
          return new Plan(Action.STREAM, absolute, true, attrs.fileKey());
        }
        try {
          return new Plan(Action.REPLACE, absolute.toRealPath(), true, attrs.fileKey());
        } catch (IOException e) {
          throw cannotWrite(describe(e), e);
        }
    }
  }

  /** Nothing at the name yet: a new file, in a directory that must exist. */
  private Plan newFile(Path absolute) {
    Path dir = absolute.getParent();
    if (dir == null) {
      throw cannotWrite("the directory does not exist");
    }
    if (!Files.isDirectory(dir)) {
      throw cannotWrite(
          Files.exists(dir) ? dir + " is not a directory" : "the directory does not exist");
    }
    try {
      Path realDir = dir.toRealPath();
      return new Plan(Action.REPLACE, realDir.resolve(absolute.getFileName()), false, null);
    } catch (IOException e) {
      throw cannotWrite(describe(e), e);
    }
  }

  /** The file type of what {@code path} leads to, from its attributes and its mode. */
  static FileType typeOf(Path path, BasicFileAttributes attrs) {
    if (attrs.isRegularFile()) {
      return FileType.REGULAR;
    }
    if (attrs.isDirectory()) {
      return FileType.DIRECTORY;
    }
    if (path.getFileSystem().supportedFileAttributeViews().contains("unix")) {
      try {
        return FileType.ofMode((Integer) Files.getAttribute(path, "unix:mode"));
      } catch (IOException | RuntimeException e) {
        return FileType.OTHER;
      }
    }
    return FileType.OTHER;
  }

  /**
   * True when following the link {@code path} passes through a process's descriptor directory, as
   * /dev/stdout and /dev/fd/N do on Linux: that entry stands for an open descriptor (a pipe, a
   * terminal, a file the shell opened with > or >>), not for a name to replace.
   */
  static boolean throughDescriptor(Path path) {
    Path p = path.toAbsolutePath();
    for (int hops = 0; hops < MAX_LINKS; hops++) {
      Path dir = p.getParent();
      Path name = p.getFileName();
      if (dir == null || name == null) {
        return false;
      }
      try {
        Path realDir = dir.toRealPath();
        if (DESCRIPTOR_DIRECTORY.matcher(realDir.toString()).matches()) {
          return true;
        }
        Path link = realDir.resolve(name);
        if (!Files.isSymbolicLink(link)) {
          return false;
        }
        p = realDir.resolve(Files.readSymbolicLink(link));
      } catch (IOException | RuntimeException e) {
        return false;
      }
    }
    return false;
  }

  private static String linkText(Path link) {
    try {
      return String.valueOf(Files.readSymbolicLink(link));
    } catch (IOException e) {
      return "unreadable";
    }
  }

  /** Whether {@code a} and {@code b} are one file (through links, hard links included). */
  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  // ---------------------------------------------------------------- streaming

  /**
   * Writes straight to a FIFO, a device or a descriptor: opened to append (which a pipe or a device
   * ignores) and never to create or truncate, so that it cannot become a regular file.
   */
  private void stream(Plan plan, Content content) throws IOException {
    try (OutputStream os =
        Files.newOutputStream(plan.path(), StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      Object key = Files.readAttributes(plan.path(), BasicFileAttributes.class).fileKey();
      if (!Objects.equals(key, plan.fileKey())) {
        throw cannotWrite("it was replaced by another file while being opened");
      }
      Utf8Writer w = new Utf8Writer(os);
      content.writeTo(w);
      w.flush();
    } catch (CharacterCodingException | InputException e) {
      throw e;
    } catch (IOException e) {
      throw cannotWrite(describe(e), e);
    }
  }

  // ---------------------------------------------------------------- replacing

  /** Deletes a write's temporary file when the JVM is stopped (SIGINT, SIGTERM, SIGHUP). */
  private static final class Cleanup extends Thread {
    private volatile Path tmp;

    Cleanup() {
      super("advisor-output-cleanup");
    }

    @Override
    public void run() {
      Path t = tmp;
      if (t != null) {
        try {
          Files.deleteIfExists(t);
        } catch (IOException | RuntimeException e) {
          // Nothing more can be done while the JVM stops.
        }
      }
    }
  }

  /**
   * Writes the target through a temporary file in its directory, renamed into place when complete.
   * The shutdown hook is registered before the temporary file exists, so that no moment leaves one
   * behind unwatched.
   */
  private void replace(Plan plan, Content content) throws IOException {
    Path dir = plan.path().getParent();
    Cleanup cleanup = new Cleanup();
    try {
      Runtime.getRuntime().addShutdownHook(cleanup);
    } catch (IllegalStateException e) {
      throw cannotWrite("the program is being stopped");
    }
    Path tmp = null;
    boolean done = false;
    try {
      FileChannel channel;
      try {
        // A short name of its own, so that a target name near the 255-byte limit still fits.
        // A new file gets the mode of any new file (the umask applies); a replacement starts
        // owner-only and takes the old file's mode before it is renamed into place.
        Set<OpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        FileAttribute<?>[] attrs =
            plan.existing() && posix(dir)
                ? new FileAttribute<?>[] {
                  PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
                }
                : new FileAttribute<?>[0];
        for (int attempt = 0; ; attempt++) {
          Path candidate = dir.resolve(tempName());
          try {
            channel = FileChannel.open(candidate, options, attrs);
            tmp = candidate;
            cleanup.tmp = candidate;
            break;
          } catch (FileAlreadyExistsException e) {
            if (attempt == 100) {
              throw e;
            }
          }
        }
      } catch (IOException e) {
        throw cannotWrite(describe(e), e);
      }
      commit(plan, content, channel, tmp);
      done = true;
      cleanup.tmp = null;
    } finally {
      release(done ? null : tmp, cleanup);
    }
  }

  /**
   * Writes the content to the open temporary file {@code tmp}, forces it to disk, gives it the old
   * file's attributes and renames it over the target, once the target is checked again. A failure
   * leaves the target as it was; the caller removes {@code tmp}.
   */
  private void commit(Plan plan, Content content, FileChannel channel, Path tmp)
      throws IOException {
    Path file = plan.path();
    try {
      // UTF-8 that refuses what it cannot encode, as Files.newBufferedWriter would; renderers
      // that hold their text as UTF-8 write the bytes straight through it.
      try (Writer w = new Utf8Writer(Channels.newOutputStream(channel))) {
        content.writeTo(w);
        w.flush();
        channel.force(false);
      }
      if (plan.existing()) {
        keepAttributes(tmp, file);
      }
      // Checked once more just before the rename: what stands there now must still be what
      // may be replaced (nothing, for a new file; a regular file, for an existing one).
      recheck(plan);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (CharacterCodingException | InputException e) {
      throw e; // text no UTF-8 file can hold: a bug, not the disk's fault
    } catch (IOException e) {
      // A full disk, a quota, a file system gone read-only: the previous file stays as it was.
      throw cannotWrite(describe(e), e);
    }
  }

  /**
   * Ends a write, whether it succeeded or not: deletes {@code leftover}, the temporary file of a
   * write that failed (null when there is none), and takes down the shutdown hook that would have
   * deleted it.
   */
  private static void release(Path leftover, Cleanup cleanup) {
    if (leftover != null) {
      try {
        Files.deleteIfExists(leftover);
      } catch (IOException e) {
        // The write has failed already; that failure is the one to report.
      }
    }
    cleanup.tmp = null;
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException e) {
      // The JVM is stopping: the hook runs, and finds nothing to delete.
    }
  }

  private void recheck(Plan plan) throws IOException {
    BasicFileAttributes now;
    try {
      now = Files.readAttributes(plan.path(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return; // nothing there (now): the report takes the name
    }
    if (!now.isRegularFile()) {
      throw cannotWrite(
          "it became "
              + (now.isSymbolicLink() ? "a symbolic link" : typeOf(plan.path(), now).description)
              + " while the output was made");
    }
  }

  private static String tempName() {
    return ".advisor-" + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36) + ".tmp";
  }

  private static boolean posix(Path dir) {
    return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  /**
   * Gives the new file the old file's mode, and its owner and group where this user may (root may
   * give any; others may give only a group of their own): replacing a file through a temporary one
   * must not change who can read it.
   */
  private static void keepAttributes(Path tmp, Path old) throws IOException {
    if (!posix(tmp)) {
      return;
    }
    PosixFileAttributes was;
    try {
      was = Files.readAttributes(old, PosixFileAttributes.class);
    } catch (NoSuchFileException e) {
      return; // removed while the report was made: a new file, then
    }
    PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
    PosixFileAttributes now = view.readAttributes();
    if (!now.group().equals(was.group())) {
      try {
        view.setGroup(was.group());
      } catch (IOException e) {
        // Not this user's group to give.
      }
    }
    if (!now.owner().equals(was.owner())) {
      try {
        view.setOwner(was.owner());
      } catch (IOException e) {
        // Only root may give a file away.
      }
    }
    view.setPermissions(was.permissions());
  }

  // --------------------------------------------------------------- stdout

  /**
   * Writes to standard output: the real one as UTF-8 bytes (see {@link StandardOutput}). When it is
   * closed early (a pipe whose reader has quit, as in {@code advisor assess big.yaml | head}),
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

  // --------------------------------------------------------------- messages

  private InputException cannotWrite(String why) {
    return new InputException(Location.ofFile(target.toString()), "cannot write: " + why);
  }

  private InputException cannotWrite(String why, Throwable cause) {
    return new InputException(Location.ofFile(target.toString()), "cannot write: " + why, cause);
  }

  /** The system's reason, without the temporary file's name that the exception may carry. */
  public static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof FileSystemLoopException) {
      return "too many levels of symbolic links";
    }
    if (e instanceof FileSystemException fs) {
      return fs.getReason() == null ? e.getClass().getSimpleName() : lowerFirst(fs.getReason());
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : lowerFirst(e.getMessage());
  }

  /** "No space left on device" as "no space left on device"; "EOF" stays. */
  private static String lowerFirst(String s) {
    if (s.length() > 1
        && Character.isUpperCase(s.charAt(0))
        && Character.isLowerCase(s.charAt(1))) {
      return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
    return s;
  }
}
