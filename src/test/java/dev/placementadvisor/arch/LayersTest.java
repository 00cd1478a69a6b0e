package dev.placementadvisor.arch;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The packages' layers: cli on top; engine below it; scoring and cost; inventory, pricing and
 * importer's readers; input at the bottom. The renderers read the report (and, for now, the types
 * it holds), never the engine, the importer or the command line. Each rule names what a package
 * may use of the program's own packages; the libraries are free.
 */
@AnalyzeClasses(
    packages = "dev.placementadvisor",
    importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {
  private static final List<String> PACKAGES =
      List.of(
          "cli", "compare", "cost", "engine", "importer", "input", "inventory", "pricing",
          "render", "report", "scoring");

  /** No class of {@code pkg} uses a program package other than its own and {@code allowed}. */
  private static ArchRule uses(String pkg, String... allowed) {
    Set<String> ok = new java.util.HashSet<>(Arrays.asList(allowed));
    ok.add(pkg);
    String[] others =
        PACKAGES.stream()
            .filter(p -> !ok.contains(p))
            .map(p -> "dev.placementadvisor." + p + "..")
            .toArray(String[]::new);
    return noClasses()
        .that()
        .resideInAPackage("dev.placementadvisor." + pkg + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(others)
        .because(
            allowed.length == 0
                ? pkg + " uses no other package of the program"
                : pkg + " may use only " + String.join(", ", allowed));
  }

  @ArchTest static final ArchRule INPUT = uses("input");

  @ArchTest static final ArchRule INVENTORY = uses("inventory", "input");

  @ArchTest static final ArchRule PRICING = uses("pricing", "input");

  @ArchTest static final ArchRule IMPORTER = uses("importer", "input", "inventory");

  @ArchTest static final ArchRule COST = uses("cost", "input", "inventory", "pricing", "report");

  @ArchTest
  static final ArchRule SCORING = uses("scoring", "input", "inventory", "cost", "report");

  @ArchTest static final ArchRule REPORT = uses("report", "input", "cost", "scoring");

  @ArchTest static final ArchRule COMPARE = uses("compare", "input", "inventory", "report");

  @ArchTest
  static final ArchRule ENGINE =
      uses("engine", "input", "inventory", "pricing", "cost", "scoring", "report");

  @ArchTest
  static final ArchRule RENDER =
      uses("render", "input", "inventory", "pricing", "cost", "scoring", "report", "compare");

  /**
   * No cycle between packages but one: the report's records still hold cost and scoring types
   * (a service's costs, its Wasm audit), while cost and scoring use the report's placements,
   * reasons and number formats. Any other cycle fails.
   */
  @ArchTest
  static final ArchRule NO_CYCLES =
      slices()
          .matching("dev.placementadvisor.(*)..")
          .should()
          .beFreeOfCycles()
          .ignoreDependency(
              describe(
                  "a class of cost or scoring",
                  (JavaClass c) ->
                      c.getPackageName().startsWith("dev.placementadvisor.cost")
                          || c.getPackageName().startsWith("dev.placementadvisor.scoring")),
              describe(
                  "a class of report",
                  (JavaClass c) -> c.getPackageName().startsWith("dev.placementadvisor.report")));
}
