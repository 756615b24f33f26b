package de.kontaktcharta.report.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import de.kontaktcharta.report.Cell;
import java.time.Duration;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** Rows made on another thread arrive as a plain loop over the list would see them. */
class RowsAheadTest {

  /** Rows that are made when read, as the report's large sheets are; one of them may fail. */
  private static List<List<Cell>> rows(int size, int failing, Throwable failure) {
    return new AbstractList<>() {
      @Override
      public List<Cell> get(int index) {
        if (index == failing && failure instanceof Error error) {
          throw error;
        }
        if (index == failing) {
          throw (RuntimeException) failure;
        }
        return List.of(Cell.text("row " + index), Cell.number(index));
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  @Test
  void everyRowInOrder() {
    int size = RowsAhead.BATCH * (RowsAhead.AHEAD + 2) + 3;
    List<List<Cell>> seen = new ArrayList<>();
    try (RowsAhead ahead = RowsAhead.of(rows(size, -1, null), "t")) {
      while (ahead.hasNext()) {
        seen.add(ahead.next());
      }
      assertThrows(NoSuchElementException.class, ahead::next);
    }
    assertEquals(rows(size, -1, null), seen);
  }

  @Test
  void noRows() {
    try (RowsAhead ahead = RowsAhead.of(List.of(), "t")) {
      assertFalse(ahead.hasNext());
    }
  }

  @Test
  void aFailureReachesTheWriterAtItsRow() {
    IllegalStateException failure = new IllegalStateException("broken row");
    int failing = RowsAhead.BATCH + 7;
    List<String> seen = new ArrayList<>();
    try (RowsAhead ahead = RowsAhead.of(rows(5000, failing, failure), "t")) {
      RuntimeException thrown =
          assertThrows(
              RuntimeException.class,
              () -> {
                while (ahead.hasNext()) {
                  seen.add(ahead.next().get(0).text());
                }
              });
      assertSame(failure, thrown);
    }
    assertEquals(failing, seen.size());
    assertEquals("row " + (failing - 1), seen.get(failing - 1));
  }

  @Test
  void anErrorReachesTheWriterInsteadOfLeavingItWaiting() {
    OutOfMemoryError failure = new OutOfMemoryError("made up");
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          try (RowsAhead ahead = RowsAhead.of(rows(5000, 3, failure), "t")) {
            for (int i = 0; i < 3; i++) {
              ahead.next();
            }
            assertSame(failure, assertThrows(OutOfMemoryError.class, ahead::next));
          }
        });
  }

  @Test
  void closingEarlyStopsTheMaker() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          try (RowsAhead ahead = RowsAhead.of(rows(10_000_000, -1, null), "t")) {
            assertEquals("row 0", ahead.next().get(0).text());
          }
        });
  }
}
