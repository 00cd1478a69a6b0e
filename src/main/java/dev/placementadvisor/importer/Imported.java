package dev.placementadvisor.importer;

import dev.placementadvisor.input.Location;
import java.util.List;
import java.util.Map;

/**
 * What {@code advisor import} read: the services, in the order of their files, and what the summary
 * says about them.
 *
 * @param services the services, measured traffic merged
 * @param byFormat services read per format id, in the order first met
 * @param ignored what the files hold that no service is made of (kind → count)
 * @param files deployment files read
 * @param skipped files found in directories that no format reads
 * @param linksSkipped symbolic links in directories not followed
 * @param warnings what the user should know, one line each (printable)
 */
public record Imported(
    List<Service> services,
    Map<String, Integer> byFormat,
    Map<String, Integer> ignored,
    int files,
    int skipped,
    int linksSkipped,
    List<String> warnings) {

  /**
   * One service as it is written.
   *
   * @param traffic its measured traffic as an inline profile, or null for the placeholder
   * @param fields its inventory fields in order (measured figures merged)
   */
  public record Service(
      String name,
      Location source,
      Map<String, Object> traffic,
      Map<String, Object> fields,
      List<String> notes) {

    /** True when its traffic is the placeholder profile. */
    public boolean needsTraffic() {
      return traffic == null;
    }
  }

  /** How many services need traffic filled in. */
  public long needingTraffic() {
    return services.stream().filter(Service::needsTraffic).count();
  }
}
