package dev.placementadvisor.importer;

import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.InputFiles;
import dev.placementadvisor.input.Location;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.input.YamlTreeReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the deployment files of the paths named to {@code advisor import}, and the format of each.
 * A file named is read, and refused when no format accepts it. A directory is walked at most {@link
 * #MAX_DEPTH} levels deep, in name order, skipping hidden files and directories and symbolic links
 * that lead outside it (unless outside paths are allowed) or back into a directory already walked;
 * its files with a name a format may read ({@link #CANDIDATES}) are read, and skipped when no
 * format accepts them.
 */
final class ImportWalk {
  /** Deepest directory walked below a directory named. */
  static final int MAX_DEPTH = 16;

  /** Most files read under the directories named. */
  static final int MAX_FILES = 10_000;

  /** The names of files a format may read, found in a directory. */
  static final Pattern CANDIDATES = Pattern.compile("(?i).*\\.(ya?ml|json|jsonc|toml)");

  /** A file to import, its text and the format that accepted it. */
  record Found(Path path, String text, DeploymentFormat format) {}

  private final List<DeploymentFormat> formats;
  private final boolean allowOutside;
  private final Path exclude;
  final List<Found> found = new ArrayList<>();

  /** Files found in directories that no format accepts. */
  int skipped;

  /** Symbolic links not followed. */
  int linksSkipped;

  private int read;

  /**
   * @param exclude a file never read (the inventory being written), or null
   */
  ImportWalk(List<DeploymentFormat> formats, boolean allowOutside, Path exclude) {
    this.formats = formats;
    this.allowOutside = allowOutside;
    this.exclude = exclude;
  }

  /** Reads every path named. */
  ImportWalk walk(List<Path> paths) {
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        directory(p, realPath(p), 0, new HashSet<>());
      } else {
        named(p);
      }
    }
    return this;
  }

  private void named(Path p) {
    String display = Text.path(p);
    String text = YamlTreeReader.readText(InputFiles.named(p, allowOutside), display);
    DeploymentFormat f = formatOf(p, text);
    if (f == null) {
      throw new InputException(
          Location.ofFile(display),
          "not a deployment file advisor import reads ("
              + ids()
              + ")"
              + (text.contains("{{")
                  ? ": it holds a template ({{ }}); import its rendered output (helm template)"
                  : ""));
    }
    found.add(new Found(p, text, f));
  }

  private void directory(Path dir, Path root, int depth, Set<Path> seen) {
    Path real = realPath(dir);
    if (depth > MAX_DEPTH || real == null || !seen.add(real)) {
      return;
    }
    List<Path> entries;
    try (Stream<Path> list = Files.list(dir)) {
      entries = list.sorted().toList();
    } catch (IOException e) {
      throw new InputException(Location.ofFile(Text.path(dir)), "cannot list the directory");
    }
    for (Path e : entries) {
      String name = e.getFileName().toString();
      if (name.startsWith(".")) {
        continue;
      }
      if (Files.isSymbolicLink(e)) {
        Path target = realPath(e);
        if (target == null || !allowOutside && !target.startsWith(root)) {
          linksSkipped++;
          continue;
        }
      }
      if (Files.isDirectory(e)) {
        directory(e, root, depth + 1, seen);
      } else if (Files.isRegularFile(e) && CANDIDATES.matcher(name).matches() && !excluded(e)) {
        candidate(e);
      }
    }
  }

  private void candidate(Path file) {
    if (++read > MAX_FILES) {
      throw new InputException(
          "more than "
              + MAX_FILES
              + " files to read under the directories named: name the"
              + " directories of the deployment files");
    }
    String text = YamlTreeReader.readText(file, Text.path(file));
    DeploymentFormat f = formatOf(file, text);
    if (f == null) {
      skipped++;
    } else {
      found.add(new Found(file, text, f));
    }
  }

  private boolean excluded(Path file) {
    try {
      return exclude != null && Files.exists(exclude) && Files.isSameFile(file, exclude);
    } catch (IOException e) {
      return false;
    }
  }

  private DeploymentFormat formatOf(Path file, String text) {
    for (DeploymentFormat f : formats) {
      if (f.accepts(file, text)) {
        return f;
      }
    }
    return null;
  }

  private String ids() {
    return String.join(", ", formats.stream().map(DeploymentFormat::id).toList());
  }

  /** The real path, or null for a link to nothing or a loop of links. */
  private static Path realPath(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return null;
    }
  }
}
