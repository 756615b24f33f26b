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
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.source.Detection;
import de.kontaktcharta.source.InputSink;
import de.kontaktcharta.source.TableReader;
import de.kontaktcharta.source.calendar.CalendarFileReader;
import de.kontaktcharta.source.contacts.ContactListReader;
import de.kontaktcharta.source.crm.CrmReader;
import de.kontaktcharta.source.interactions.InteractionLogReader;
import de.kontaktcharta.source.invitations.InvitationListReader;
import de.kontaktcharta.source.linkedin.LinkedInConnectionsReader;
import de.kontaktcharta.source.linkedin.LinkedInEndorsementsReader;
import de.kontaktcharta.source.linkedin.LinkedInInvitationsReader;
import de.kontaktcharta.source.linkedin.LinkedInMessagesReader;
import de.kontaktcharta.source.linkedin.LinkedInProfileReader;
import de.kontaktcharta.source.linkedin.LinkedInRecommendationsReader;
import de.kontaktcharta.source.meetings.MeetingListReader;
import de.kontaktcharta.source.reasons.ReasonsReader;
import de.kontaktcharta.source.vcard.VCardFileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reads a detected input with the reader for its kind. */
public final class InputReaders {

  /** The table readers, made per file for the order its slash dates are written in. */
  private final Map<InputKind, Function<DateParser, TableReader>> tables =
      new EnumMap<>(InputKind.class);

  private final VCardFileReader vcards = new VCardFileReader();
  private final CalendarFileReader calendars = new CalendarFileReader();

  public InputReaders() {
    tables.put(InputKind.LINKEDIN_CONNECTIONS, LinkedInConnectionsReader::new);
    tables.put(InputKind.LINKEDIN_INVITATIONS, LinkedInInvitationsReader::new);
    tables.put(InputKind.LINKEDIN_MESSAGES, LinkedInMessagesReader::new);
    tables.put(InputKind.LINKEDIN_ENDORSEMENTS, LinkedInEndorsementsReader::new);
    tables.put(InputKind.LINKEDIN_RECOMMENDATIONS, LinkedInRecommendationsReader::new);
    tables.put(InputKind.LINKEDIN_PROFILE, dates -> new LinkedInProfileReader());
    tables.put(InputKind.REASONS, ReasonsReader::new);
    tables.put(InputKind.CONTACTS, ContactListReader::new);
    tables.put(InputKind.CRM, CrmReader::new);
    tables.put(InputKind.INVITATIONS, InvitationListReader::new);
    tables.put(InputKind.MEETINGS, MeetingListReader::new);
    tables.put(InputKind.INTERACTIONS, InteractionLogReader::new);
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
                  "no-rows",
                  nothingIn(kind)));
        }
      } catch (IOException | UncheckedIOException e) {
        String why =
            e instanceof UncheckedIOException u
                ? InputScanner.describe(u.getCause())
                : InputScanner.describe((IOException) e);
        sink.problem(unreadable(detection, "could not be read to the end: " + why));
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
    if (kind == InputKind.VCARD) {
      columns.addAll(VCardFileReader.columns());
      vcards.read(detection, counter, sink);
      return;
    }
    if (kind == InputKind.CALENDAR) {
      columns.addAll(CalendarFileReader.columns());
      calendars.read(detection, counter, sink);
      return;
    }
    Function<DateParser, TableReader> made = tables.get(kind);
    if (made == null || detection.header() == null) {
      sink.problem(unreadable(detection, "no reader for " + kind.code() + " files"));
      return;
    }
    TableReader reader = made.apply(new DateParser(detection.dateOrder()));
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
    boolean handMade = !detection.kind().code().startsWith("linkedin-");
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

  private static String nothingIn(InputKind kind) {
    return switch (kind) {
      case VCARD -> "the file holds no cards";
      case CALENDAR -> "the calendar holds no events";
      default -> "the table has a header but no rows";
    };
  }

  private static Problem unreadable(Detection detection, String message) {
    return Problem.note(
        SourceRef.wholeFile(detection.name()), Severity.ERROR, "input-unreadable", message);
  }
}
