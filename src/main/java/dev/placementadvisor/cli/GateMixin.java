package dev.placementadvisor.cli;

import dev.placementadvisor.compare.GateOptions;
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

  GateOptions options() {
    return new GateOptions(maxIncrease, maxServiceIncrease, budget, failOnPlacementChange, noFail);
  }

  boolean any() {
    return maxIncrease != null || maxServiceIncrease != null || budget != null
        || failOnPlacementChange;
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
