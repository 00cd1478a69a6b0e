import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic but realistic inventory of N services for the benchmark, deterministic for a
 * given N: a mid-size organization, 40 shared traffic profiles, and services that mix runtimes,
 * workloads, memory sizes, durations, gateways, compliance regimes and flags in proportions like a
 * real portfolio's; one in eight has its own inline traffic profile. About 110 bytes a service, so
 * 100,000 services make about 11 MB.
 *
 * <p>Run as a single-file program: {@code java bench/GenerateInventory.java 100000 inv.yaml}.
 */
public final class GenerateInventory {
  private static final String[] PATTERNS = {
    "steady",
    "steady",
    "steady",
    "spiky",
    "spiky",
    "event-driven",
    "event-driven",
    "batch",
    "realtime",
    "unpredictable"
  };
  private static final String[] RUNTIMES = {
    "go",
    "go",
    "java",
    "java",
    "kotlin",
    "typescript",
    "typescript",
    "javascript",
    "python",
    "python",
    "rust",
    "dotnet",
    "ruby",
    "php",
    "tinygo",
    "c",
    "cpp",
    "zig",
    "assemblyscript"
  };
  private static final String[] WORKLOADS = {"io-bound", "io-bound", "mixed", "compute-bound"};
  private static final int[] MEMORY = {128, 128, 256, 256, 256, 512, 512, 1024, 2048, 4096};
  private static final String[] GATEWAYS = {"http", "http", "rest", "none", "none"};
  private static final String[] REGIMES = {"soc2", "pci-dss", "hipaa", "gdpr", "fedramp"};
  private static final String[] TEAMS = {
    "checkout",
    "search",
    "identity",
    "billing",
    "catalog",
    "ledger",
    "notify",
    "media",
    "ml",
    "reports",
    "edge",
    "partner",
    "mobile",
    "ops",
    "data"
  };
  private static final String[] ROLES = {
    "api", "worker", "consumer", "job", "gateway", "sync", "cache", "web"
  };
  private static final int PROFILES = 40;

  private GenerateInventory() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: java bench/GenerateInventory.java SERVICES OUT.yaml");
      System.exit(2);
    }
    int count = Integer.parseInt(args[0]);
    Path out = Path.of(args[1]);
    Random random = new Random(20261124L + count);
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write(
          "# Synthetic benchmark inventory: "
              + count
              + " services (bench/GenerateInventory.java)\n");
      w.write("version: 1\n");
      w.write("organization:\n");
      w.write("  name: Benchmark Holdings\n");
      w.write("  engineers: 900\n");
      w.write("  platformEngineers: 24\n");
      w.write("  compliance: [soc2, gdpr]\n");
      w.write("  budgetPredictability: true\n");
      w.write("  region: us-east-1\n");
      w.write("  kubernetes: {instanceType: m5.large, minNodes: 3, targetUtilization: 65%}\n");
      w.write("profiles:\n");
      for (int p = 0; p < PROFILES; p++) {
        w.write("  p" + p + ": " + profile(random) + "\n");
      }
      w.write("services:\n");
      for (int i = 0; i < count; i++) {
        service(w, random, i);
      }
    }
  }

  private static String profile(Random r) {
    String pattern = PATTERNS[r.nextInt(PATTERNS.length)];
    String requests = volume(r);
    StringBuilder b = new StringBuilder("{pattern: ").append(pattern);
    b.append(", requestsPerMonth: ").append(requests);
    if (r.nextInt(3) == 0) {
      b.append(", peakToAverage: ").append(1 + r.nextInt(12));
    }
    if (r.nextInt(4) == 0) {
      b.append(", growthPerMonth: ").append(1 + r.nextInt(10)).append('%');
    }
    return b.append('}').toString();
  }

  /** Requests a month, log-uniform from 10K to 300M: most services are small, a few are large. */
  private static String volume(Random r) {
    double value = Math.pow(10, 4 + r.nextDouble() * 4.5);
    if (value >= 1e6) {
      return String.format(Locale.ROOT, "%.1fM", value / 1e6);
    }
    return (long) (value / 1e3) + "K";
  }

  private static void service(BufferedWriter w, Random r, int i) throws IOException {
    String runtime = RUNTIMES[r.nextInt(RUNTIMES.length)];
    String workload = WORKLOADS[r.nextInt(WORKLOADS.length)];
    int memory = MEMORY[r.nextInt(MEMORY.length)];
    int duration =
        switch (workload) {
          case "compute-bound" -> 5 + r.nextInt(400);
          case "mixed" -> 20 + r.nextInt(800);
          default -> 8 + r.nextInt(250);
        };
    w.write(
        "  - name: "
            + TEAMS[i % TEAMS.length]
            + "-"
            + ROLES[r.nextInt(ROLES.length)]
            + "-"
            + i
            + "\n");
    if (r.nextInt(8) == 0) {
      w.write("    traffic: " + profile(r) + "\n");
    } else {
      w.write("    traffic: p" + r.nextInt(PROFILES) + "\n");
    }
    if (r.nextInt(10) < 8) {
      w.write("    runtime: " + runtime + "\n");
    }
    if (r.nextInt(10) < 6) {
      w.write("    avgDurationMs: " + duration + "\n");
    }
    if (r.nextInt(2) == 0) {
      w.write("    memoryMb: " + memory + "\n");
    }
    if (r.nextInt(10) < 4) {
      w.write("    workload: " + workload + "\n");
    }
    int flags = r.nextInt(100);
    if (flags < 8) {
      w.write("    stateful: true\n");
    } else if (flags < 12) {
      w.write("    persistentConnections: true\n");
    } else if (flags < 13) {
      w.write("    gpu: true\n");
    } else if (flags < 18) {
      w.write("    maxDurationSeconds: " + (duration / 1000 + 60 + r.nextInt(7200)) + "\n");
    } else if (flags < 30) {
      w.write("    coldStartSensitive: true\n");
    }
    if (r.nextInt(3) == 0) {
      w.write("    apiGateway: " + GATEWAYS[r.nextInt(GATEWAYS.length)] + "\n");
    }
    if (r.nextInt(6) == 0) {
      w.write("    vpcEgress: true\n");
    }
    if (r.nextInt(6) == 0) {
      w.write("    logsGbPerMonth: " + (1 + r.nextInt(80)) + "\n");
    }
    if (r.nextInt(10) == 0) {
      w.write("    compliance: [" + REGIMES[r.nextInt(REGIMES.length)] + "]\n");
    }
    if (r.nextInt(8) == 0) {
      w.write("    architecture: arm64\n");
    }
  }
}
