package dev.placementadvisor.cli;

import dev.placementadvisor.importer.Imported;
import dev.placementadvisor.importer.Importer;
import dev.placementadvisor.importer.InventoryWriter;
import dev.placementadvisor.importer.Reimport;
import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.Location;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.input.YamlTreeReader;
import dev.placementadvisor.inventory.Inventory;
import dev.placementadvisor.inventory.InventoryLoader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One run of import, for {@code advisor import} and {@code assess --import}: reads the files,
 * writes the inventory's text (over an existing inventory when there is one), checks that it loads,
 * and prints the summary on standard error.
 */
final class ImportRun {
  /** How an inventory made in memory is named in messages. */
  static final String IN_MEMORY = "<import>";

  private ImportRun() {}

  /** An import's inventory: its text, and the inventory that text loads as. */
  record Result(String text, Inventory inventory) {}

  /**
   * The inventory of {@code paths} and {@code traffic}, merged into {@code base} when it is an
   * existing, non-empty file; {@code exclude} is never read as a deployment file. The text is
   * loaded once, to check it: {@code assess --import} assesses what that gives.
   */
  static Result run(
      List<Path> paths,
      List<Path> traffic,
      boolean allowOutside,
      Path base,
      Path exclude,
      PrintWriter err) {
    Imported imported = Importer.run(paths, traffic, allowOutside, exclude);
    String text;
    Inventory inventory;
    long needing;
    List<String> changes = new ArrayList<>();
    if (base != null && Files.isRegularFile(base) && size(base) > 0) {
      String display = Text.path(base);
      Reimport.Result r = Reimport.merge(YamlTreeReader.readText(base, display), display, imported);
      text = r.text();
      needing = r.needingTraffic();
      changes.addAll(r.changes());
      if (!r.notFound().isEmpty()) {
        changes.add(
            "kept, though no deployment file defines them any more: "
                + Text.printable(String.join(", ", r.notFound())));
      }
      inventory = check(text, display, imported);
    } else {
      text = InventoryWriter.write(imported);
      needing = imported.needingTraffic();
      inventory = check(text, IN_MEMORY, imported);
    }
    if (err != null) {
      summary(imported, needing, changes, base != null && size(base) > 0, err);
    }
    return new Result(text, inventory);
  }

  private static long size(Path p) {
    try {
      return Files.isRegularFile(p) ? Files.size(p) : 0;
    } catch (java.io.IOException e) {
      return 0;
    }
  }

  /**
   * Loads the written inventory: a value the deployment files gave that the inventory refuses is
   * reported at the service's source, with the problem.
   */
  private static Inventory check(String text, String display, Imported imported) {
    try {
      return InventoryLoader.parse(text, display);
    } catch (InputException e) {
      Imported.Service s = serviceAt(text, e.location(), imported);
      if (s == null) {
        throw e;
      }
      // The problem without the loader's pointer to the source (its origin), which this names.
      throw new InputException(
          s.source(),
          e.problem()
              + " (imported as service '"
              + s.name()
              + "'; the inventory takes no such value)");
    }
  }

  /** The imported service whose block holds {@code at}, or null. */
  private static Imported.Service serviceAt(String text, Location at, Imported imported) {
    if (at == null || !at.hasLine()) {
      return null;
    }
    List<String> lines = text.lines().toList();
    for (int i = Math.min(at.line(), lines.size()) - 1; i >= 0; i--) {
      String line = lines.get(i);
      if (line.startsWith("  - name: ")) {
        String name = line.substring("  - name: ".length()).replace("\"", "").strip();
        for (Imported.Service s : imported.services()) {
          if (s.name().equals(name)) {
            return s;
          }
        }
        return null;
      }
    }
    return null;
  }

  private static void summary(
      Imported imported, long needing, List<String> changes, boolean updating, PrintWriter err) {
    List<String> formats = new ArrayList<>();
    imported.byFormat().forEach((id, n) -> formats.add(id + " " + n));
    int n = imported.services().size();
    err.println(
        "advisor import: "
            + n
            + (n == 1 ? " service" : " services")
            + " from "
            + imported.files()
            + (imported.files() == 1 ? " file" : " files")
            + " ("
            + String.join(", ", formats)
            + ")");
    if (!imported.ignored().isEmpty()) {
      err.println("  not imported: " + counts(imported.ignored()));
    }
    if (imported.skipped() > 0) {
      err.println(
          "  skipped "
              + imported.skipped()
              + " file"
              + (imported.skipped() == 1 ? "" : "s")
              + " in the directories that no format reads");
    }
    if (imported.linksSkipped() > 0) {
      err.println(
          "  did not follow "
              + imported.linksSkipped()
              + " symbolic link"
              + (imported.linksSkipped() == 1 ? "" : "s")
              + " (out of the directory named, to nothing, or round a loop)");
    }
    imported.warnings().forEach(w -> err.println("warning: " + w));
    if (updating) {
      err.println(changes.isEmpty() ? "  no change" : "  changes:");
      changes.forEach(c -> err.println("    " + c));
    }
    err.println(
        needing == 0
            ? "  every service has measured traffic"
            : "  "
                + needing
                + (needing == 1 ? " service needs" : " services need")
                + " traffic: fill in the profile "
                + InventoryWriter.PLACEHOLDER
                + " (marked TODO), or pass --traffic FILE");
    err.flush();
  }

  private static String counts(Map<String, Integer> counts) {
    List<String> parts = new ArrayList<>();
    counts.forEach((k, v) -> parts.add(Text.printable(k) + " " + v));
    return String.join(", ", parts);
  }
}
