package de.kontaktcharta.review;

import de.kontaktcharta.input.table.Header;
import de.kontaktcharta.input.table.SheetRows;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.report.ReportName;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the review columns of an earlier report, however the user re-saved it: sheets and columns
 * are found by their header texts in either report language, rows by their IDs, so sorting,
 * filtering, moving columns and deleting rows lose nothing. The workbook is streamed, not loaded.
 */
public final class PreviousReportReader {

  private static final Set<String> CONTACT_ID = Set.of("kontakt-id", "contact id");
  private static final Set<String> INVITATION_ID = Set.of("einladungs-id", "invitation id");

  /** The newest report in a folder, by the date and number in its name. */
  public Optional<Path> newest(Path folder) {
    if (!Files.isDirectory(folder)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .flatMap(p -> ReportName.of(p.getFileName().toString()).stream())
          .filter(name -> name.extension().equals("xlsx"))
          .max(ReportName.AGE)
          .map(name -> folder.resolve(name.fileName()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Reads a report; an unreadable file gives a problem, never an exception. */
  public PreviousReport read(Path file) {
    List<ReviewRow> rows = new ArrayList<>();
    String name = file.getFileName().toString();
    if (Files.isDirectory(file)) {
      return unreadable(file, Message.of("cause.folder-not-report"));
    }
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      boolean reviewSheet = false;
      while (sheets.hasNext()) {
        try (InputStream sheet = sheets.next()) {
          SheetRows collector = new SheetRows(name + "!" + sheets.getSheetName(), rows);
          XMLReader parser = XMLHelper.newXMLReader();
          parser.setContentHandler(
              new XSSFSheetXMLHandler(
                  reader.getStylesTable(), strings, collector, new DataFormatter(), false));
          parser.parse(new InputSource(sheet));
          reviewSheet |= collector.found();
        }
      }
      if (!reviewSheet) {
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
    } catch (IOException
        | OpenXML4JException
        | SAXException
        | ParserConfigurationException
        | RuntimeException e) {
      return unreadable(
          file, Message.of("cause.system", e.getClass().getSimpleName() + ": " + e.getMessage()));
    }
    return new PreviousReport(file, rows, List.of());
  }

  private static PreviousReport unreadable(Path file, Message why) {
    return new PreviousReport(
        file,
        List.of(),
        List.of(
            Problem.note(
                SourceRef.wholeFile(file.toString()),
                Severity.ERROR,
                Message.of("problem.previous-report-unreadable", why))));
  }

  /** Collects the review rows of one sheet once its header row is known. */
  private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final String sheet;
    private final List<ReviewRow> out;
    private final Map<Integer, String> cells = new HashMap<>();
    private Map<String, Integer> columns;
    private boolean invitations;

    SheetRows(String sheet, List<ReviewRow> out) {
      this.sheet = sheet;
      this.out = out;
    }

    @Override
    public void startRow(int rowNum) {
      cells.clear();
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      cells.put(
          new org.apache.poi.ss.util.CellReference(reference).getCol() + 0,
          value == null ? "" : value);
    }

    @Override
    public void endRow(int rowNum) {
      if (columns == null) {
        header();
        return;
      }
      String id = get("id");
      if (id.isBlank()) {
        return;
      }
      out.add(
          new ReviewRow(
              new SourceRef(sheet, rowNum + 1),
              invitations,
              id.strip(),
              get("name"),
              get("status"),
              optional("reason"),
              optional("decision"),
              optional("note")));
    }

    private void header() {
      Map<String, Integer> found = new HashMap<>();
      for (Map.Entry<Integer, String> cell : cells.entrySet()) {
        String text = Header.normalise(cell.getValue());
        if (CONTACT_ID.contains(text) || INVITATION_ID.contains(text)) {
          found.put("id", cell.getKey());
          invitations = INVITATION_ID.contains(text);
        }
        switch (text) {
          case "name" -> found.put("name", cell.getKey());
          case "status-code", "status code", "empfehlungs-code", "recommendation code" ->
              found.put("status", cell.getKey());
          case "grund", "reason" -> found.put("reason", cell.getKey());
          case "entscheidung", "decision" -> found.put("decision", cell.getKey());
          case "notiz", "note" -> found.put("note", cell.getKey());
          default -> {
            // other columns are the report's own and not read back
          }
        }
      }
      // Only the review sheets have a Decision column (Evidence has IDs and names too); the
      // first row with all three is the header.
      if (found.containsKey("id") && found.containsKey("name") && found.containsKey("decision")) {
        columns = found;
      }
    }

    /** True once the sheet's review header was found. */
    boolean found() {
      return columns != null;
    }

    private String get(String column) {
      Integer c = columns.get(column);
      return c == null ? "" : cells.getOrDefault(c, "");
    }

    private String optional(String column) {
      Integer c = columns.get(column);
      return c == null ? null : cells.getOrDefault(c, "");
    }
  }
}
