package de.kontaktcharta.io;

import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.InputSummary;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/** Reads a detected input with the reader for its kind. */
public final class InputReaders {

  private final Map<InputKind, TableReader> tables = new EnumMap<>(InputKind.class);

  public InputReaders() {
    DateParser dates = new DateParser();
    tables.put(InputKind.LINKEDIN_CONNECTIONS, new LinkedInConnectionsReader(dates));
    tables.put(InputKind.LINKEDIN_INVITATIONS, new LinkedInInvitationsReader(dates));
    tables.put(InputKind.LINKEDIN_MESSAGES, new LinkedInMessagesReader(dates));
    tables.put(InputKind.LINKEDIN_ENDORSEMENTS, new LinkedInEndorsementsReader(dates));
    tables.put(InputKind.LINKEDIN_RECOMMENDATIONS, new LinkedInRecommendationsReader(dates));
    tables.put(InputKind.LINKEDIN_PROFILE, new LinkedInProfileReader());
    tables.put(InputKind.REASONS, new ReasonsReader(dates));
  }

  /**
   * Reads every row of a recognised input into the sink. An input that cannot be read to its end is
   * reported as an error on the sink; the rows passed on before stay counted.
   */
  public InputSummary read(Detection detection, InputSink sink) {
    InputKind kind =
        detection
            .recognised()
            .orElseThrow(
                () -> new IllegalArgumentException("not recognised: " + detection.file().name()));
    RowCounter counter = new RowCounter(detection.file().name(), sink);
    if (kind.role() == InputKind.Role.NOT_USED) {
      return counter.summary(kind, detection.format());
    }
    TableReader reader = tables.get(kind);
    if (reader == null || detection.header() == null) {
      sink.problem(unreadable(detection, "no reader for " + kind.code() + " files"));
      return counter.summary(kind, detection.format());
    }
    try (CsvRowSource rows =
        CsvRowSource.open(
            detection.file(),
            TextEncoding.byLabel(detection.encoding()),
            detection.delimiter(),
            detection.header().line(),
            counter)) {
      reader.read(rows, counter, sink);
    } catch (IOException | UncheckedIOException e) {
      String why =
          e instanceof UncheckedIOException u
              ? InputScanner.describe(u.getCause())
              : InputScanner.describe((IOException) e);
      sink.problem(unreadable(detection, "could not be read to the end: " + why));
    }
    return counter.summary(kind, detection.format());
  }

  private static Problem unreadable(Detection detection, String message) {
    return Problem.note(
        SourceRef.wholeFile(detection.file().name()), Severity.ERROR, "input-unreadable", message);
  }
}
