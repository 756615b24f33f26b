package de.kontaktcharta.input.table;

import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.InputSummary;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;

/** Counts the rows of one input so that every row read is either used or reported as skipped. */
public final class RowCounter {

  private final String file;
  private final ReadNotes sink;
  private long read;
  private long used;
  private long skipped;

  public RowCounter(String file, ReadNotes sink) {
    this.file = file;
    this.sink = sink;
  }

  public String file() {
    return file;
  }

  public SourceRef at(int line) {
    return new SourceRef(file, line);
  }

  /** Rows between two progress calls. */
  public static final int PROGRESS_ROWS = 100_000;

  /** A row was read and went into the analysis. */
  public void used() {
    read++;
    used++;
    if (read % PROGRESS_ROWS == 0) {
      sink.progress(file, read);
    }
  }

  /**
   * A row was read and is skipped for the given reason, e.g. {@code
   * Message.of("problem.missing-person.meeting")}.
   */
  public void skip(int line, Message message) {
    skip(line, Severity.WARNING, message);
  }

  /** A row was read and is skipped; INFO for rows that are meant to be skipped (drafts). */
  public void skip(int line, Severity severity, Message message) {
    skipped(new Problem(at(line), severity, message, true));
  }

  /**
   * Rows were read and are skipped, as the problem says: one row, or as many as one line stands for
   * (the deleted messages of a mailbox).
   */
  public void skipped(Problem problem) {
    Problem counted =
        problem.rows() > 0
            ? problem
            : Problem.skippedRows(problem.source(), problem.severity(), problem.message(), 1);
    read += counted.rows();
    skipped += counted.rows();
    sink.problem(counted);
  }

  /** A note about a used row. */
  public void note(int line, Message message) {
    sink.problem(Problem.note(at(line), Severity.WARNING, message));
  }

  /** A note about a used row or the whole file; does not count a row. */
  public void note(Problem problem) {
    sink.problem(problem);
  }

  /** Rows read so far, used or skipped. */
  public long read() {
    return read;
  }

  public InputSummary summary(InputKind kind, String format) {
    return new InputSummary(file, kind, format, read, used, skipped);
  }
}
