package dev.placementadvisor.importer;

import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.InputFiles;
import dev.placementadvisor.input.Location;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.input.YamlTreeReader;
import dev.placementadvisor.inventory.InventoryLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads deployment files and measured traffic into the services of an inventory: finds and detects
 * the files ({@link ImportWalk}), reads each with its format, checks every name and that no two
 * services share one, and merges measured traffic by name ({@link Measurements}).
 */
public final class Importer {
  private Importer() {}

  /**
   * Imports {@code paths} with the measured traffic of {@code trafficFiles}.
   *
   * @param exclude a file never read as a deployment file (the inventory written), or null
   */
  public static Imported run(
      List<Path> paths, List<Path> trafficFiles, boolean allowOutside, Path exclude) {
    return run(
        ImportFormats.DEPLOYMENT,
        ImportFormats.TRAFFIC,
        paths,
        trafficFiles,
        allowOutside,
        exclude);
  }

  /** As {@link #run(List, List, boolean, Path)} with the formats given. */
  static Imported run(
      List<DeploymentFormat> formats,
      List<TrafficFormat> trafficFormats,
      List<Path> paths,
      List<Path> trafficFiles,
      boolean allowOutside,
      Path exclude) {
    ImportWalk walk = new ImportWalk(formats, allowOutside, exclude).walk(paths);
    Map<String, Integer> byFormat = new LinkedHashMap<>();
    Map<String, Integer> ignored = new LinkedHashMap<>();
    Map<String, Draft> byName = new LinkedHashMap<>();
    // Each format reads all its files together, formats in the order their first file was met.
    Map<DeploymentFormat, List<ImportWalk.Found>> byKind = new LinkedHashMap<>();
    for (ImportWalk.Found f : walk.found) {
      byKind.computeIfAbsent(f.format(), k -> new ArrayList<>()).add(f);
    }
    for (Map.Entry<DeploymentFormat, List<ImportWalk.Found>> e : byKind.entrySet()) {
      DeploymentFormat.Reading r =
          e.getKey()
              .readingAll(
                  e.getValue().stream().map(ImportWalk.Found::path).toList(),
                  e.getValue().stream().map(ImportWalk.Found::text).toList());
      for (Draft d : r.drafts()) {
        add(byName, d);
        byFormat.merge(e.getKey().id(), 1, Integer::sum);
      }
      r.ignored().forEach((k, n) -> ignored.merge(k, n, Integer::sum));
    }
    if (byName.isEmpty()) {
      throw new InputException(
          "no services found in "
              + String.join(", ", paths.stream().map(Text::path).toList())
              + (walk.found.isEmpty() ? " (no deployment file)" : ""));
    }
    if (byName.size() > InventoryLoader.MAX_SERVICES) {
      throw new InputException(
          byName.size()
              + " services found; an inventory holds at most "
              + InventoryLoader.MAX_SERVICES);
    }
    List<String> warnings = new ArrayList<>();
    List<Measured> measured = measured(trafficFormats, trafficFiles, allowOutside);
    List<Imported.Service> services = Measurements.merge(byName, measured, warnings);
    return new Imported(
        services, byFormat, ignored, walk.found.size(), walk.skipped, walk.linksSkipped, warnings);
  }

  /** Adds a draft, checking its name and that no other service has it. */
  private static void add(Map<String, Draft> byName, Draft d) {
    Location at = d.source();
    if (!InventoryLoader.NAME.matcher(d.name()).matches()) {
      throw new InputException(
          at,
          "the service name"
              + Text.quoted(at, d.name())
              + " is not a valid inventory name:"
              + " use letters, digits, '.', '_' and '-', starting with a letter or digit (at most "
              + InventoryLoader.MAX_NAME_CHARS
              + ")");
    }
    Draft first = byName.putIfAbsent(d.name(), d);
    if (first != null) {
      throw new InputException(
          at,
          "a second service named '"
              + d.name()
              + "' (the first is at "
              + first.source()
              + "): names must be unique in an inventory; import the files apart, or rename one");
    }
  }

  /** The measured traffic of every file, each read by the first traffic format accepting it. */
  private static List<Measured> measured(
      List<TrafficFormat> formats, List<Path> files, boolean allowOutside) {
    List<Measured> all = new ArrayList<>();
    for (Path file : files) {
      String display = Text.path(file);
      String text = YamlTreeReader.readText(InputFiles.named(file, allowOutside), display);
      TrafficFormat format = null;
      for (TrafficFormat f : formats) {
        if (format == null && f.accepts(file, text)) {
          format = f;
        }
      }
      if (format == null) {
        throw new InputException(
            Location.ofFile(display),
            "not a traffic file advisor import reads ("
                + String.join(", ", formats.stream().map(TrafficFormat::id).toList())
                + ")");
      }
      all.addAll(format.read(file, text));
    }
    return all;
  }
}
