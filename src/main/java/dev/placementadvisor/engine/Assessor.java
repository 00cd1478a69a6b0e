package dev.placementadvisor.engine;

import dev.placementadvisor.inventory.Inventory;
import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.report.Placement;
import dev.placementadvisor.report.Reason;
import dev.placementadvisor.report.Report;
import dev.placementadvisor.report.ServiceAssessment;
import dev.placementadvisor.scoring.Factor;
import dev.placementadvisor.scoring.Factor.Group;
import dev.placementadvisor.scoring.Factors;
import dev.placementadvisor.scoring.ServiceFacts;
import dev.placementadvisor.scoring.WasmAudit;
import dev.placementadvisor.scoring.Weights;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Assesses every service of an inventory: runs the factors and decides each placement. */
public final class Assessor {
  private final Weights weights;

  public Assessor(Weights weights) {
    this.weights = weights;
  }

  /** Assesses the whole inventory. */
  public Report assess(Inventory inventory) {
    List<ServiceAssessment> out = new ArrayList<>(inventory.services().size());
    int count = inventory.services().size();
    for (Service s : inventory.services()) {
      out.add(assess(ServiceFacts.of(s, inventory.organization(), count)));
    }
    return new Report(
        Report.SCHEMA_VERSION,
        inventory.displayName(),
        inventory.organization().name(),
        out);
  }

  /** Assesses one service from its facts. */
  public ServiceAssessment assess(ServiceFacts facts) {
    List<Reason> reasons = new ArrayList<>();
    int kubernetesScore = 0;
    int adjustments = 0;
    Set<Placement> excluded = EnumSet.noneOf(Placement.class);
    for (Factor f : Factors.all()) {
      Reason r = f.rule().apply(facts, weights);
      if (r == null) {
        continue;
      }
      reasons.add(r);
      if (f.group() == Group.KUBERNETES_SCORE) {
        kubernetesScore += r.points();
      } else if (f.group() == Group.ADJUSTMENT) {
        adjustments += r.points();
      } else if (f.group() == Group.LIMIT) {
        excluded.addAll(f.excludes());
      }
    }
    WasmAudit audit = WasmAudit.of(facts.service());
    int placementScore = kubernetesScore + adjustments;
    Decision d = Decision.decide(kubernetesScore, placementScore, audit, excluded, weights.bands());
    String split =
        d.placement() == Placement.HYBRID ? HybridSplit.describe(facts.service(), audit) : null;
    return new ServiceAssessment(
        facts.service().name(),
        facts.service().location(),
        d.placement(),
        kubernetesScore,
        placementScore,
        d.band(),
        audit,
        reasons,
        excluded,
        d.steps(),
        split);
  }
}
