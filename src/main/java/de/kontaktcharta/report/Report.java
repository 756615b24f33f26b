package de.kontaktcharta.report;

import java.util.List;
import java.util.Optional;

/**
 * A finished report, laid out and translated, ready for a writer.
 *
 * @param language the language code ({@code de} or {@code en})
 * @param datePattern the display pattern of date cells in spreadsheet notation
 * @param truncationNote what a cut-off cell ends with; {@code {0}} is the original length
 * @param rowsCutNote the last row of a table longer than a worksheet can be; {@code {0}} is the
 *     number of rows left out
 * @param pageNote the footer of a printed page; {@code {0}} is the page, {@code {1}} the pages
 * @param sheets the sheets in order
 */
public record Report(
    String language,
    String datePattern,
    String truncationNote,
    String rowsCutNote,
    String pageNote,
    List<Sheet> sheets) {

  public Report {
    sheets = List.copyOf(sheets);
  }

  /** A report with the English footer of printed pages. */
  public Report(
      String language,
      String datePattern,
      String truncationNote,
      String rowsCutNote,
      List<Sheet> sheets) {
    this(language, datePattern, truncationNote, rowsCutNote, "Page {0} of {1}", sheets);
  }

  /** A report with the English note for tables cut at a worksheet's last row. */
  public Report(String language, String datePattern, String truncationNote, List<Sheet> sheets) {
    this(
        language,
        datePattern,
        truncationNote,
        "… {0} more rows are not shown (a worksheet ends at row 1,048,576); --format csv lists"
            + " them all",
        sheets);
  }

  public Optional<Sheet> sheet(SheetKind kind) {
    return sheets.stream().filter(s -> s.kind() == kind).findFirst();
  }
}
