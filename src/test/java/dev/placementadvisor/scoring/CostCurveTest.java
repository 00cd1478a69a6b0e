package dev.placementadvisor.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.placementadvisor.cost.Operations;
import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.YamlTreeReader;
import org.junit.jupiter.api.Test;

/**
 * The cost factor's points grow smoothly with the log of the ratio of total costs of ownership (no
 * cliff at 2x), and the operations that go into them come from the weights.
 */
class CostCurveTest {
  private static final Weights W = WeightsLoader.defaults();

  @Test
  void pointsFollowTheDocumentedTable() {
    // docs/scoring.md, `cost`: 1.1x 0, 1.25x 1, 1.5x 2, 2x 3, 3x 5, 4x 6, 8x and more 9.
    double[] ratios = {1.1, 1.25, 1.5, 2, 3, 4, 8, 26, 1000};
    int[] points = {0, 1, 2, 3, 5, 6, 9, 9, 9};
    for (int i = 0; i < ratios.length; i++) {
      assertThat(CostFactor.points(100, 100 * ratios[i], W))
          .as("kubernetes %sx cheaper", ratios[i])
          .isEqualTo(points[i]);
      assertThat(CostFactor.points(100 * ratios[i], 100, W))
          .as("serverless %sx cheaper", ratios[i])
          .isEqualTo(-points[i]);
    }
  }

  @Test
  void noStepIsLargerThanOnePointAcrossTheOldThreshold() {
    int previous = CostFactor.points(100, 100, W);
    for (double r = 1; r <= 10; r += 0.01) {
      int p = CostFactor.points(100, 100 * r, W);
      assertThat(p - previous).as("at %sx", r).isBetween(0, 1);
      previous = p;
    }
  }

  @Test
  void theMuchCheaperWeightsSetTheSlope() {
    Weights w =
        WeightsLoader.applyBlock(
            W,
            YamlTreeReader.parse(
                "factors:\n  cost: {kubernetes-much-cheaper: 2, serverless-much-cheaper: -4}\n",
                "w"));

    assertThat(CostFactor.points(100, 200, w)).isEqualTo(2);
    assertThat(CostFactor.points(200, 100, w)).isEqualTo(-4);
    assertThat(CostFactor.points(100, 10_000, w)).isEqualTo(6);
  }

  @Test
  void operationsComeFromTheWeightsAndAnOverrideChangesOnlyWhatItNames() {
    Weights w =
        WeightsLoader.applyBlock(
            W,
            YamlTreeReader.parse(
                "operations:\n  fixedShare: 0%\n  functions:\n    observability: 0\n"
                    + "    onCall: {monthly: 90, label: On-call rota}\n",
                "w"));
    Operations.Settings o = w.operations();

    assertThat(o.fixedShare()).isZero();
    assertThat(o.referenceServices()).isEqualTo(20);
    assertThat(o.functions())
        .extracting(Operations.Line::id)
        .containsExactly("observability", "vendorLimits", "cicdMaintenance", "onCall");
    assertThat(o.functions().get(0).monthly()).isZero();
    assertThat(o.functions().get(0).label()).isEqualTo(W.operations().functions().get(0).label());
    assertThat(o.edge()).isEqualTo(W.operations().edge());
  }

  @Test
  void aWeightsFileThatMayBeAnyFileIsNeverQuotedBack(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path f = dir.resolve("w.yaml");
    java.nio.file.Files.writeString(f, "operations:\n  functions:\n    secret-token-123: 40\n");

    assertThatThrownBy(() -> WeightsLoader.applyFile(W, f))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("needs a mapping with a label")
        .hasMessageNotContaining("secret-token-123");
  }

  @Test
  void aBadOperationsBlockNamesItsPlace() {
    assertThatThrownBy(
            () ->
                WeightsLoader.applyBlock(
                    W, YamlTreeReader.parse("operations:\n  fixedShare: 150%\n", "w.yaml")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("fixedShare");
    assertThatThrownBy(
            () ->
                WeightsLoader.applyBlock(
                    W,
                    YamlTreeReader.parse("operations:\n  functions:\n    newLine: 40\n", "w.yaml")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("needs a mapping with a label");
    assertThatThrownBy(
            () ->
                WeightsLoader.applyBlock(
                    W,
                    YamlTreeReader.parse(
                        "operations:\n  edge:\n    \"on call\": {monthly: 5, label: x}\n",
                        "w.yaml")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("needs a name of letters");
    assertThatThrownBy(
            () ->
                WeightsLoader.applyBlock(
                    W, YamlTreeReader.parse("operations:\n  fixedshare: 10%\n", "w.yaml")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("did you mean 'fixedShare'");
  }
}
