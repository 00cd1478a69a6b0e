package dev.placementadvisor.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

/**
 * Saves baselines for the cost-gate tests the way a CI job does, with {@code advisor assess FILE
 * --format json -o OUT}, so a baseline is never a stale checked-in report.
 */
public final class Baselines {
  private Baselines() {}

  /** Assesses the fixture {@code fixture} and saves its JSON report as {@code dir/name}. */
  public static Path save(Path dir, String fixture, String name) {
    Path out = dir.resolve(name);
    CliRunner.Result r =
        CliRunner.run(
            "assess", Fixtures.path(fixture).toString(), "--format", "json", "-o", out.toString());
    assertThat(r.code()).as("saving the baseline of %s: %s", fixture, r.err()).isZero();
    assertThat(out).isRegularFile();
    return out;
  }

  /** The baseline of the cost-gate tests: gate-base.yaml saved as {@code dir/base.json}. */
  public static Path base(Path dir) {
    return save(dir, "gate-base.yaml", "base.json");
  }
}
