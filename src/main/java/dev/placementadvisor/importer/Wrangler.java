package dev.placementadvisor.importer;

import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.Location;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.input.YamlNode;
import dev.placementadvisor.input.YamlNode.MapNode;
import dev.placementadvisor.input.YamlTreeReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Cloudflare wrangler files ({@code wrangler.toml}, {@code wrangler.json}, {@code wrangler.jsonc}):
 * one Worker, already on the edge, so it is pinned to {@code cloudflare-workers}. Only the top
 * level is imported: the file's environments ({@code [env.NAME]}) are named in a note, as they
 * deploy the same code.
 */
public final class Wrangler implements DeploymentFormat {
  /** The edge's default average duration: a cpu_ms above it cannot be a request's CPU time. */
  private static final double DEFAULT_AVG_DURATION_MS = 100;

  @Override
  public String id() {
    return "wrangler";
  }

  @Override
  public boolean accepts(Path file, String text) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    return name.startsWith("wrangler") && name.matches(".*\\.(toml|json|jsonc)");
  }

  @Override
  public List<Draft> read(Path file, String text) {
    String shown = file.toString();
    String lower = shown.toLowerCase(Locale.ROOT);
    YamlNode root =
        lower.endsWith(".toml")
            ? TomlTree.parse(text, shown)
            : YamlTreeReader.parseJson(text, shown, lower.endsWith(".jsonc"));
    MapNode top = Nodes.mapping(root, "the wrangler file");
    YamlNode nameNode = Nodes.get(top, "name");
    String name = Nodes.text(nameNode);
    if (name == null) {
      throw new InputException(
          nameNode == null ? new Location(shown, 1, 1) : nameNode.location(),
          "a wrangler file without a name: name the Worker");
    }
    DraftBuilder d =
        new DraftBuilder(Nodes.serviceName(name, nameNode.location()), nameNode.location());
    d.put("platforms", List.of("cloudflare-workers"));
    runtime(d, Nodes.single(Nodes.get(top, "main"), "main"));
    limits(d, Nodes.optionalMap(top, "limits"));
    bindings(d, top);
    crons(d, top);
    MapNode envs = Nodes.optionalMap(top, "env");
    if (envs != null && !envs.entries().isEmpty()) {
      List<String> names = envs.entries().keySet().stream().map(Text::shorten).toList();
      d.note(
          "environments "
              + String.join(", ", names)
              + " are not imported: they deploy the"
              + " same code; import a copy per environment if their settings differ");
    }
    return List.of(d.build());
  }

  private static void runtime(DraftBuilder d, String main) {
    String m = main == null ? "" : main.toLowerCase(Locale.ROOT);
    if (m.matches(".*\\.(ts|mts|cts|tsx)")) {
      d.put("runtime", "typescript");
    } else if (m.matches(".*\\.(js|mjs|cjs|jsx)")) {
      d.put("runtime", "javascript");
    } else if (m.endsWith(".py")) {
      d.put("runtime", "python");
    } else {
      d.note(
          "main "
              + (main == null
                  ? "is not given"
                  : Text.shorten(main) + " is not a script" + " advisor knows")
              + ": set runtime");
    }
  }

  private static void limits(DraftBuilder d, MapNode limits) {
    YamlNode cpu = Nodes.get(limits, "cpu_ms");
    if (cpu == null) {
      return;
    }
    double ms = Nodes.positive(cpu, "cpu_ms", 900_000);
    if (ms <= DEFAULT_AVG_DURATION_MS) {
      d.put("cpuMsPerRequest", Nodes.figure(ms));
      d.note(
          "cpuMsPerRequest is limits.cpu_ms, the most a request may use: set what a request"
              + " typically uses");
    } else {
      d.note(
          "limits.cpu_ms "
              + Nodes.figure(ms)
              + " is the most a request may use, more than"
              + " the default duration: cpuMsPerRequest left out, set it with avgDurationMs");
    }
  }

  private static void bindings(DraftBuilder d, MapNode top) {
    MapNode objects = Nodes.getMap(top, "durable_objects");
    if (!Nodes.items(Nodes.get(objects, "bindings")).isEmpty()) {
      d.put("dataStore", "key-value");
      d.note("binds Durable Objects: its state lives in them (dataStore: key-value)");
    }
    if (!Nodes.items(Nodes.get(top, "kv_namespaces")).isEmpty()) {
      d.note("binds KV namespaces: set dataStore: key-value if it writes to them");
    }
    if (!Nodes.items(Nodes.get(top, "d1_databases")).isEmpty()) {
      d.note("binds D1 databases: its data is relational; set dataStore if it is priced here");
    }
  }

  private static void crons(DraftBuilder d, MapNode top) {
    List<YamlNode> crons = Nodes.items(Nodes.get(Nodes.getMap(top, "triggers"), "crons"));
    if (crons.isEmpty()) {
      return;
    }
    Triggers triggers = new Triggers();
    if (Nodes.get(top, "routes") != null || Nodes.get(top, "route") != null) {
      triggers.serves();
    }
    for (YamlNode cron : crons) {
      String text = Nodes.text(cron);
      triggers.schedule(
          text == null ? "(not text)" : text, text == null ? null : Schedules.unix(text));
    }
    triggers.applyTo(d);
  }
}
