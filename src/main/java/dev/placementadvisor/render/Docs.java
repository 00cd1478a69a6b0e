package dev.placementadvisor.render;

/**
 * Links to the project's documentation that work wherever a report is pasted: absolute, to the docs
 * of the release that made the report (a development build links to the main branch).
 */
public final class Docs {
  /** The project's repository. */
  public static final String REPOSITORY = "https://github.com/placement-advisor/placement-advisor";

  private Docs() {}

  /** The address of a page under docs/, as {@code name} (for example "cost-model.md"). */
  public static String url(String name) {
    String v = Docs.class.getPackage().getImplementationVersion();
    String ref = v == null || v.isBlank() || v.endsWith("-SNAPSHOT") ? "main" : "v" + v;
    return REPOSITORY + "/blob/" + ref + "/docs/" + name;
  }
}
