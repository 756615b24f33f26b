package de.kontaktcharta.source.xingexport;

import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.SourceRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts what one read does and passes items and problems on. Empty rows are gathered into one
 * problem per file instead of one each, since spreadsheet programs leave many at the end.
 *
 * @param <T> the item type
 */
final class Tally<T> implements XingSink<T> {

  private static final int LINES_NAMED = 10;

  private final XingSink<T> sink;
  private final String file;
  private int used;
  private int skipped;
  private int items;
  private int problems;
  private final List<Integer> emptyLines = new ArrayList<>();
  private int emptyRows;

  Tally(XingSink<T> sink, String file) {
    this.sink = sink;
    this.file = file;
  }

  @Override
  public void accept(T item) {
    items++;
    sink.accept(item);
  }

  @Override
  public void problem(Problem problem) {
    problems++;
    if (problem.rowSkipped()) {
      skipped++;
    }
    sink.problem(problem);
  }

  void used() {
    used++;
  }

  /** A row whose cells are all blank: not used, named in the file's one empty-rows problem. */
  void empty(int line) {
    emptyRows++;
    if (emptyLines.size() < LINES_NAMED) {
      emptyLines.add(line);
    }
  }

  XingReadSummary finish() {
    if (emptyRows > 0) {
      String lines = emptyLines.toString().replaceAll("[\\[\\]]", "");
      boolean more = emptyRows > emptyLines.size();
      problem(
          Problem.skippedRow(
              new SourceRef(file, emptyLines.get(0)),
              !more
                  ? Message.of("problem.xing-empty-rows", emptyRows, lines)
                  : Message.of("problem.xing-empty-rows.more", emptyRows, lines)));
      skipped += emptyRows - 1;
    }
    return new XingReadSummary(file, used + skipped, used, skipped, items, problems);
  }
}
