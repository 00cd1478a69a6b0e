package dev.placementadvisor.cli;

import dev.placementadvisor.compare.GateOptions;
import dev.placementadvisor.compare.MinChange;
import dev.placementadvisor.compare.Threshold;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The gate options shared by {@code assess --baseline} and {@code diff}. Descriptions are picocli
 * format strings: a literal percent sign is written {@code %%}.
 */
final class GateMixin {
  @Option(
      names = "--max-increase",
      paramLabel = "LIMIT",
      converter = ThresholdConverter.class,
      description = "Fail when the total monthly cost rises by more than this: 10%% or 500 (USD).")
  Threshold maxIncrease;

  @Option(
      names = "--max-service-increase",
      paramLabel = "LIMIT",
      converter = ThresholdConverter.class,
      description =
          "Fail when any service's monthly cost rises by more than this: 25%% or 100 (USD).")
  Threshold maxServiceIncrease;

  @Option(
      names = "--budget",
      paramLabel = "USD",
      converter = BudgetConverter.class,
      description = "Fail when the total monthly cost exceeds this many US dollars.")
  Double budget;

  @Option(
      names = "--fail-on-placement-change",
      description = "Fail when any service's recommended placement changed.")
  boolean failOnPlacementChange;

  @Option(names = "--no-fail", description = "Report failed gates but exit 0.")
  boolean noFail;

  @Option(
      names = "--min-change",
      paramLabel = "LIMIT",
      defaultValue = "1,1%",
      converter = MinChangeConverter.class,
      description =
          "The smallest change of a service's monthly cost that counts: below either amount the"
              + " service is unchanged (no annotation, no gate). Dollars, a percentage or both:"
              + " 1,1%% (the default), 5, 2%%, 0 (every cent).")
  MinChange minChange;

  GateOptions options() {
    return new GateOptions(
        maxIncrease, maxServiceIncrease, budget, failOnPlacementChange, noFail, minChange);
  }

  /** True when a gate that compares with a baseline is given (--budget needs none). */
  boolean anyComparing() {
    return maxIncrease != null || maxServiceIncrease != null || failOnPlacementChange;
  }

  /** Parses 1,1%, 5, 2% or 0. */
  static final class MinChangeConverter implements ITypeConverter<MinChange> {
    @Override
    public MinChange convert(String value) {
      try {
        return MinChange.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** Parses 10% or 500. */
  static final class ThresholdConverter implements ITypeConverter<Threshold> {
    @Override
    public Threshold convert(String value) {
      try {
        return Threshold.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** Parses a dollar amount: 5000, $5000 or 5000.50. */
  static final class BudgetConverter implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      Threshold t;
      try {
        t = Threshold.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("'" + value + "' is not an amount in US dollars");
      }
      if (t.percent()) {
        throw new TypeConversionException("a budget is in US dollars, not a percentage");
      }
      return t.value();
    }
  }
}
