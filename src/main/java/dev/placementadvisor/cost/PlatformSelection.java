package dev.placementadvisor.cost;

import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.Location;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.inventory.Organization;
import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.inventory.PlatformChoice;
import dev.placementadvisor.inventory.Service;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which platforms an inventory is priced on and which each service may be placed on: the
 * organization's {@code platforms} (AWS and Cloudflare when it names none), a service's own {@code
 * platforms} (pinned to the ones it names, kept off the ones it names with '-'), and, for a
 * placement none of them offers, the registry's first platform of that placement, priced for
 * comparison but never chosen.
 *
 * <p>A service's candidates are a bit mask over {@link #platforms()} (at most 64 platforms).
 */
public final class PlatformSelection {
  private final List<Platforms.Info> platforms;
  private final List<DataTiers.Info> dataTiers;
  private final long organization;
  private final String organizationText;
  private final Map<PlatformChoice, Long> byChoice = new ConcurrentHashMap<>();

  private PlatformSelection(
      List<Platforms.Info> platforms,
      List<DataTiers.Info> dataTiers,
      long organization,
      String text) {
    this.platforms = List.copyOf(platforms);
    this.dataTiers = List.copyOf(dataTiers);
    this.organization = organization;
    this.organizationText = text;
  }

  /** Every registered platform, each a candidate for every service. */
  public static PlatformSelection all() {
    return new PlatformSelection(
        Platforms.ALL, DataTiers.ALL, (1L << Platforms.ALL.size()) - 1, "every platform");
  }

  /**
   * The platforms of {@code org} and of {@code services}' pins; an unknown name, or a service that
   * keeps off every platform, is an input error at its location.
   */
  public static PlatformSelection of(Organization org, List<Service> services) {
    Set<Platforms.Info> allowed = resolve(org.platforms(), "organization.platforms", null);
    Set<Platforms.Info> used = new LinkedHashSet<>(allowed);
    Set<PlatformChoice> seen = new java.util.HashSet<>();
    for (Service s : services) {
      if (!s.platforms().isEmpty() && seen.add(s.platforms().withoutLocations())) {
        used.addAll(resolve(s.platforms(), "service '" + s.name() + "'", allowed));
      }
    }
    for (Placement p :
        new Placement[] {Placement.WASM_EDGE, Placement.SERVERLESS, Placement.KUBERNETES}) {
      if (used.stream().noneMatch(i -> i.placement() == p)) {
        Platforms.ALL.stream().filter(i -> i.placement() == p).findFirst().ifPresent(used::add);
      }
    }
    List<Platforms.Info> ordered = Platforms.ALL.stream().filter(used::contains).toList();
    long mask = 0;
    for (int i = 0; i < ordered.size(); i++) {
      if (allowed.contains(ordered.get(i))) {
        mask |= 1L << i;
      }
    }
    Set<String> providers = new LinkedHashSet<>();
    allowed.forEach(i -> providers.add(i.provider()));
    List<DataTiers.Info> tiers =
        DataTiers.ALL.stream().filter(t -> providers.contains(t.provider())).toList();
    return new PlatformSelection(ordered, tiers, mask, String.join(", ", org.platforms().names()));
  }

  /**
   * The data tiers the organization can use: those of a provider one of its allowed platforms
   * belongs to, in the registry's order (a data tier is not named in a platforms list).
   */
  public List<DataTiers.Info> dataTiers() {
    return dataTiers;
  }

  /** The platforms to price, in the registry's order. */
  public List<Platforms.Info> platforms() {
    return platforms;
  }

  /** The organization's platforms as written, for messages ("aws, cloudflare"). */
  public String organizationText() {
    return organizationText;
  }

  /** The platforms {@code s} may be placed on, as bits over {@link #platforms()}. */
  public long candidates(Service s) {
    if (s.platforms().isEmpty()) {
      return organization;
    }
    return byChoice.computeIfAbsent(
        s.platforms().withoutLocations(),
        c -> {
          Set<Platforms.Info> mine =
              resolve(s.platforms(), "service '" + s.name() + "'", infos(organization));
          long mask = 0;
          for (int i = 0; i < platforms.size(); i++) {
            if (mine.contains(platforms.get(i))) {
              mask |= 1L << i;
            }
          }
          return mask;
        });
  }

  private Set<Platforms.Info> infos(long mask) {
    Set<Platforms.Info> out = new LinkedHashSet<>();
    for (int i = 0; i < platforms.size(); i++) {
      if ((mask & (1L << i)) != 0) {
        out.add(platforms.get(i));
      }
    }
    return out;
  }

  /** Every name a list may hold: the providers, then the platform ids. */
  private static List<String> names() {
    List<String> names = new ArrayList<>(providers());
    names.addAll(Platforms.ids());
    return names;
  }

  /** The providers of the registered platforms, in order. */
  public static Set<String> providers() {
    Set<String> p = new LinkedHashSet<>();
    Platforms.ALL.forEach(i -> p.add(i.provider()));
    return p;
  }

  /**
   * The platforms a list names: its providers' and ids' platforms (or {@code base} when it names
   * none), less those it keeps off; {@code base} null means the organization's default.
   */
  private static Set<Platforms.Info> resolve(
      PlatformChoice choice, String context, Set<Platforms.Info> base) {
    Set<Platforms.Info> in = new LinkedHashSet<>();
    Set<Platforms.Info> out = new LinkedHashSet<>();
    boolean named = false;
    for (int k = 0; k < choice.names().size(); k++) {
      String name = choice.names().get(k);
      Location at = choice.locations().get(k);
      boolean off = name.startsWith("-");
      String bare = off ? name.substring(1) : name;
      List<Platforms.Info> meant = meant(bare);
      if (meant.isEmpty()) {
        String hint = Text.didYouMean(bare, names());
        throw new InputException(
            at,
            "unknown platform or provider"
                + Text.quoted(at, bare)
                + " in "
                + context
                + (hint == null ? "" : " (did you mean '" + hint + "'?)")
                + "; providers: "
                + String.join(", ", providers())
                + "; platforms: advisor platforms lists them");
      }
      if (off) {
        out.addAll(meant);
      } else {
        in.addAll(meant);
        named = true;
      }
    }
    if (!named) {
      in.addAll(
          base != null ? base : resolve(PlatformChoice.ORGANIZATION_DEFAULT, context, Set.of()));
    }
    in.removeAll(out);
    if (in.isEmpty()) {
      Location at = choice.locations().isEmpty() ? null : choice.locations().get(0);
      throw new InputException(at, "'platforms' of " + context + " leaves no platform to run on");
    }
    return in;
  }

  /**
   * The platforms a provider or an id names: a provider names its platforms but not their options
   * ({@link Platforms.Info#option}), which only their ids name.
   */
  private static List<Platforms.Info> meant(String name) {
    Platforms.Info one = Platforms.byId(name);
    if (one != null) {
      return List.of(one);
    }
    return Platforms.ALL.stream().filter(i -> i.provider().equals(name) && !i.option()).toList();
  }

  /** For messages: the ids of a mask's platforms. */
  String ids(long mask) {
    Set<String> ids = new TreeSet<>();
    infos(mask).forEach(i -> ids.add(i.id()));
    return String.join(", ", ids);
  }
}
