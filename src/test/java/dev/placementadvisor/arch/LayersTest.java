package dev.placementadvisor.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The packages' layers: cli on top; engine below it; then the report, and beside it scoring above
 * cost; then result (the values scoring and costing find for a service, which the report holds, and
 * the entries of their registries as the listing commands show them); then inventory, pricing and
 * the importer's readers; io (the byte writer, standard output and the atomic output files) and
 * input at the bottom. The report uses neither scoring nor cost, nor they the report. The renderers
 * read the report and its results (the listings of platforms and factors among them) and the price
 * catalog, never scoring, cost, the engine, the importer or the command line. Each rule names what
 * a package may use of the program's own packages; the libraries are free.
 */
@AnalyzeClasses(
    packages = "dev.placementadvisor",
    importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {
  private static final List<String> PACKAGES =
      List.of(
          "cli",
          "compare",
          "cost",
          "engine",
          "importer",
          "input",
          "inventory",
          "io",
          "pricing",
          "render",
          "report",
          "result",
          "scoring");

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

  @ArchTest static final ArchRule IO = uses("io", "input");

  @ArchTest static final ArchRule INVENTORY = uses("inventory", "input");

  @ArchTest static final ArchRule PRICING = uses("pricing", "input");

  @ArchTest static final ArchRule RESULT = uses("result", "input", "inventory");

  @ArchTest static final ArchRule IMPORTER = uses("importer", "input", "inventory");

  @ArchTest static final ArchRule COST = uses("cost", "input", "inventory", "pricing", "result");

  @ArchTest static final ArchRule SCORING = uses("scoring", "input", "inventory", "cost", "result");

  @ArchTest static final ArchRule REPORT = uses("report", "input", "inventory", "result");

  @ArchTest static final ArchRule COMPARE = uses("compare", "input", "inventory", "report");

  @ArchTest
  static final ArchRule ENGINE =
      uses("engine", "input", "inventory", "pricing", "cost", "scoring", "report", "result");

  @ArchTest
  static final ArchRule RENDER =
      uses("render", "input", "io", "inventory", "pricing", "report", "result", "compare");

  /**
   * render's shared classes (the Renderer interfaces, the formats' names, markdown and text
   * helpers) use no format's package; each format has its own (json, markdown, table, ci, explain,
   * registry), and formats.Renderers picks one.
   */
  @ArchTest
  static final ArchRule RENDER_SHARED =
      noClasses()
          .that()
          .resideInAPackage("dev.placementadvisor.render")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.placementadvisor.render.*..");

  /** No two formats' packages depend on each other, directly or through others. */
  @ArchTest
  static final ArchRule FORMATS_WITHOUT_CYCLES =
      slices().matching("dev.placementadvisor.render.(*)..").should().beFreeOfCycles();

  /**
   * Renderers are given what they show: none loads the price catalog itself (the registries and the
   * weights are out of their reach by the rule above).
   */
  @ArchTest
  static final ArchRule RENDERERS_ARE_GIVEN_THEIR_DATA =
      noClasses()
          .that()
          .resideInAPackage("dev.placementadvisor.render..")
          .should()
          .accessClassesThat()
          .haveNameMatching("dev\\.placementadvisor\\.pricing\\.CatalogLoader")
          .because("a renderer renders what the command gives it");

  /** No two packages depend on each other, directly or through others. */
  @ArchTest
  static final ArchRule NO_CYCLES =
      slices().matching("dev.placementadvisor.(*)..").should().beFreeOfCycles();
}
