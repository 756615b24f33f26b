package de.kontaktcharta.review;

import de.kontaktcharta.input.file.InputException;
import de.kontaktcharta.input.table.FileTables;
import de.kontaktcharta.input.table.Header;
import de.kontaktcharta.input.table.Row;
import de.kontaktcharta.input.table.RowSource;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.report.ReportName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the review columns of an earlier report, however the user re-saved it: as .xlsx, .xlsm,
 * .xls or .ods, one sheet or several as CSV (comma, semicolon or tab; UTF-8 or Windows-1252), or
 * the report's own CSV ZIP. Sheets and columns are found by their header texts in either report
 * language, rows by their IDs, so sorting, filtering, moving columns and deleting rows lose
 * nothing.
 */
public final class PreviousReportReader {

  private static final Set<String> CONTACT_ID = Set.of("kontakt-id", "contact id", "id");
  private static final Set<String> INVITATION_ID = Set.of("einladungs-id", "invitation id");
  private static final Set<String> RECOMMENDATION_CODE =
      Set.of("empfehlungs-code", "recommendation code", "recommendation_code");

  /**
   * The newest report in a folder, by the date and number in its name. A name dated after the run
   * is no report of this tool's (it cannot have written it), and taking it would hide every report
   * written until that day.
   */
  public Optional<Path> newest(Path folder, LocalDate runDate) {
    if (!Files.isDirectory(folder)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .flatMap(p -> ReportName.of(p.getFileName().toString()).stream())
          .filter(name -> name.extension().equals("xlsx") && !name.day().isAfter(runDate))
          .max(ReportName.AGE)
          .map(name -> folder.resolve(name.fileName()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Reads a report; an unreadable file gives a problem, never an exception. */
  public PreviousReport read(Path file) {
    if (Files.isDirectory(file)) {
      return unreadable(file, Message.of("cause.folder-not-report"));
    }
    List<ReviewRow> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    int tables;
    try {
      tables =
          new FileTables(PreviousReportReader::isReviewHeader, problems::add)
              .read(file, (name, table) -> rows(name, table, rows));
    } catch (IOException e) {
      return unreadable(file, describe(e));
    } catch (UncheckedIOException e) {
      return unreadable(file, describe(e.getCause()));
    } catch (RuntimeException e) {
      // a library's own failure on a damaged file; its class name would tell the user nothing
      return unreadable(file, Message.of("cause.damaged"));
    }
    if (tables == 0) {
      // a copy saved without the review columns would otherwise drop the user's entries unsaid
      return new PreviousReport(
          file,
          rows,
          List.of(
              Problem.note(
                  SourceRef.wholeFile(file.toString()),
                  Severity.WARNING,
                  Message.of("problem.previous-report-without-review"))));
    }
    return new PreviousReport(file, rows, problems);
  }

  /** Why a file could not be read, in no particular language. */
  static Message describe(IOException e) {
    if (e instanceof InputException own) {
      return own.message();
    }
    if (e instanceof NoSuchFileException) {
      return Message.of("cause.gone");
    }
    if (e instanceof AccessDeniedException) {
      return Message.of("cause.denied");
    }
    String message = e.getMessage();
    return message == null || message.isBlank()
        ? Message.of("cause.unreadable")
        : Message.of("cause.system", message);
  }

  private static PreviousReport unreadable(Path file, Message why) {
    return new PreviousReport(
        file,
        List.of(),
        List.of(
            Problem.note(
                SourceRef.wholeFile(file.toString()),
                Severity.ERROR,
                Message.of("problem.previous-report-unreadable", why))),
        why);
  }

  /** True for the header row of a review sheet: an ID, a name and a Decision column. */
  static boolean isReviewHeader(List<String> cells) {
    Map<String, Integer> columns = columns(cells);
    return columns.containsKey("id")
        && columns.containsKey("name")
        && columns.containsKey("decision");
  }

  private static Map<String, Integer> columns(List<String> cells) {
    Map<String, Integer> found = new HashMap<>();
    for (int c = 0; c < cells.size(); c++) {
      String text = Header.normalise(cells.get(c));
      String column =
          CONTACT_ID.contains(text) || INVITATION_ID.contains(text)
              ? "id"
              : RECOMMENDATION_CODE.contains(text)
                  ? "recommendation"
                  : switch (text) {
                    case "name" -> "name";
                    case "status-code", "status code", "status_code" -> "status";
                    case "grund", "reason" -> "reason";
                    case "entscheidung", "decision" -> "decision";
                    case "notiz", "note" -> "note";
                    default -> "";
                  };
      if (!column.isEmpty()) {
        found.putIfAbsent(column, c);
      }
      if (INVITATION_ID.contains(text)) {
        found.putIfAbsent("invitation", c);
      }
    }
    if (found.containsKey("recommendation")) {
      found.putIfAbsent("invitation", found.get("recommendation"));
      found.putIfAbsent("status", found.get("recommendation"));
    }
    return found;
  }

  private static void rows(String table, RowSource source, List<ReviewRow> out) throws IOException {
    Map<String, Integer> columns = columns(source.header().names());
    boolean invitations = columns.containsKey("invitation");
    Row row;
    while ((row = source.next()) != null) {
      String id = cell(row, columns, "id");
      if (id.isBlank()) {
        continue;
      }
      out.add(
          new ReviewRow(
              new SourceRef(table, row.line()),
              invitations,
              id.strip(),
              cell(row, columns, "name"),
              cell(row, columns, "status"),
              optional(row, columns, "reason"),
              optional(row, columns, "decision"),
              optional(row, columns, "note")));
    }
  }

  private static String cell(Row row, Map<String, Integer> columns, String column) {
    Integer c = columns.get(column);
    return c == null ? "" : row.get(c);
  }

  private static String optional(Row row, Map<String, Integer> columns, String column) {
    Integer c = columns.get(column);
    return c == null ? null : row.get(c);
  }
}
