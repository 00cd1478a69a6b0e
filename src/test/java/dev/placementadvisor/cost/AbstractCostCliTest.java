package dev.placementadvisor.cost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.placementadvisor.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs {@code advisor} in process, the way a user or a CI job does, and reads its JSON. The cost
 * tests go through the public contract ({@code assess --format json}, {@code crossover --format
 * json}) so they check what users see, rounding included.
 */
abstract class AbstractCostCliTest {
  static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  /** Runs the CLI; asserts exit 0 and returns the parsed JSON on stdout. */
  static JsonNode runJson(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err)) {
      code = Main.run(o, e, args);
    }
    assertThat(code)
        .as("exit code of advisor %s; stderr: %s", String.join(" ", args), err)
        .isZero();
    try {
      return JSON.readTree(out.toString());
    } catch (IOException ex) {
      throw new UncheckedIOException("advisor printed no JSON: " + out, ex);
    }
  }

  /** What {@code advisor ARGS} prints on standard output; asserts exit 0. */
  static String text(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err)) {
      code = Main.run(o, e, args);
    }
    assertThat(code)
        .as("exit code of advisor %s; stderr: %s", String.join(" ", args), err)
        .isZero();
    return out.toString();
  }

  /** {@code advisor assess FILE --format json}. */
  static JsonNode assess(Path inventory) {
    return runJson("assess", inventory.toString(), "--format", "json");
  }

  /** The first service of {@code assess FILE --format json}. */
  static JsonNode firstService(Path inventory) {
    return assess(inventory).path("services").path(0);
  }

  /** A money field of the JSON, as an exact decimal (the report prints cents). */
  static BigDecimal money(JsonNode node, String field) {
    JsonNode v = node.path(field);
    assertThat(v.isNumber()).as("'%s' is a number in %s", field, node).isTrue();
    return v.decimalValue();
  }

  /** A monthlyCost field of a service. */
  static BigDecimal cost(JsonNode service, String platform) {
    return money(service.path("monthlyCost"), platform);
  }

  /** USD as the report rounds it: to cents, half up. */
  static BigDecimal cents(double usd) {
    return new BigDecimal(Double.toString(usd)).setScale(2, RoundingMode.HALF_UP);
  }

  /** A string decimal, for published amounts. */
  static BigDecimal usd(String amount) {
    return new BigDecimal(amount);
  }

  /** A fixture under src/test/resources/fixtures. */
  static Path fixture(String name) {
    URL url = AbstractCostCliTest.class.getResource("/fixtures/" + name);
    assertThat(url).as("fixture %s on the test classpath", name).isNotNull();
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes an inventory file into {@code dir}. */
  static Path write(Path dir, String name, String yaml) {
    try {
      return Files.writeString(dir.resolve(name), yaml, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One service's inputs, written as a one-service inventory by {@link #yaml()}. */
  record Svc(
      double requests,
      double durationMs,
      int memoryMb,
      String workload,
      String apiGateway,
      String architecture,
      double logsGb,
      boolean vpcEgress,
      Double cpuMs,
      String pattern,
      boolean freeTier,
      String instanceType,
      int minNodes,
      boolean autoscaling) {

    static Svc of(double requests, double durationMs, int memoryMb) {
      return new Svc(
          requests,
          durationMs,
          memoryMb,
          "mixed",
          "none",
          "x86_64",
          0,
          false,
          null,
          "steady",
          false,
          "t3.medium",
          2,
          true);
    }

    Svc requests(double r) {
      return with(d -> d.requests = r);
    }

    Svc duration(double ms) {
      return with(d -> d.durationMs = ms);
    }

    Svc memory(int m) {
      return with(d -> d.memoryMb = m);
    }

    Svc workload(String w) {
      return with(d -> d.workload = w);
    }

    Svc gateway(String g) {
      return with(d -> d.apiGateway = g);
    }

    Svc arch(String a) {
      return with(d -> d.architecture = a);
    }

    Svc logs(double gb) {
      return with(d -> d.logsGb = gb);
    }

    Svc vpc(boolean v) {
      return with(d -> d.vpcEgress = v);
    }

    Svc cpu(Double ms) {
      return with(d -> d.cpuMs = ms);
    }

    Svc pattern(String p) {
      return with(d -> d.pattern = p);
    }

    Svc freeTier(boolean f) {
      return with(d -> d.freeTier = f);
    }

    Svc cluster(String type, int nodes, boolean scaling) {
      return with(
          d -> {
            d.instanceType = type;
            d.minNodes = nodes;
            d.autoscaling = scaling;
          });
    }

    /** This service with what {@code change} sets in a copy of its inputs. */
    private Svc with(java.util.function.Consumer<Draft> change) {
      Draft d = new Draft(this);
      change.accept(d);
      return d.svc();
    }

    /** A service's inputs, to change one or a few of them. */
    private static final class Draft {
      double requests;
      double durationMs;
      int memoryMb;
      String workload;
      String apiGateway;
      String architecture;
      double logsGb;
      boolean vpcEgress;
      Double cpuMs;
      String pattern;
      boolean freeTier;
      String instanceType;
      int minNodes;
      boolean autoscaling;

      Draft(Svc s) {
        requests = s.requests;
        durationMs = s.durationMs;
        memoryMb = s.memoryMb;
        workload = s.workload;
        apiGateway = s.apiGateway;
        architecture = s.architecture;
        logsGb = s.logsGb;
        vpcEgress = s.vpcEgress;
        cpuMs = s.cpuMs;
        pattern = s.pattern;
        freeTier = s.freeTier;
        instanceType = s.instanceType;
        minNodes = s.minNodes;
        autoscaling = s.autoscaling;
      }

      Svc svc() {
        return new Svc(
            requests,
            durationMs,
            memoryMb,
            workload,
            apiGateway,
            architecture,
            logsGb,
            vpcEgress,
            cpuMs,
            pattern,
            freeTier,
            instanceType,
            minNodes,
            autoscaling);
      }
    }

    String yaml() {
      StringBuilder b = new StringBuilder();
      b.append("version: 1\n");
      b.append("organization:\n");
      b.append("  kubernetes:\n");
      b.append("    instanceType: ").append(instanceType).append('\n');
      b.append("    minNodes: ").append(minNodes).append('\n');
      b.append("    autoscaling: ").append(autoscaling).append('\n');
      b.append("services:\n");
      b.append(serviceYaml("svc"));
      b.append("pricing:\n");
      b.append("  freeTier: ").append(freeTier).append('\n');
      return b.toString();
    }

    /** This service as an entry of a services list. */
    String serviceYaml(String name) {
      StringBuilder b = new StringBuilder();
      b.append("  - name: ").append(name).append('\n');
      b.append("    traffic: {pattern: ")
          .append(pattern)
          .append(", requestsPerMonth: ")
          .append(plain(requests))
          .append("}\n");
      b.append("    avgDurationMs: ").append(plain(durationMs)).append('\n');
      b.append("    maxDurationSeconds: ")
          .append(plain(Math.max(durationMs / 1000, 0.001)))
          .append('\n');
      b.append("    memoryMb: ").append(memoryMb).append('\n');
      b.append("    workload: ").append(workload).append('\n');
      b.append("    apiGateway: ").append(apiGateway).append('\n');
      b.append("    architecture: ").append(architecture).append('\n');
      b.append("    logsGbPerMonth: ").append(plain(logsGb)).append('\n');
      b.append("    vpcEgress: ").append(vpcEgress).append('\n');
      if (cpuMs != null) {
        b.append("    cpuMsPerRequest: ").append(plain(cpuMs)).append('\n');
      }
      return b.toString();
    }
  }

  /** A number written without an exponent, as the inventory wants. */
  static String plain(double v) {
    return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
  }
}
