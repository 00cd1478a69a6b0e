package dev.placementadvisor.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.placementadvisor.input.Location;
import dev.placementadvisor.inventory.ApiGateway;
import dev.placementadvisor.inventory.Architecture;
import dev.placementadvisor.inventory.Compliance;
import dev.placementadvisor.inventory.KubernetesSettings;
import dev.placementadvisor.inventory.Organization;
import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.inventory.ServiceRuntime;
import dev.placementadvisor.inventory.TrafficPattern;
import dev.placementadvisor.inventory.TrafficProfile;
import dev.placementadvisor.inventory.Workload;
import dev.placementadvisor.result.FactorGroup;
import dev.placementadvisor.result.Reason;
import dev.placementadvisor.result.ServiceCosts;
import dev.placementadvisor.result.WasmAudit;
import dev.placementadvisor.result.Weight;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts the engine takes through the factors say exactly what the full rules say: a rule's
 * points and whether it fires match its reason, the audit of a service is the audit of its fields,
 * and the reasons a {@link ReasonMemo} shares are the reasons the rules give.
 */
class FactorShortcutsTest {
  private static final Compliance[] REGIMES = {
    Compliance.SOC2, Compliance.PCI_DSS, Compliance.HIPAA, Compliance.FEDRAMP, Compliance.GDPR
  };

  static Set<Compliance> regimes(Random r) {
    Set<Compliance> out = EnumSet.noneOf(Compliance.class);
    for (Compliance c : REGIMES) {
      if (r.nextInt(4) == 0) {
        out.add(c);
      }
    }
    return out;
  }

  static Organization organization(Random r) {
    return new Organization(
        "org",
        r.nextInt(4) == 0 ? null : 1 + r.nextInt(40),
        r.nextInt(4),
        regimes(r),
        r.nextInt(4) == 0,
        r.nextInt(8) == 0,
        r.nextBoolean(),
        "us-east-1",
        KubernetesSettings.defaults(),
        dev.placementadvisor.inventory.PlatformChoice.ORGANIZATION_DEFAULT);
  }

  /** A service with every field the rules read drawn from a few values, so keys repeat. */
  static Service service(Random r, int n) {
    TrafficPattern pattern = TrafficPattern.values()[r.nextInt(TrafficPattern.values().length)];
    double[] volumes = {0, 1e4, 2e6, 5e7, 50_000_001, 3e8, 1.5e9};
    TrafficProfile t =
        new TrafficProfile(null, pattern, volumes[r.nextInt(volumes.length)], 1 + r.nextInt(3), 0);
    double[] durations = {0.5, 20, 250, 9_999, 10_000, 10_001, 120_000};
    double avg = durations[r.nextInt(durations.length)];
    int[] memories = {64, 128, 129, 1024, 10_240, 10_241, 40_960};
    int memory = memories[r.nextInt(memories.length)];
    double[] maxDurations = {avg / 1000, 900, 900.5, 7200};
    double[] cpus = {avg * 0.5, 299_999, 300_000, 300_001, 1e6};
    ServiceRuntime runtime =
        r.nextInt(6) == 0
            ? null
            : ServiceRuntime.values()[r.nextInt(ServiceRuntime.values().length)];
    return new Service(
        "s" + n,
        Location.ofFile("s" + n),
        t,
        runtime,
        avg,
        memory,
        Workload.values()[r.nextInt(Workload.values().length)],
        r.nextInt(4) == 0,
        r.nextInt(5) == 0,
        r.nextInt(8) == 0,
        maxDurations[r.nextInt(maxDurations.length)],
        r.nextBoolean(),
        r.nextInt(4) == 0,
        r.nextInt(6) == 0,
        ApiGateway.values()[r.nextInt(ApiGateway.values().length)],
        r.nextBoolean(),
        0,
        regimes(r),
        r.nextBoolean() ? Architecture.ARM64 : Architecture.X86_64,
        cpus[r.nextInt(cpus.length)],
        r.nextBoolean());
  }

  static ServiceCosts costs(Random r) {
    double[] values = {0, 0.01, 1, 1.25, 2, 10, 12.5, 20, 1000};
    return new ServiceCosts(
        values[r.nextInt(values.length)],
        values[r.nextInt(values.length)],
        values[r.nextInt(values.length)],
        values[r.nextInt(values.length)],
        null);
  }

  static Set<Placement> excluded(Random r) {
    Set<Placement> out = EnumSet.noneOf(Placement.class);
    for (Placement p : Placement.values()) {
      if (r.nextInt(4) == 0) {
        out.add(p);
      }
    }
    return out;
  }

  /** The defaults, and weights with every point drawn at random. */
  static List<Weights> weights(Random r) {
    Weights defaults = WeightsLoader.defaults();
    Map<String, Weight> shuffled = new LinkedHashMap<>();
    defaults
        .factors()
        .forEach(
            (id, w) -> {
              if (w instanceof Weight.Table table) {
                Map<String, Integer> points = new LinkedHashMap<>();
                table.points().keySet().forEach(b -> points.put(b, r.nextInt(11) - 5));
                shuffled.put(id, new Weight.Table(points));
              } else {
                shuffled.put(id, new Weight.Points(r.nextInt(11) - 5));
              }
            });
    return List.of(defaults, new Weights(shuffled, defaults.bands()));
  }

  /** Facts as the engine makes them: of the service, then with costs and exclusions. */
  static ServiceFacts facts(Random r, Service s, Organization org, int count) {
    ServiceFacts base = ServiceFacts.of(s, org, count);
    if (r.nextInt(6) == 0) {
      java.util.Map<Placement, String> why = new java.util.EnumMap<>(Placement.class);
      for (Placement p : excluded(r)) {
        if (p != Placement.KUBERNETES) {
          why.put(p, "aws-lambda needs a GPU: Lambda has none");
        }
      }
      base = base.withGaps(new dev.placementadvisor.cost.PlatformGaps(why));
    }
    return r.nextInt(5) == 0 ? base : base.withCosts(costs(r)).withExcluded(excluded(r));
  }

  @Test
  void pointsAndFiringAreWhatTheReasonSays() {
    Random r = new Random(1);
    for (Weights w : weights(r)) {
      for (int i = 0; i < 3000; i++) {
        ServiceFacts facts = facts(r, service(r, i), organization(r), 1 + r.nextInt(30));
        for (Factor f : Factors.all()) {
          Reason reason = f.rule().apply(facts, w);
          assertThat(f.rule().points(facts, w))
              .as("points of %s for %s", f.id(), facts)
              .isEqualTo(reason == null ? 0 : reason.points());
          assertThat(f.rule().fires(facts, w))
              .as("%s fires for %s", f.id(), facts)
              .isEqualTo(reason != null);
        }
      }
    }
  }

  @Test
  void sharedReasonsAreTheRulesReasons() {
    Random r = new Random(2);
    int shared = 0;
    for (Weights w : weights(r)) {
      for (int round = 0; round < 6; round++) {
        Organization org = organization(r);
        int count = round % 2 == 0 ? 10 : 11 + r.nextInt(500);
        ReasonMemo memo = new ReasonMemo(org, count, w);
        Organization other = organization(r);
        for (int i = 0; i < 3000; i++) {
          // Now and then facts of another organization or size: the memo must not share those.
          boolean odd = r.nextInt(10) == 0;
          ServiceFacts facts =
              facts(
                  r, service(r, i), odd ? other : org, odd && r.nextBoolean() ? count + 1 : count);
          for (int k = 0; k < Factors.all().size(); k++) {
            Factor f = Factors.all().get(k);
            Reason expected = f.rule().apply(facts, w);
            Reason actual = memo.apply(k, facts);
            assertThat(actual).as("%s for %s", f.id(), facts).isEqualTo(expected);
            if (actual != null && actual != expected) {
              shared++;
            }
          }
        }
      }
    }
    assertThat(shared).as("reasons shared").isGreaterThan(100_000);
  }

  @Test
  void auditsAreSharedButUnchanged() {
    Random r = new Random(3);
    for (int i = 0; i < 2000; i++) {
      Service s = service(r, i);
      WasmAudit a = WasmAudits.of(s);
      assertThat(a)
          .isEqualTo(
              new WasmAudit(
                  !s.stateful(),
                  s.workload() == Workload.COMPUTE_BOUND,
                  s.coldStartSensitive(),
                  WasmAudits.fit(s.runtime())));
      assertThat(WasmAudits.of(s)).isSameAs(a);
    }
  }

  /** Sanity check of the generator: every factor fires for some services and not for others. */
  @Test
  void theGeneratedServicesExerciseEveryFactor() {
    Random r = new Random(4);
    Weights w = WeightsLoader.defaults();
    List<String> fired = new ArrayList<>();
    List<String> silent = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      ServiceFacts facts = facts(r, service(r, i), organization(r), 1 + r.nextInt(30));
      for (Factor f : Factors.all()) {
        (f.rule().apply(facts, w) != null ? fired : silent).add(f.id());
      }
    }
    for (Factor f : Factors.all()) {
      assertThat(fired).as("fires sometimes").contains(f.id());
      if (f.group() != FactorGroup.WASM_AUDIT && !f.id().equals("traffic-pattern")) {
        assertThat(silent).as("is silent sometimes").contains(f.id());
      }
    }
  }
}
