package dev.placementadvisor.cost;

import dev.placementadvisor.inventory.Service;
import dev.placementadvisor.result.ServiceCosts;
import dev.placementadvisor.result.Unmodifiable;
import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;

/**
 * The large-report seam: a service's quotes on every platform, priced by {@link Costing} (the same
 * formulas, with their line items) each time they are read, and never held. A report of 100,000
 * services written as JSON otherwise holds some 600,000 quotes and millions of line items from the
 * moment each service is decided until the report is written, and the garbage collector copies each
 * of them into the old generation on the way; read in the batch that writes them, they die young.
 * Reading them twice prices them twice, so the seam is used only where one pass reads them ({@code
 * Assessor} for a large JSON or markdown report). Its gain is measured in docs/performance.md.
 */
final class QuotesOnRead extends AbstractList<ServiceCosts.PlatformQuote> implements Unmodifiable {
  private final Costing costing;
  private final Service service;
  private final int index;
  private final boolean edgeFront;

  QuotesOnRead(Costing costing, Service service, int index, boolean edgeFront) {
    this.costing = costing;
    this.service = service;
    this.index = index;
    this.edgeFront = edgeFront;
  }

  private List<ServiceCosts.PlatformQuote> quotes() {
    return costing.quotes(service, index, edgeFront);
  }

  @Override
  public Iterator<ServiceCosts.PlatformQuote> iterator() {
    return quotes().iterator();
  }

  @Override
  public ServiceCosts.PlatformQuote get(int i) {
    return quotes().get(i);
  }

  @Override
  public int size() {
    return quotes().size();
  }
}
