package dev.placementadvisor.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A change below --min-change is noise: unchanged, no gate, no annotation. */
class MinChangeTest {
  private static Comparison compare(
      double before, double after, MinChange min, Threshold perService) {
    Snapshot base =
        new Snapshot(
            "b.json",
            "i.yaml",
            List.of(new Snapshot.Entry("a", "serverless", before, 3, 5)),
            before);
    Snapshot now =
        new Snapshot(
            "i.yaml", "i.yaml", List.of(new Snapshot.Entry("a", "serverless", after, 3, 5)), after);
    return ReportDiff.compare(
        base, now, new GateOptions(null, perService, null, false, false, min));
  }

  @Test
  void belowEitherAmountIsUnchanged() {
    // +$0.50 on $10 (5%): under $1.
    assertThat(compare(10, 10.5, MinChange.DEFAULT, null).changed()).isEmpty();
    // +$5 on $1,000 (0.5%): under 1%.
    assertThat(compare(1000, 1005, MinChange.DEFAULT, null).changed()).isEmpty();
    // +$2 on $10 (20%): a change.
    assertThat(compare(10, 12, MinChange.DEFAULT, null).changed()).hasSize(1);
    // Every cent counts with 0.
    assertThat(compare(10, 10.01, MinChange.NONE, null).changed()).hasSize(1);
  }

  @Test
  void noiseFailsNoGate() {
    Comparison noise = compare(1000, 1005, MinChange.DEFAULT, Threshold.parse("0"));
    Comparison counted = compare(1000, 1005, MinChange.NONE, Threshold.parse("0"));

    assertThat(noise.passed()).isTrue();
    assertThat(counted.passed()).isFalse();
  }

  @Test
  void parsesDollarsPercentagesOrBoth() {
    assertThat(MinChange.parse("1,1%")).isEqualTo(MinChange.DEFAULT);
    assertThat(MinChange.parse("5")).isEqualTo(new MinChange(5, 0));
    assertThat(MinChange.parse("2%")).isEqualTo(new MinChange(0, 2));
    assertThat(MinChange.parse("0")).isEqualTo(MinChange.NONE);
    assertThatThrownBy(() -> MinChange.parse("1,2")).hasMessageContaining("gives dollars twice");
    assertThatThrownBy(() -> MinChange.parse("x")).isInstanceOf(IllegalArgumentException.class);
  }
}
