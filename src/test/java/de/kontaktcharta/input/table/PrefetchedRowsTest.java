package de.kontaktcharta.input.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.input.Detector;
import de.kontaktcharta.input.file.DiskFile;
import de.kontaktcharta.input.text.TextEncoding;
import de.kontaktcharta.model.Fact;
import de.kontaktcharta.model.Invitation;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.NetworkEntry;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.source.Detection;
import de.kontaktcharta.source.InputSink;
import de.kontaktcharta.source.contacts.ContactsKind;
import de.kontaktcharta.source.linkedin.LinkedInConnectionsReader;
import de.kontaktcharta.source.linkedin.LinkedInKinds;
import de.kontaktcharta.testing.Inputs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows parsed on another thread reach the reader exactly as if it had parsed them itself. */
class PrefetchedRowsTest {

  @TempDir Path dir;

  /** Everything a reader passes on, in one list, so that the order between kinds shows. */
  private static final class EventSink implements InputSink {
    final List<String> events = new ArrayList<>();

    @Override
    public void network(NetworkEntry entry) {
      events.add("row " + entry.source().line() + " " + entry.person().displayName());
    }

    @Override
    public void invitation(Invitation invitation) {
      events.add("invitation");
    }

    @Override
    public void fact(Fact fact) {
      events.add("fact");
    }

    @Override
    public void owner(PersonRef owner, SourceRef source) {
      events.add("owner");
    }

    @Override
    public void problem(Problem problem) {
      events.add("problem " + problem.source().line() + " " + problem.code());
    }

    @Override
    public void progress(String file, long rows) {
      events.add("progress " + rows);
    }
  }

  /** Many batches' worth of rows with bad rows early, on batch edges and at the very end. */
  private Path connections() throws IOException {
    StringBuilder csv = new StringBuilder("First Name,Last Name,Connected On\n");
    int rows = PrefetchedRows.BATCH * (PrefetchedRows.AHEAD + 3) + 17;
    for (int i = 0; i < rows; i++) {
      if (i == 3 || i == PrefetchedRows.BATCH - 1 || i == PrefetchedRows.BATCH) {
        csv.append("Bad,\"Quote,16 Dec 2024,x\n");
      } else if (i % 700 == 5) {
        csv.append("Too,Many,Fields,Here\n");
      } else if (i % 900 == 7) {
        csv.append(",,\n");
      } else {
        csv.append("Anna").append(i).append(",Berg,16 Dec 2024\n");
      }
    }
    csv.append("Last,\"Open,1 Jan 2024\n");
    return Inputs.write(dir, "Connections.csv", csv.toString());
  }

  private static List<String> read(Path file, boolean prefetched) throws IOException {
    Detection detection = new Detector().detect(new DiskFile(file, file.getFileName().toString()));
    EventSink sink = new EventSink();
    RowCounter counter = new RowCounter(detection.name(), sink);
    PrefetchedRows.Opener opener =
        c ->
            CsvRowSource.open(
                detection.file(),
                TextEncoding.byLabel(detection.encoding()),
                detection.delimiter(),
                detection.header().line(),
                c,
                false);
    try (RowSource rows =
        prefetched ? PrefetchedRows.open(counter, opener) : opener.open(counter)) {
      new LinkedInConnectionsReader(new DateParser()).read(rows, counter, sink);
    }
    sink.events.add(counter.summary(LinkedInKinds.CONNECTIONS, "").toString());
    return sink.events;
  }

  @Test
  void rowsProblemsAndCountsAsWithoutPrefetching() throws IOException {
    Path file = connections();
    List<String> direct = read(file, false);
    List<String> prefetched = read(file, true);
    assertTrue(direct.stream().anyMatch(e -> e.endsWith("malformed-row")), direct.toString());
    assertTrue(direct.size() > PrefetchedRows.BATCH * PrefetchedRows.AHEAD, "several batches");
    assertEquals(direct, prefetched);
  }

  /** A source of numbered rows that reports a skipped row now and then and may fail at the end. */
  private static final class Numbers implements RowSource {
    private final RowCounter counter;
    private final int rows;
    private final Exception failure;
    private final AtomicBoolean closed;
    private int at;

    Numbers(RowCounter counter, int rows, Exception failure, AtomicBoolean closed) {
      this.counter = counter;
      this.rows = rows;
      this.failure = failure;
      this.closed = closed;
    }

    @Override
    public Header header() {
      return new Header(1, List.of("n"));
    }

    @Override
    public Row next() throws IOException {
      if (at == rows) {
        if (failure instanceof IOException e) {
          throw e;
        }
        if (failure instanceof RuntimeException e) {
          throw e;
        }
        return null;
      }
      at++;
      if (at % 100 == 0) {
        counter.skip(at + 1, Message.of("problem.hundred"));
      }
      return new Row(at + 1, List.of(Integer.toString(at)));
    }

    @Override
    public void close() {
      counter.note(
          Problem.note(
              SourceRef.wholeFile(counter.file()), Severity.INFO, Message.of("problem.closed")));
      closed.set(true);
    }
  }

  @Test
  void aFailureComesAfterTheRowsBeforeIt() throws IOException {
    IOException failure = new IOException("archive limit");
    EventSink sink = new EventSink();
    RowCounter counter = new RowCounter("n.csv", sink);
    AtomicBoolean closed = new AtomicBoolean();
    List<String> rows = new ArrayList<>();
    IOException thrown;
    try (RowSource source =
        PrefetchedRows.open(counter, c -> new Numbers(c, 1234, failure, closed))) {
      assertEquals(List.of("n"), source.header().names());
      thrown =
          assertThrows(
              IOException.class,
              () -> {
                for (Row row = source.next(); row != null; row = source.next()) {
                  rows.add(row.get(0));
                }
              });
      assertNull(source.next(), "nothing after the failure");
    }
    assertSame(failure, thrown);
    assertEquals(1234, rows.size());
    assertEquals("1234", rows.get(1233));
    assertTrue(closed.get());
    assertEquals(12, sink.events.stream().filter(e -> e.endsWith("hundred")).count());
    assertEquals("problem 0 closed", sink.events.get(sink.events.size() - 1));
    assertEquals(12, counter.summary(ContactsKind.KIND, "").rowsSkipped());
  }

  @Test
  void anUncheckedFailureIsThrownAsItIs() throws IOException {
    UncheckedIOException failure = new UncheckedIOException(new IOException("read error"));
    RowCounter counter = new RowCounter("n.csv", new EventSink());
    try (RowSource source =
        PrefetchedRows.open(counter, c -> new Numbers(c, 3, failure, new AtomicBoolean()))) {
      source.next();
      source.next();
      source.next();
      assertSame(failure, assertThrows(UncheckedIOException.class, source::next));
    }
  }

  @Test
  void whatTheSourceReportedBeforeFailingToOpenIsKept() {
    EventSink sink = new EventSink();
    RowCounter counter = new RowCounter("n.csv", sink);
    IOException failure = new IOException("header line 3 not found");
    IOException thrown =
        assertThrows(
            IOException.class,
            () ->
                PrefetchedRows.open(
                    counter,
                    c -> {
                      c.skip(2, Message.of("problem.malformed-row.csv", "?"));
                      throw failure;
                    }));
    assertSame(failure, thrown);
    assertEquals(List.of("problem 2 malformed-row"), sink.events);
    assertEquals(1, counter.summary(ContactsKind.KIND, "").rowsSkipped());
  }

  @Test
  void closingEarlyStopsTheParser() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          AtomicBoolean closed = new AtomicBoolean();
          RowCounter counter = new RowCounter("n.csv", new EventSink());
          try (RowSource source =
              PrefetchedRows.open(counter, c -> new Numbers(c, 10_000_000, null, closed))) {
            assertEquals("1", source.next().get(0));
          }
          assertTrue(closed.get(), "the source is closed when the reader stops early");
        });
  }

  /** A failure that is neither an exception nor an error, thrown past the compiler's checks. */
  private static final class Odd extends Throwable {
    private static final long serialVersionUID = 1L;

    Odd() {
      super("odd");
    }
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> void sneak(Throwable t) throws T {
    throw (T) t;
  }

  /** A source that fails with any throwable after two rows. */
  private static RowSource failingWith(Throwable failure) {
    return new RowSource() {
      private int at;

      @Override
      public Header header() {
        return new Header(1, List.of("n"));
      }

      @Override
      public Row next() {
        if (at == 2) {
          PrefetchedRowsTest.<RuntimeException>sneak(failure);
        }
        at++;
        return new Row(at + 1, List.of(Integer.toString(at)));
      }

      @Override
      public void close() {}
    };
  }

  @Test
  void runningOutOfMemoryWhileParsingReachesTheReader() throws IOException {
    OutOfMemoryError failure = new OutOfMemoryError("Java heap space");
    RowCounter counter = new RowCounter("n.csv", new EventSink());
    try (RowSource source = PrefetchedRows.open(counter, c -> failingWith(failure))) {
      source.next();
      source.next();
      assertSame(failure, assertThrows(OutOfMemoryError.class, source::next));
    }
  }

  @Test
  void aFailureTheParserCannotHandOverStillEndsTheRowsWithAnError() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          RowCounter counter = new RowCounter("n.csv", new EventSink());
          try (RowSource source = PrefetchedRows.open(counter, c -> failingWith(new Odd()))) {
            // the rows of the batch that could not be handed over are lost with it: the error says
            IOException thrown =
                assertThrows(
                    IOException.class,
                    () -> {
                      while (source.next() != null) {
                        // rows before the failure
                      }
                    });
            assertTrue(thrown.getCause() instanceof Odd, thrown::toString);
            assertTrue(thrown.getMessage().startsWith("reading n.csv failed"), thrown::toString);
          }
        });
  }

  @Test
  void hugeRowsAreHandedOverInSmallBatches() throws Exception {
    String field = "x".repeat(300_000);
    AtomicInteger parsed = new AtomicInteger();
    RowCounter counter = new RowCounter("n.csv", new EventSink());
    RowSource endless =
        new RowSource() {
          @Override
          public Header header() {
            return new Header(1, List.of("n"));
          }

          @Override
          public Row next() {
            int n = parsed.incrementAndGet();
            return new Row(n + 1, List.of(field));
          }

          @Override
          public void close() {}
        };
    try (RowSource source = PrefetchedRows.open(counter, c -> endless)) {
      assertEquals(field, source.next().get(0));
      // the parser stops when the queue is full; wait until it does
      int seen = -1;
      while (seen != parsed.get()) {
        seen = parsed.get();
        Thread.sleep(200);
      }
      long perBatch = PrefetchedRows.BATCH_CHARS / field.length() + 1;
      assertTrue(
          seen <= (PrefetchedRows.AHEAD + 2) * perBatch,
          () -> parsed.get() + " rows of 300,000 characters parsed ahead");
    }
  }
}
