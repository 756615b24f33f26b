package de.kontaktcharta.input.table;

import de.kontaktcharta.model.Problem;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The rows of another source, parsed on a thread of their own a few batches ahead of the reader
 * that uses them. Parsing a large CSV file (a million messages) and turning its rows into facts
 * then run on two cores at once instead of one after the other.
 *
 * <p>The result is the same as reading the source directly: the rows come in file order, and what
 * the source reports while parsing (skipped rows, notes) reaches the real counter at the same point
 * between the rows, because the parsing thread only records it and the reading thread passes it on.
 * A failure of the source is thrown to the reader after the rows parsed before it.
 */
public final class PrefetchedRows implements RowSource {

  /** Rows per hand-over: large enough that the queue costs little per row. */
  static final int BATCH = 512;

  /** Batches parsed ahead at most: bounds the memory to a few thousand rows. */
  static final int AHEAD = 4;

  /**
   * Characters of cell text per hand-over at most: rows of a megabyte each (a crafted file, one
   * huge field) would otherwise put {@code AHEAD × BATCH} megabytes on the heap.
   */
  static final long BATCH_CHARS = 1L << 20;

  /** Opens the source that is to be prefetched, reporting to the given counter. */
  public interface Opener {
    public RowSource open(RowCounter counter) throws IOException;
  }

  /** A row, or a problem the source reported before the next row. */
  private record Step(Row row, Problem problem) {}

  /** What one hand-over carries; a batch with {@code last} set ends the stream. */
  private static final class Batch {
    final List<Step> steps = new ArrayList<>(BATCH);
    boolean last;
    Throwable failure;
  }

  private final RowCounter counter;
  private final RowSource source;
  private final List<Step> recorded;
  private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(AHEAD);
  private final Thread parser;
  private volatile boolean cancelled;

  /** Set by the parsing thread when it has ended, however it ended. */
  private volatile boolean parsed;

  /** What stopped the parsing thread when it could not hand it over in a batch. */
  private volatile Throwable lost;

  private Batch current;
  private int next;
  private boolean ended;

  private PrefetchedRows(RowCounter counter, RowSource source, List<Step> recorded) {
    this.counter = counter;
    this.source = source;
    this.recorded = recorded;
    this.parser = new Thread(this::parse, "charta-rows " + counter.file());
    parser.setDaemon(true);
    // Whatever escapes the thread goes to the reader; the JVM's default would print it on stderr.
    parser.setUncaughtExceptionHandler((thread, failure) -> lost = failure);
  }

  /**
   * Opens the source (and reads its header) on this thread, then starts parsing its rows on
   * another.
   */
  public static RowSource open(RowCounter counter, Opener opener) throws IOException {
    List<Step> recorded = new ArrayList<>();
    // The source reports into this list; the reading thread passes the entries on in order.
    RowCounter recording = new RowCounter(counter.file(), new Recorder(recorded));
    RowSource source;
    try {
      source = opener.open(recording);
    } finally {
      // what the source reported while looking for its header comes first, also when it failed
      replay(recorded, counter);
    }
    PrefetchedRows rows = new PrefetchedRows(counter, source, recorded);
    rows.parser.start();
    return rows;
  }

  @Override
  public Header header() {
    return source.header();
  }

  @Override
  public Row next() throws IOException {
    while (!ended) {
      if (current == null || next == current.steps.size()) {
        if (current != null && current.last) {
          ended = true;
          rethrow(current.failure);
          break;
        }
        current = take();
        next = 0;
        continue;
      }
      Step step = current.steps.get(next++);
      if (step.row() != null) {
        return step.row();
      }
      pass(step.problem(), counter);
    }
    return null;
  }

  /**
   * The next batch. A parsing thread that ended without handing over its last batch (it ran out of
   * memory while failing) ends the rows with what stopped it.
   */
  private Batch take() throws IOException {
    try {
      while (true) {
        Batch batch = queue.poll(50, TimeUnit.MILLISECONDS);
        if (batch != null) {
          return batch;
        }
        if (parsed && queue.isEmpty()) {
          Batch end = new Batch();
          end.last = true;
          end.failure =
              lost != null ? lost : new IOException("reading " + counter.file() + " stopped");
          return end;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cancelled = true;
      throw new InterruptedIOException("interrupted while reading " + counter.file());
    }
  }

  /** The parsing thread: fills batches until the source ends, fails or the reader closes. */
  private void parse() {
    try {
      Batch batch = new Batch();
      long chars = 0;
      try {
        while (!cancelled) {
          Row row = source.next();
          // Problems the source reported while finding this row come before it.
          moveRecorded(batch);
          if (row == null) {
            batch.last = true;
            break;
          }
          batch.steps.add(new Step(row, null));
          chars += length(row);
          if (batch.steps.size() >= BATCH || chars >= BATCH_CHARS) {
            hand(batch);
            batch = new Batch();
            chars = 0;
          }
        }
      } catch (IOException | RuntimeException | Error e) {
        moveRecorded(batch);
        batch.failure = e;
        batch.last = true;
      }
      if (batch.last) {
        hand(batch);
      }
    } catch (Throwable e) {
      // failing again while handing over the failure (out of memory): take() passes it on
      lost = e;
    } finally {
      parsed = true;
    }
  }

  private static long length(Row row) {
    long n = 0;
    for (String cell : row.cells()) {
      n += cell == null ? 0 : cell.length();
    }
    return n;
  }

  private void moveRecorded(Batch batch) {
    synchronized (recorded) {
      batch.steps.addAll(recorded);
      recorded.clear();
    }
  }

  /** Waits for room in the queue unless the reader has stopped reading. */
  private void hand(Batch batch) {
    try {
      while (!cancelled && !queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
        // the reader is busy with earlier rows; look again
      }
    } catch (InterruptedException e) {
      cancelled = true;
    }
  }

  private static void pass(Problem problem, RowCounter counter) {
    if (problem.rowSkipped()) {
      counter.skipped(problem);
    } else {
      counter.note(problem);
    }
  }

  /** Passes on, and forgets, what the source recorded while no parsing thread ran. */
  private static void replay(List<Step> recorded, RowCounter counter) {
    List<Step> copy;
    synchronized (recorded) {
      copy = new ArrayList<>(recorded);
      recorded.clear();
    }
    copy.forEach(step -> pass(step.problem(), counter));
  }

  private void rethrow(Throwable failure) throws IOException {
    if (failure instanceof IOException e) {
      throw e;
    }
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
    if (failure != null) {
      throw new IOException("reading " + counter.file() + " failed: " + failure, failure);
    }
  }

  @Override
  public void close() throws IOException {
    cancelled = true;
    queue.clear();
    try {
      parser.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while closing " + counter.file());
    }
    try {
      // the source's closing notes (short rows, mixed encoding) come after every row
      source.close();
    } finally {
      replay(recorded, counter);
    }
  }

  /** Records what the source reports on the parsing thread. */
  private static final class Recorder implements ReadNotes {

    private final List<Step> steps;

    Recorder(List<Step> steps) {
      this.steps = steps;
    }

    @Override
    public void problem(Problem problem) {
      synchronized (steps) {
        steps.add(new Step(null, problem));
      }
    }
  }
}
