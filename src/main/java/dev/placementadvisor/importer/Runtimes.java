package dev.placementadvisor.importer;

import dev.placementadvisor.input.Text;
import java.util.Locale;

/** AWS Lambda runtime ids and the inventory's runtimes. */
final class Runtimes {
  private Runtimes() {}

  /**
   * The inventory runtime of an AWS Lambda runtime id ({@code nodejs20.x}, {@code python3.12},
   * {@code java21}, {@code dotnet8}, {@code go1.x}, {@code ruby3.3}), or null for an OS-only
   * runtime ({@code provided}, {@code provided.al2}, {@code provided.al2023}) or one not known.
   */
  static String aws(String id) {
    String r = id.strip().toLowerCase(Locale.ROOT);
    if (r.startsWith("nodejs")) {
      return "javascript";
    }
    if (r.startsWith("python")) {
      return "python";
    }
    if (r.startsWith("java")) {
      return "java";
    }
    if (r.startsWith("dotnet")) {
      return "dotnet";
    }
    if (r.startsWith("go1")) {
      return "go";
    }
    if (r.startsWith("ruby")) {
      return "ruby";
    }
    return null;
  }

  /** True for an OS-only runtime, whose language the code brings. */
  static boolean osOnly(String id) {
    return id.strip().toLowerCase(Locale.ROOT).startsWith("provided");
  }

  /** The note for a runtime id that gives no language: OS-only or unknown. */
  static String note(String field, String id) {
    return osOnly(id)
        ? field
            + " "
            + Text.shorten(id)
            + " is an OS-only runtime: the language is the code's;"
            + " set runtime (go, rust, cpp, ...)"
        : field + " " + Text.shorten(id) + " is not a runtime advisor knows: set runtime";
  }

  /** The runtime of a SAM {@code Metadata.BuildMethod} for an OS-only runtime, or null. */
  static String buildMethod(String method) {
    String m = method.strip().toLowerCase(Locale.ROOT);
    if (m.startsWith("go")) {
      return "go";
    }
    if (m.startsWith("rust")) {
      return "rust";
    }
    return null;
  }
}
