package de.kontaktcharta.input;

import de.kontaktcharta.model.Fact;
import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.InputSummary;
import de.kontaktcharta.model.Invitation;
import de.kontaktcharta.model.NetworkEntry;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.source.Detection;
import de.kontaktcharta.source.InputSink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Reads the small files that follow a large one on a thread of its own while the large one is read:
 * a million messages keep one core parsing and the reading thread half busy, and the vCards,
 * calendars and lists after them would otherwise wait for the end. Each file read ahead goes into a
 * recording of what it gave the sink, which the reading thread plays back in the file's turn, so
 * the sink sees the same calls in the same order as when every file is read one after the other.
 *
 * <p>Only plain files on disk are read ahead (an archive's entries and a workbook's sheets share
 * the archive or workbook), each smaller than a large one, together at most {@link #BUDGET} bytes,
 * so that recordings stay small; the reading thread reads the others itself.
 */
final class ReadAhead implements AutoCloseable {

  /** A file from this size on keeps the reading thread long enough to read others beside it. */
  static final long LARGE = 8L << 20;

  /** At most this many bytes of files are read ahead of their turn at once. */
  static final long BUDGET = 32L << 20;

  private final InputReaders readers;
  private final List<Detection> detections;
  private final long large;
  private final AtomicReference<Runnable> spare;
  private final Map<Integer, FutureTask<Recording>> ahead = new HashMap<>();
  private final List<String> aside = new ArrayList<>();
  private ExecutorService worker;

  /**
   * @param large the size from which a file is large ({@link #LARGE}; tests choose others)
   * @param spare run once: on the other thread when it has read ahead what it could while a large
   *     file is still being read, else on closing
   */
  ReadAhead(InputReaders readers, List<Detection> detections, long large, Runnable spare) {
    this.readers = readers;
    this.detections = detections;
    this.large = large;
    this.spare = new AtomicReference<>(spare);
  }

  /** Reads the detection at the index into the sink, from its recording when it was read ahead. */
  InputSummary read(int index, InputSink sink) {
    Detection detection = detections.get(index);
    FutureTask<Recording> recorded = ahead.remove(index);
    if (recorded == null) {
      if (size(detection) >= large) {
        startAfter(index);
      }
      sink.begin(detection.file().name(), detection.kind());
      return readers.read(detection, sink);
    }
    // not started yet: read here, which is no slower than waiting for the other thread
    recorded.run();
    Recording recording;
    try {
      recording = recorded.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading " + detection.name(), e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
    if (recording.thread() != Thread.currentThread()) {
      aside.add(detection.name());
    }
    sink.begin(detection.file().name(), detection.kind());
    recording.calls().forEach(call -> call.accept(sink));
    return recording.summary();
  }

  /** The files read on the other thread so far, in reading order. */
  List<String> aside() {
    return List.copyOf(aside);
  }

  /** Queues the small files after the index, up to the next large one or the budget. */
  private void startAfter(int index) {
    long budget = BUDGET;
    for (int i = index + 1; i < detections.size(); i++) {
      Detection next = detections.get(i);
      long size = size(next);
      if (size < 0 || size >= large) {
        break;
      }
      if (next.isSheet() || next.file().path().isEmpty() || size > budget) {
        continue;
      }
      budget -= size;
      FutureTask<Recording> task = new FutureTask<>(() -> record(next));
      ahead.put(i, task);
      if (worker == null) {
        worker =
            Executors.newSingleThreadExecutor(
                r -> {
                  Thread t = new Thread(r, "charta-read-ahead");
                  t.setDaemon(true);
                  return t;
                });
      }
      worker.execute(task);
    }
    if (worker != null) {
      worker.execute(this::spare);
    }
  }

  private void spare() {
    Runnable once = spare.getAndSet(null);
    if (once != null) {
      once.run();
    }
  }

  private static long size(Detection detection) {
    return detection.file().size();
  }

  private Recording record(Detection detection) {
    Recorder recorder = new Recorder();
    InputSummary summary = readers.read(detection, recorder);
    return new Recording(recorder.calls, summary, Thread.currentThread());
  }

  @Override
  public void close() {
    spare();
    if (worker != null) {
      worker.shutdownNow();
    }
  }

  /** What reading one file gave the sink, call by call, its row accounting, and who read it. */
  private record Recording(List<Consumer<InputSink>> calls, InputSummary summary, Thread thread) {}

  /** An {@link InputSink} that keeps every call for a later one. */
  private static final class Recorder implements InputSink {
    private final List<Consumer<InputSink>> calls = new ArrayList<>();

    @Override
    public void network(NetworkEntry entry) {
      calls.add(sink -> sink.network(entry));
    }

    @Override
    public void invitation(Invitation invitation) {
      calls.add(sink -> sink.invitation(invitation));
    }

    @Override
    public void fact(Fact fact) {
      calls.add(sink -> sink.fact(fact));
    }

    @Override
    public void owner(PersonRef owner, SourceRef source) {
      calls.add(sink -> sink.owner(owner, source));
    }

    @Override
    public void alias(PersonRef person, SourceRef source) {
      calls.add(sink -> sink.alias(person, source));
    }

    @Override
    public void problem(Problem problem) {
      calls.add(sink -> sink.problem(problem));
    }

    @Override
    public void progress(String file, long rows) {
      calls.add(sink -> sink.progress(file, rows));
    }

    @Override
    public void begin(String file, InputKind kind) {
      calls.add(sink -> sink.begin(file, kind));
    }
  }
}
