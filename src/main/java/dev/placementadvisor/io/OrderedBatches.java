package dev.placementadvisor.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Renders the items {@code 0..count-1} in consecutive batches and hands each rendered batch to a
 * sink, in order. With more than one worker and enough items, batches are rendered on worker
 * threads while the caller's thread writes the finished ones; at most {@code inFlight} batches are
 * rendered or waiting at any time, so memory stays bounded whatever the count. Otherwise everything
 * happens on the caller's thread, with no thread started.
 *
 * <p>Buffers are reused: a sink must be done with a buffer when it returns.
 *
 * @param <B> what a batch is rendered into
 */
public final class OrderedBatches<B> {
  /** Renders the items {@code from..to-1} into an emptied buffer. */
  @FunctionalInterface
  public interface Render<B> {
    void render(int from, int to, B buffer) throws IOException;
  }

  /** Takes one rendered batch, in order. */
  @FunctionalInterface
  public interface Sink<B> {
    void accept(B buffer) throws IOException;
  }

  private final int batchSize;
  private final int workers;
  private final int inFlight;
  private final Supplier<B> newBuffer;

  /**
   * @param batchSize items per batch
   * @param workers threads to render on; 1 renders on the caller's thread
   * @param inFlight the most batches rendered ahead of the sink
   * @param newBuffer makes an empty buffer; a reused buffer is emptied by the renderer
   */
  public OrderedBatches(int batchSize, int workers, int inFlight, Supplier<B> newBuffer) {
    if (batchSize < 1 || workers < 1 || inFlight < 1) {
      throw new IllegalArgumentException("batch size, workers and batches in flight must be > 0");
    }
    this.batchSize = batchSize;
    this.workers = workers;
    this.inFlight = inFlight;
    this.newBuffer = newBuffer;
  }

  /** The workers worth using on this machine: one per processor, at most four. */
  public static int defaultWorkers() {
    return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
  }

  /** True when {@code count} items are rendered on worker threads. */
  public boolean parallel(int count) {
    return workers > 1 && count > 2L * batchSize;
  }

  public void run(int count, Render<B> render, Sink<B> sink) throws IOException {
    if (!parallel(count)) {
      B buffer = newBuffer.get();
      for (int from = 0; from < count; from += batchSize) {
        render.render(from, Math.min(count, from + batchSize), buffer);
        sink.accept(buffer);
      }
      return;
    }
    int batches = (int) ((count + (long) batchSize - 1) / batchSize);
    ExecutorService pool = Executors.newFixedThreadPool(workers, new Daemons());
    ConcurrentLinkedQueue<B> free = new ConcurrentLinkedQueue<>();
    ArrayDeque<Future<B>> pending = new ArrayDeque<>();
    try {
      int next = 0;
      while (next < batches && pending.size() < inFlight) {
        pending.add(submit(pool, next++, count, render, free));
      }
      while (!pending.isEmpty()) {
        B buffer = await(pending.poll());
        sink.accept(buffer);
        free.add(buffer);
        if (next < batches) {
          pending.add(submit(pool, next++, count, render, free));
        }
      }
    } finally {
      for (Future<B> f : pending) {
        f.cancel(true);
      }
      pool.shutdownNow();
    }
  }

  private Future<B> submit(
      ExecutorService pool, int batch, int count, Render<B> render, ConcurrentLinkedQueue<B> free) {
    int from = batch * batchSize;
    int to = (int) Math.min(count, (long) from + batchSize);
    return pool.submit(
        () -> {
          B buffer = free.poll();
          if (buffer == null) {
            buffer = newBuffer.get();
          }
          render.render(from, to, buffer);
          return buffer;
        });
  }

  /** The batch's buffer, or what went wrong rendering it, thrown as it was thrown. */
  private static <B> B await(Future<B> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException io = new InterruptedIOException("interrupted while rendering");
      io.initCause(e);
      throw io;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new UncheckedIOException(new IOException(cause));
    }
  }

  /** Daemon threads, so that a failed render never keeps the JVM alive. */
  private static final class Daemons implements java.util.concurrent.ThreadFactory {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "advisor-render-" + SEQUENCE.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }
}
