package dev.placementadvisor.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.testing.OriginalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast money and number texts the reasons use give the original text for every value. */
class CostFactorFormatTest {

  static List<Double> amounts(Random r) {
    List<Double> v = new ArrayList<>();
    double[] edges = {
      0,
      -0.0,
      1e-3,
      -1e-3,
      Math.nextDown(1e-3),
      Math.nextUp(1e-3),
      0.004,
      0.005,
      0.0049999,
      0.995,
      9.995,
      99.995,
      999.995,
      999_999.995,
      9_999_999.99,
      9_999_999.995,
      Math.nextDown(1e7),
      1e7,
      1e8,
      1.5e12,
      Double.MIN_VALUE,
      Double.MAX_VALUE,
      0.125,
      0.375,
      2.675,
      1.005,
      1.015,
      1.025,
      1234.5,
      0.1 + 0.2,
      100,
      1000,
      10_000,
      100_000,
      1_000_000
    };
    for (double e : edges) {
      v.add(e);
      v.add(-e);
    }
    for (int i = 0; i < 300_000; i++) {
      double magnitude = Math.pow(10, -5 + r.nextDouble() * 13);
      double x = r.nextDouble() * magnitude;
      v.add(r.nextInt(5) == 0 ? -x : x);
      // Near a half cent, where rounding decides.
      long cents = (long) (r.nextDouble() * Math.pow(10, 1 + r.nextInt(9)));
      double half = (cents + 0.5) / 100;
      v.add(half);
      v.add(Math.nextUp(half));
      v.add(Math.nextDown(half));
      v.add(cents / 100.0);
    }
    return v;
  }

  @Test
  void usdIsFormatsUsd() {
    Random r = new Random(8);
    for (double v : amounts(r)) {
      assertThat(Format.usd(v)).as("usd(%s)", v).isEqualTo(OriginalFormat.usd(v));
    }
  }

  @Test
  void factorsNumberIsFormatsNumber() {
    Random r = new Random(10);
    List<Double> values =
        new ArrayList<>(
            List.of(
                0.0,
                -0.0,
                1.0,
                -1.0,
                999.0,
                1000.0,
                1e15,
                Math.nextDown(1e15),
                1e15 + 2,
                0.5,
                1234.5678,
                1234.56785,
                0.00005,
                Double.NaN,
                Double.POSITIVE_INFINITY,
                9_007_199_254_740_993.0,
                Double.MIN_VALUE));
    for (int i = 0; i < 300_000; i++) {
      double x = Math.pow(10, r.nextDouble() * 16);
      values.add(x);
      values.add(Math.floor(x));
      values.add(-Math.floor(x));
      values.add((double) r.nextInt(20_000));
    }
    for (double v : values) {
      assertThat(Format.number(v)).as("number(%s)", v).isEqualTo(OriginalFormat.number(v));
    }
  }

  @Test
  void tenthsIsFormatsNumber() {
    Random r = new Random(9);
    List<Double> values =
        new ArrayList<>(
            List.of(
                0.0,
                0.1,
                0.9,
                1.0,
                999.9,
                1000.0,
                9_999_999.9,
                1e7,
                1e7 + 0.1,
                1e15,
                Math.round(Double.MAX_VALUE) / 10.0));
    for (int i = 0; i < 500_000; i++) {
      values.add(Math.round(Math.pow(10, -2 + r.nextDouble() * 12) * 10) / 10.0);
    }
    for (double v : values) {
      assertThat(CostFactor.tenths(v)).as("tenths(%s)", v).isEqualTo(OriginalFormat.number(v));
    }
  }
}
