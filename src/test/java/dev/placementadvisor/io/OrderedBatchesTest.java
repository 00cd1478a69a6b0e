package dev.placementadvisor.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderedBatchesTest {
  /** Runs items 0..count-1 and returns what the sink saw, in order. */
  private static List<Integer> run(OrderedBatches<List<Integer>> batches, int count)
      throws IOException {
    List<Integer> seen = new ArrayList<>();
    batches.run(
        count,
        (from, to, buffer) -> {
          buffer.clear();
          for (int i = from; i < to; i++) {
            buffer.add(i);
          }
        },
        buffer -> {
          seen.addAll(buffer);
          buffer.clear();
        });
    return seen;
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 6, 7, 8, 13, 14, 15, 20, 21, 22, 100, 1001})
  void everyItemOnceInOrderWhateverTheCount(int count) throws IOException {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      all.add(i);
    }
    for (int workers : new int[] {1, 2, 4}) {
      for (int inFlight : new int[] {1, 2, 5}) {
        OrderedBatches<List<Integer>> b =
            new OrderedBatches<>(7, workers, inFlight, ArrayList::new);
        assertThat(run(b, count)).as("%d workers, %d in flight", workers, inFlight).isEqualTo(all);
      }
    }
  }

  @Test
  void smallCountsStayOnTheCallersThread() throws IOException {
    OrderedBatches<List<Integer>> b = new OrderedBatches<>(10, 4, 8, ArrayList::new);
    assertThat(b.parallel(20)).isFalse();
    assertThat(b.parallel(21)).isTrue();
    assertThat(new OrderedBatches<>(10, 1, 8, ArrayList::new).parallel(1000)).isFalse();
    Thread caller = Thread.currentThread();
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    b.run(20, (from, to, buffer) -> threads.add(Thread.currentThread()), buffer -> {});
    assertThat(threads).containsExactly(caller);
  }

  @Test
  void noMoreBatchesInFlightThanAllowed() throws IOException {
    AtomicInteger rendered = new AtomicInteger();
    AtomicInteger written = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    AtomicInteger buffers = new AtomicInteger();
    OrderedBatches<int[]> b =
        new OrderedBatches<>(
            3,
            3,
            4,
            () -> {
              buffers.incrementAndGet();
              return new int[1];
            });
    b.run(
        300,
        (from, to, buffer) -> {
          int ahead = rendered.incrementAndGet() - written.get();
          most.accumulateAndGet(ahead, Math::max);
        },
        buffer -> {
          written.incrementAndGet();
          Thread.yield();
        });
    assertThat(rendered.get()).isEqualTo(100);
    assertThat(most.get()).isLessThanOrEqualTo(5);
    assertThat(buffers.get()).isLessThanOrEqualTo(5);
  }

  @Test
  void aFailureToRenderIsThrownAsItWasAndNothingAfterItIsWritten() {
    for (int workers : new int[] {1, 2}) {
      List<Integer> seen = new ArrayList<>();
      OrderedBatches<List<Integer>> b = new OrderedBatches<>(5, workers, 3, ArrayList::new);
      assertThatThrownBy(
              () ->
                  b.run(
                      100,
                      (from, to, buffer) -> {
                        buffer.clear();
                        if (from == 40) {
                          throw new IOException("disk full");
                        }
                        buffer.add(from);
                      },
                      seen::addAll))
          .isInstanceOf(IOException.class)
          .hasMessage("disk full");
      assertThat(seen).containsExactly(0, 5, 10, 15, 20, 25, 30, 35);

      assertThatThrownBy(
              () ->
                  b.run(
                      100,
                      (from, to, buffer) -> {
                        throw new IllegalStateException("bug");
                      },
                      buffer -> {}))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("bug");
    }
  }

  @Test
  void aFailureToWriteStopsTheRun() {
    AtomicInteger rendered = new AtomicInteger();
    OrderedBatches<int[]> b = new OrderedBatches<>(1, 2, 2, () -> new int[1]);
    assertThatThrownBy(
            () ->
                b.run(
                    1000,
                    (from, to, buffer) -> rendered.incrementAndGet(),
                    buffer -> {
                      throw new UncheckedIOException(new IOException("closed"));
                    }))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(rendered.get()).isLessThanOrEqualTo(3);
  }

  @Test
  void refusesNonsense() {
    assertThatThrownBy(() -> new OrderedBatches<>(0, 1, 1, Object::new))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
