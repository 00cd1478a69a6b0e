package dev.placementadvisor.importer;

import dev.placementadvisor.input.InputException;
import dev.placementadvisor.input.Text;
import dev.placementadvisor.input.YamlNode.ScalarNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the sizes deployment files write to the inventory's units: memory to whole MB (MiB,
 * 1,048,576 bytes, rounded up), CPU to cores. A value that is not a size is refused where it
 * stands.
 */
final class Quantities {
  /** The most memory a service may have in an inventory, in MB. */
  static final long MAX_MEMORY_MB = 1_048_576;

  private static final Pattern KUBERNETES =
      Pattern.compile(
          "\\+?([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE]([+-]?[0-9]{1,3}))?"
              + "(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E)?");
  private static final Pattern COMPOSE =
      Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*([bkmgtBKMGT])?[bB]?");

  private static final Map<String, BigDecimal> KUBERNETES_UNITS =
      Map.ofEntries(
          Map.entry("", BigDecimal.ONE),
          Map.entry("m", new BigDecimal("0.001")),
          Map.entry("k", BigDecimal.TEN.pow(3)),
          Map.entry("M", BigDecimal.TEN.pow(6)),
          Map.entry("G", BigDecimal.TEN.pow(9)),
          Map.entry("T", BigDecimal.TEN.pow(12)),
          Map.entry("P", BigDecimal.TEN.pow(15)),
          Map.entry("E", BigDecimal.TEN.pow(18)),
          Map.entry("Ki", BigDecimal.valueOf(1024)),
          Map.entry("Mi", BigDecimal.valueOf(1024).pow(2)),
          Map.entry("Gi", BigDecimal.valueOf(1024).pow(3)),
          Map.entry("Ti", BigDecimal.valueOf(1024).pow(4)),
          Map.entry("Pi", BigDecimal.valueOf(1024).pow(5)),
          Map.entry("Ei", BigDecimal.valueOf(1024).pow(6)));

  private static final BigDecimal MIB = BigDecimal.valueOf(1024 * 1024);

  private Quantities() {}

  /** The most CPUs a container or a service may name: more is a mistake, not a machine. */
  static final BigDecimal MAX_CPUS = BigDecimal.valueOf(100_000);

  /** A Kubernetes quantity: {@code 128Mi}, {@code 1Gi}, {@code 500M}, {@code 0.5}, {@code 250m}. */
  static BigDecimal kubernetes(ScalarNode node, String what) {
    Matcher m = KUBERNETES.matcher(node.text().strip());
    if (!m.matches()) {
      throw notA(node, what, "a Kubernetes quantity such as 512Mi, 1Gi or 500m");
    }
    BigDecimal v = new BigDecimal(m.group(1).startsWith(".") ? "0" + m.group(1) : m.group(1));
    if (m.group(2) != null) {
      v = v.scaleByPowerOfTen(Integer.parseInt(m.group(2)));
    }
    return v.multiply(KUBERNETES_UNITS.get(m.group(3) == null ? "" : m.group(3)));
  }

  /**
   * A Kubernetes CPU quantity in cores, at most {@link #MAX_CPUS} (as a Compose file's {@code
   * cpus}): it only goes into a note, which a 1,000-digit figure would fill.
   */
  static BigDecimal kubernetesCpus(ScalarNode node) {
    BigDecimal v = kubernetes(node, "cpu");
    if (v.compareTo(MAX_CPUS) > 0) {
      throw notA(node, "cpu", "a Kubernetes CPU quantity such as 500m or 2, at most 100000");
    }
    return v;
  }

  /** A Kubernetes memory quantity, in whole MB. */
  static long kubernetesMemoryMb(ScalarNode node) {
    return megabytes(kubernetes(node, "memory"), node);
  }

  /**
   * A Compose memory size: bytes, or a number with b, k, m, g or t (binary multiples, as Docker
   * reads them; {@code 512m}, {@code 1.5g}, {@code 2GB}), in whole MB.
   */
  static long composeMemoryMb(ScalarNode node) {
    Matcher m = COMPOSE.matcher(node.text().strip());
    if (!m.matches()) {
      throw notA(node, "memory", "a size such as 512m or 1g");
    }
    String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(java.util.Locale.ROOT);
    int power = "bkmgt".indexOf(unit);
    BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(1024).pow(power));
    return megabytes(bytes, node);
  }

  /** A number of CPUs ({@code 0.5}, {@code '2'}). */
  static BigDecimal cpus(ScalarNode node) {
    try {
      BigDecimal v = new BigDecimal(node.text().strip());
      if (v.signum() >= 0 && v.compareTo(MAX_CPUS) <= 0) {
        return v;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw notA(node, "cpus", "a number of CPUs such as 0.5");
  }

  /** Bytes in whole MB, rounded up; 0 stays 0. */
  private static long megabytes(BigDecimal bytes, ScalarNode node) {
    BigDecimal mb = bytes.divide(MIB, 0, RoundingMode.CEILING);
    if (mb.compareTo(BigDecimal.valueOf(MAX_MEMORY_MB)) > 0) {
      throw new InputException(
          node.location(),
          "memory"
              + Text.quoted(node.location(), node.text())
              + " is more than "
              + MAX_MEMORY_MB
              + " MB, the most an inventory takes");
    }
    return mb.longValueExact();
  }

  /** A CPU count in words: "0.25 CPU". */
  static String cpuText(BigDecimal cores) {
    return cores.stripTrailingZeros().toPlainString() + " CPU";
  }

  private static InputException notA(ScalarNode node, String what, String expected) {
    return new InputException(
        node.location(),
        "'"
            + what
            + "' must be "
            + expected
            + Text.got(node.location(), node.text())
            + (node.text().contains("${") || node.text().contains("{{")
                ? " (an unresolved variable: substitute it, or render the template, first)"
                : ""));
  }
}
