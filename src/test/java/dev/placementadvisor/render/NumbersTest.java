package dev.placementadvisor.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.placementadvisor.input.Format;
import dev.placementadvisor.render.json.PrettyJson;
import dev.placementadvisor.testing.OriginalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast formats of money and numbers (Format's) give exactly the text of the slow originals. */
class NumbersTest {
  /** Values on, next to and far from ties, of every size and sign, and the special values. */
  private static List<Double> values() {
    List<Double> v = new ArrayList<>();
    double[] special = {
      0.0,
      -0.0,
      0.005,
      0.015,
      0.025,
      1.005,
      2.675,
      1.115,
      1.125,
      -0.005,
      -1.005,
      -2.675,
      0.0049999,
      0.004999999999,
      0.0050000001,
      999_999_999.995,
      999_999_999.994,
      1e9,
      1e9 + 0.005,
      1e12,
      1e15,
      1e16,
      9e15,
      -9e15,
      1e-7,
      5e-7,
      4.9e-7,
      0.0000005,
      10.0000001,
      9.9999995,
      0.1 + 0.2,
      1.0 / 3,
      2.0 / 3,
      123456.5,
      0.03,
      0.09,
      0.15,
      0.65,
      Double.MIN_VALUE,
      Double.MAX_VALUE,
      -Double.MAX_VALUE,
      Long.MAX_VALUE,
      Long.MIN_VALUE,
      4503599627370496.5,
      999.9999995,
      1000.0000005
    };
    for (double d : special) {
      v.add(d);
      v.add(Math.nextUp(d));
      v.add(Math.nextDown(d));
    }
    Random r = new Random(42);
    for (int i = 0; i < 10_000; i++) {
      v.add(RandomReports.money(r));
      v.add(RandomReports.number(r));
      v.add(r.nextInt(10_000_000) / 1000.0 + (r.nextBoolean() ? 0 : 0.0005));
      v.add(r.nextInt(10_000) / 1e7 * (r.nextBoolean() ? 1 : -1));
    }
    for (int i = 0; i < 500; i++) {
      v.add(Double.longBitsToDouble(r.nextLong())); // any double at all: mostly huge or tiny
    }
    return v;
  }

  /** Money as the JSON report writes it. */
  private static String jsonMoney(double v) {
    PrettyJson j = new PrettyJson(32, true);
    j.money(v);
    return new String(j.bytes(), 0, j.length(), java.nio.charset.StandardCharsets.US_ASCII);
  }

  @Test
  void moneyUsdAndNumbersMatchTheOriginals() {
    List<String> wrong = new ArrayList<>();
    for (double v : values()) {
      if (Double.isNaN(v) || Double.isInfinite(v)) {
        continue;
      }
      check(wrong, "money", v, jsonMoney(v), Format.cents(v).toString());
      check(wrong, "usd", v, Format.usd(v), OriginalFormat.usd(v));
      check(wrong, "number", v, Format.number(v), OriginalFormat.number(v));
    }
    assertThat(wrong).isEmpty();
  }

  private static void check(List<String> wrong, String what, double v, String got, String want) {
    if (!got.equals(want)) {
      wrong.add(what + " of " + v + ": " + got + " instead of " + want);
    }
  }

  @Test
  void theFastPathTakesTheCommonCases() {
    assertThat(Format.fastCents(12.3456)).isEqualTo(1235);
    assertThat(Format.fastCents(12.345))
        .isEqualTo(Format.NO_FAST_CENTS); // a tie: BigDecimal decides
    assertThat(Format.fastCents(-12.3456)).isEqualTo(-1235);
    assertThat(Format.fastCents(4.91)).isEqualTo(491);
    assertThat(Format.fastCents(1e12)).isEqualTo(Format.NO_FAST_CENTS);
    assertThat(Format.fastCents(Double.NaN)).isEqualTo(Format.NO_FAST_CENTS);
  }

  @Test
  void valuesThatAreNotFiniteFailAsTheyDid() {
    for (double v : new double[] {Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> jsonMoney(v)).isInstanceOf(NumberFormatException.class);
      assertThatThrownBy(() -> Format.usd(v)).isInstanceOf(NumberFormatException.class);
      assertThat(Format.number(v)).isEqualTo(OriginalFormat.number(v));
    }
  }

  @Test
  void groupsThousands() {
    assertThat(Format.number(1_234_567_890_123L)).isEqualTo("1,234,567,890,123");
    assertThat(Format.number(1_000)).isEqualTo("1,000");
    assertThat(Format.number(-1_000_005)).isEqualTo("-1,000,005");
    assertThat(Format.usd(-0.004)).isEqualTo("$0.00");
    assertThat(Format.usd(1234.505)).isEqualTo("$1,234.51");
  }
}
