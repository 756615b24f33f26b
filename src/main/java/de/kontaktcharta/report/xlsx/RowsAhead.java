package de.kontaktcharta.report.xlsx;

import de.kontaktcharta.report.Cell;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The rows of a sheet, made on a second thread a few batches ahead of the writer that streams them.
 * The report makes the rows of its large sheets only when they are read (texts, labels and dates
 * for 30,000 contacts); making them while the workbook encodes the rows before them puts the second
 * core to use. The rows come in order, and a failure while making one is thrown to the writer when
 * it reaches that row, so the workbook is the same as with a plain loop.
 */
final class RowsAhead implements Iterator<List<Cell>>, AutoCloseable {

  /** Rows per hand-over. */
  static final int BATCH = 256;

  /** Batches made ahead at most: bounds the memory to about a thousand rows. */
  static final int AHEAD = 4;

  /** Made rows, or the failure that stopped the making after them. */
  private record Batch(List<List<Cell>> rows, Throwable failure) {}

  private final List<List<Cell>> rows;
  private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(AHEAD);
  private final Thread maker;
  private volatile boolean cancelled;

  /** Set when the making thread has ended, however it ended. */
  private volatile boolean made;

  /** What stopped the making thread where it could not hand it over in a batch. */
  private volatile Throwable lost;

  private Batch current;
  private int inBatch;
  private int index;

  private RowsAhead(List<List<Cell>> rows, String name) {
    this.rows = rows;
    this.maker = new Thread(this::make, "charta-sheet " + name);
    maker.setDaemon(true);
    // whatever escapes the thread goes to the writer; the JVM's default would print it on stderr
    maker.setUncaughtExceptionHandler((thread, failure) -> lost = failure);
  }

  /** Starts making the rows of a sheet. */
  static RowsAhead of(List<List<Cell>> rows, String name) {
    RowsAhead ahead = new RowsAhead(rows, name);
    ahead.maker.start();
    return ahead;
  }

  private void make() {
    try {
      makeAll();
    } finally {
      made = true;
    }
  }

  private void makeAll() {
    int size = rows.size();
    for (int start = 0; start < size && !cancelled; start += BATCH) {
      int end = Math.min(size, start + BATCH);
      List<List<Cell>> batch = new ArrayList<>(end - start);
      try {
        for (int i = start; i < end; i++) {
          batch.add(rows.get(i));
        }
      } catch (RuntimeException | Error e) {
        // an error too, or the writer would wait for the next batch for ever
        hand(new Batch(batch, e));
        return;
      }
      hand(new Batch(batch, null));
    }
  }

  /** Waits for room in the queue unless the writer has stopped. */
  private void hand(Batch batch) {
    try {
      while (!cancelled && !queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
        // the writer is busy with earlier rows; look again
      }
    } catch (InterruptedException e) {
      cancelled = true;
    }
  }

  @Override
  public boolean hasNext() {
    return index < rows.size();
  }

  @Override
  public List<Cell> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    while (current == null || inBatch == current.rows().size()) {
      if (current != null && current.failure() != null) {
        throw rethrown(current.failure());
      }
      current = take();
      inBatch = 0;
    }
    index++;
    return current.rows().get(inBatch++);
  }

  private static RuntimeException rethrown(Throwable failure) {
    if (failure instanceof Error e) {
      throw e;
    }
    return failure instanceof RuntimeException r
        ? r
        : new IllegalStateException("making the rows failed: " + failure, failure);
  }

  /**
   * The next batch. A making thread that ended without handing over its last batch (it ran out of
   * memory while failing) ends the rows with what stopped it, so the writer never waits for ever.
   */
  private Batch take() {
    try {
      while (true) {
        Batch batch = queue.poll(50, TimeUnit.MILLISECONDS);
        if (batch != null) {
          return batch;
        }
        if (made && queue.isEmpty()) {
          Throwable failure = lost;
          return new Batch(
              List.of(),
              failure != null ? failure : new IllegalStateException("the rows stopped early"));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cancelled = true;
      throw new IllegalStateException("interrupted while writing a sheet", e);
    }
  }

  @Override
  public void close() {
    cancelled = true;
    queue.clear();
    try {
      maker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
