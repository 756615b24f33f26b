package de.kontaktcharta.input;

import de.kontaktcharta.input.table.ColumnMap;
import de.kontaktcharta.input.table.ColumnUse;
import de.kontaktcharta.input.table.CsvRowSource;
import de.kontaktcharta.input.table.DateParser;
import de.kontaktcharta.input.table.HeaderChecks;
import de.kontaktcharta.input.table.PrefetchedRows;
import de.kontaktcharta.input.table.RowCounter;
import de.kontaktcharta.input.table.RowSource;
import de.kontaktcharta.input.table.SheetRowSource;
import de.kontaktcharta.input.text.TextEncoding;
import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.InputSummary;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.source.ContentKind;
import de.kontaktcharta.source.Detection;
import de.kontaktcharta.source.DocumentKind;
import de.kontaktcharta.source.InputSink;
import de.kontaktcharta.source.SourceKind;
import de.kontaktcharta.source.SourceKinds;
import de.kontaktcharta.source.TableKind;
import de.kontaktcharta.source.TableReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads a detected input with the reader its kind's registry entry names. */
public final class InputReaders {

  private final SourceKinds kinds;

  public InputReaders() {
    this(SourceKinds.standard());
  }

  public InputReaders(SourceKinds kinds) {
    this.kinds = kinds;
  }

  /**
   * What reading an input gave, and how its columns were used.
   *
   * @param summary the row accounting
   * @param columns which column feeds which value
   * @param unused named columns no value is taken from
   */
  public record Inspection(InputSummary summary, List<ColumnUse> columns, List<String> unused) {

    public Inspection {
      columns = List.copyOf(columns);
      unused = List.copyOf(unused);
    }
  }

  /**
   * Reads every row of a recognised input into the sink. An input that cannot be read to its end is
   * reported as an error on the sink; the rows passed on before stay counted.
   */
  public InputSummary read(Detection detection, InputSink sink) {
    return inspect(detection, sink).summary();
  }

  /** Like {@link #read}, and also says which column fed which value (for {@code charta check}). */
  public Inspection inspect(Detection detection, InputSink sink) {
    InputKind kind =
        detection
            .recognised()
            .orElseThrow(() -> new IllegalArgumentException("not recognised: " + detection.name()));
    RowCounter counter = new RowCounter(detection.name(), sink);
    List<ColumnUse> columns = new ArrayList<>();
    List<String> unused = new ArrayList<>();
    if (kind.role() != InputKind.Role.NOT_USED) {
      try {
        readAll(detection, kind, counter, sink, columns, unused);
        if (counter.read() == 0) {
          // an export cut off after its header reads like one with nothing in it: say which
          sink.problem(
              Problem.note(
                  SourceRef.wholeFile(detection.name()),
                  Severity.INFO,
                  Message.of("problem.no-rows", nothingIn(kind))));
        }
      } catch (IOException | UncheckedIOException e) {
        Message why =
            e instanceof UncheckedIOException u
                ? InputScanner.describe(u.getCause())
                : InputScanner.describe((IOException) e);
        sink.problem(unreadable(detection, Message.of("problem.input-unreadable.partly", why)));
      }
    }
    return new Inspection(counter.summary(kind, detection.format()), columns, unused);
  }

  private void readAll(
      Detection detection,
      InputKind kind,
      RowCounter counter,
      InputSink sink,
      List<ColumnUse> columns,
      List<String> unused)
      throws IOException {
    SourceKind source = kinds.of(kind);
    if (source instanceof DocumentKind document) {
      columns.addAll(document.reader().columns());
      document.reader().read(detection, counter, sink);
      return;
    }
    if (source instanceof ContentKind content) {
      columns.addAll(content.reader().columns());
      content.reader().read(detection, counter, sink);
      return;
    }
    TableKind table = (TableKind) source;
    if (table.reader() == null || detection.header() == null) {
      sink.problem(
          unreadable(detection, Message.of("problem.input-unreadable.no-reader", kind.code())));
      return;
    }
    TableReader reader = table.reader().apply(new DateParser(detection.dateOrder()));
    try (RowSource rows = rows(detection, counter)) {
      ColumnMap map = ColumnMap.of(rows.header(), reader.fields());
      columns.addAll(map.uses());
      unused.addAll(map.unused());
      try (RowSource checked = new HeaderChecks(rows, map, counter)) {
        reader.read(checked, counter, sink);
      }
    }
  }

  private static RowSource rows(Detection detection, RowCounter counter) throws IOException {
    if (detection.isSheet()) {
      return SheetRowSource.open(
          detection.file(), detection.sheet(), detection.header().line(), counter);
    }
    // LinkedIn writes every field; lists made by hand or by other programs may stop early
    boolean handMade = !detection.kind().has(InputKind.Trait.EVERY_FIELD_WRITTEN);
    // Parsing runs on a second core while the reader makes facts of the rows already parsed.
    return PrefetchedRows.open(
        counter,
        c ->
            CsvRowSource.open(
                detection.file(),
                TextEncoding.byLabel(detection.encoding()),
                detection.delimiter(),
                detection.header().line(),
                c,
                handMade));
  }

  private Message nothingIn(InputKind kind) {
    SourceKind source = kinds.of(kind);
    if (source instanceof DocumentKind document) {
      return document.emptyNote();
    }
    return source instanceof ContentKind content
        ? content.emptyNote()
        : Message.of("cause.no-rows");
  }

  private static Problem unreadable(Detection detection, Message message) {
    return Problem.note(SourceRef.wholeFile(detection.name()), Severity.ERROR, message);
  }
}
