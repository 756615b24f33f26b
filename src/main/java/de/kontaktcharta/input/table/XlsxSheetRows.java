package de.kontaktcharta.input.table;

import de.kontaktcharta.input.file.InputException;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * The rows of one XLSX sheet, pulled from its XML with StAX. Cells missing from the XML (Excel
 * leaves out empty ones) come back as empty strings, so that column positions hold.
 */
final class XlsxSheetRows implements SheetRows {

  /** Excel's last column is XFD; anything beyond is damage, not data. */
  private static final int MAX_COLUMNS = 16_384;

  /** Excel's last row. */
  private static final int MAX_ROWS = 1_048_576;

  private final InputStream in;
  private final XMLStreamReader xml;
  private final SharedStrings strings;
  private final StylesTable styles;
  private final SheetCells cells;
  private final SheetNotes notes = new SheetNotes();
  private int lastRow;
  private boolean done;

  XlsxSheetRows(InputStream in, SharedStrings strings, StylesTable styles, SheetCells cells)
      throws XMLStreamException {
    this.in = in;
    this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
    this.strings = strings;
    this.styles = styles;
    this.cells = cells;
  }

  @Override
  public Row next() throws IOException {
    try {
      while (!done && xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
          return row();
        }
        if (event == XMLStreamConstants.END_ELEMENT && "sheetData".equals(xml.getLocalName())) {
          done = true;
        }
      }
      done = true;
      return null;
    } catch (XMLStreamException | RuntimeException e) {
      done = true;
      throw new InputException(
          Message.of(
              "cause.sheet-xml-damaged", String.valueOf(lastRow), String.valueOf(e.getMessage())),
          e);
    }
  }

  private Row row() throws XMLStreamException {
    int number = rowNumber(xml.getAttributeValue(null, "r"));
    lastRow = number;
    List<String> values = new ArrayList<>();
    int nextColumn = 0;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
        String ref = xml.getAttributeValue(null, "r");
        int column = ref == null || column(ref) < 0 ? nextColumn : column(ref);
        String value = cell(xml.getAttributeValue(null, "t"), xml.getAttributeValue(null, "s"));
        if (column >= MAX_COLUMNS) {
          notes.add(SheetNotes.Kind.BEYOND_LAST_COLUMN, lastRow);
          continue;
        }
        while (values.size() < column) {
          values.add("");
        }
        if (column < values.size()) {
          values.set(column, value);
        } else {
          values.add(value);
        }
        nextColumn = column + 1;
      } else if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
        break;
      }
    }
    return new Row(number, values);
  }

  /**
   * The row's number as the sheet gives it, or the next one when the sheet gives none. Excel writes
   * rows in order within 1 … 1,048,576; a number outside that, or not after the row before, is
   * damage, and the row is counted as the next one so that no row is lost and none goes back.
   */
  private int rowNumber(String r) {
    if (r == null) {
      return lastRow + 1;
    }
    int number = parseOr(r, -1);
    if (number <= lastRow || number > MAX_ROWS) {
      notes.add(SheetNotes.Kind.ROW_NUMBER, lastRow + 1);
      return lastRow + 1;
    }
    return number;
  }

  /** Reads one {@code <c>} element to its end and returns its text. */
  private String cell(String type, String style) throws XMLStreamException {
    String value = null;
    StringBuilder inline = null;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = xml.getLocalName();
        if ("v".equals(name)) {
          value = xml.getElementText();
        } else if ("t".equals(name)) {
          inline = inline == null ? new StringBuilder() : inline;
          inline.append(xml.getElementText());
        } else if ("rPh".equals(name)) {
          skipElement();
        }
      } else if (event == XMLStreamConstants.END_ELEMENT && "c".equals(xml.getLocalName())) {
        break;
      }
    }
    return text(type, style, value, inline);
  }

  /** Skips phonetic runs, whose text is a reading aid and not the cell's value. */
  private void skipElement() throws XMLStreamException {
    int depth = 1;
    while (depth > 0 && xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private String text(String type, String style, String value, StringBuilder inline) {
    if (type == null || type.equals("n")) {
      return number(value, style);
    }
    return switch (type) {
      case "s" -> shared(value);
      case "inlineStr" -> inline == null ? nullToEmpty(value) : inline.toString();
      case "b" -> "1".equals(value == null ? "" : value.trim()) ? "TRUE" : "FALSE";
      case "e" -> formulaError(value);
      case "d" -> isoDate(nullToEmpty(value));
      default -> nullToEmpty(value); // str (formula text)
    };
  }

  /**
   * A date cell as strict workbooks write it, {@code 2024-03-14T00:00:00}, as the date cells of
   * other workbooks read: the date, with the time when it has one.
   */
  static String isoDate(String value) {
    String v = value.trim();
    int t = v.indexOf('T');
    if (t < 0) {
      return v;
    }
    String time = v.substring(t + 1);
    if (time.startsWith("00:00:00") || time.isEmpty()) {
      return t == 0 ? "00:00" : v.substring(0, t);
    }
    String hhmm = time.length() >= 5 ? time.substring(0, 5) : time;
    return t == 0 ? hhmm : v.substring(0, t) + " " + hhmm;
  }

  /** A formula's error value ({@code #DIV/0!}) is no name or date: read as empty, and noted. */
  private String formulaError(String value) {
    if (value != null && !value.isBlank()) {
      notes.add(SheetNotes.Kind.FORMULA_ERROR, lastRow);
    }
    return "";
  }

  private String shared(String value) {
    if (value == null || value.isBlank()) {
      return "";
    }
    int index = parseOr(value, -1);
    if (index < 0 || index >= strings.getCount()) {
      notes.add(SheetNotes.Kind.DAMAGED_CELL, lastRow);
      return "";
    }
    return notes.withoutControls(strings.getItemAt(index).getString(), lastRow);
  }

  private String number(String value, String style) {
    if (value == null || value.isBlank()) {
      return "";
    }
    double d;
    try {
      d = Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      return value;
    }
    int formatIndex = 0;
    String format = null;
    if (style != null && styles != null) {
      // a style that cannot be found leaves the number in the General format, still readable
      int s = parseOr(style, -1);
      if (s >= 0 && s < styles.getNumCellStyles()) {
        XSSFCellStyle cellStyle = styles.getStyleAt(s);
        formatIndex = cellStyle.getDataFormat();
        format = cellStyle.getDataFormatString();
      }
    }
    if (format == null) {
      format = BuiltinFormats.getBuiltinFormat(formatIndex);
    }
    return cells.number(d, formatIndex, format == null ? "General" : format);
  }

  private static int parseOr(String text, int otherwise) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }

  /** The 0-based column of a cell reference such as {@code AB12}. */
  static int column(String ref) {
    int column = 0;
    for (int i = 0; i < ref.length(); i++) {
      char c = Character.toUpperCase(ref.charAt(i));
      if (c < 'A' || c > 'Z') {
        break;
      }
      column = column * 26 + (c - 'A' + 1);
      if (column > MAX_COLUMNS) {
        return MAX_COLUMNS;
      }
    }
    return column - 1;
  }

  @Override
  public List<Problem> notes(String file) {
    return notes.problems(file);
  }

  @Override
  public void close() throws IOException {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // the stream is closed below; nothing was written
    }
    in.close();
  }
}
