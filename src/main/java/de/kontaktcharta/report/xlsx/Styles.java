package de.kontaktcharta.report.xlsx;

import de.kontaktcharta.report.Cell;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * Every style the workbook uses, created once. Colours are given as RGB, so that Excel and
 * LibreOffice show the same: status green, yellow and red, and the pale yellow of the places where
 * the user types.
 */
final class Styles {

  /** The fill of the places to type: the pale yellow spreadsheet programs use for input cells. */
  static final byte[] INPUT = rgb(0xFF, 0xF2, 0xCC);

  /** The fill of the headings above them. */
  static final byte[] INPUT_HEADING = rgb(0xFF, 0xD9, 0x66);

  static final byte[] GOOD = rgb(0xC6, 0xEF, 0xCE);
  static final byte[] WARN = rgb(0xFF, 0xEB, 0x9C);
  static final byte[] BAD = rgb(0xFF, 0xC7, 0xCE);

  private static final byte[] HEADER = rgb(0xD9, 0xD9, 0xD9);
  private static final byte[] BORDER = rgb(0xBF, 0xBF, 0xBF);

  final CellStyle none;
  final CellStyle header;
  final CellStyle inputHeader;
  final CellStyle group;
  final CellStyle title;
  final CellStyle heading;
  final CellStyle plain;
  final CellStyle wrap;
  final CellStyle input;
  final CellStyle inputWrap;
  final CellStyle date;
  final CellStyle number;
  final CellStyle link;
  final Map<Cell.Tone, CellStyle> tones = new EnumMap<>(Cell.Tone.class);
  final boolean date1904;

  /** Dates a date cell cannot hold, written as text in the date cells' own pattern. */
  final DateTimeFormatter dateText;

  Styles(Workbook wb, String datePattern, boolean date1904) {
    this.date1904 = date1904;
    // the spreadsheet's "mm" of a date pattern is Java's "MM"; years may have more digits
    this.dateText =
        DateTimeFormatter.ofPattern(
            datePattern.replace("mm", "MM").replace("yyyy", "uuuu"), Locale.ROOT);
    none = wb.getCellStyleAt(0);
    Font bold = wb.createFont();
    bold.setBold(true);
    header = filled(wb, HEADER);
    header.setFont(bold);
    header.setBorderBottom(BorderStyle.THIN);
    header.setWrapText(true);
    inputHeader = filled(wb, INPUT_HEADING);
    inputHeader.setFont(bold);
    inputHeader.setBorderBottom(BorderStyle.THIN);
    inputHeader.setWrapText(true);
    group = filled(wb, INPUT_HEADING);
    group.setFont(bold);
    group.setAlignment(HorizontalAlignment.CENTER);
    title = wb.createCellStyle();
    title.setFont(font(wb, 16));
    title.setVerticalAlignment(VerticalAlignment.CENTER);
    heading = wb.createCellStyle();
    heading.setFont(font(wb, 12));
    heading.setVerticalAlignment(VerticalAlignment.BOTTOM);
    plain = wb.createCellStyle();
    plain.setVerticalAlignment(VerticalAlignment.TOP);
    wrap = wb.createCellStyle();
    wrap.setWrapText(true);
    wrap.setVerticalAlignment(VerticalAlignment.TOP);
    input = inputCell(wb, false);
    inputWrap = inputCell(wb, true);
    date = wb.createCellStyle();
    date.setDataFormat(wb.createDataFormat().getFormat(datePattern));
    date.setVerticalAlignment(VerticalAlignment.TOP);
    number = wb.createCellStyle();
    number.setVerticalAlignment(VerticalAlignment.TOP);
    Font blue = wb.createFont();
    blue.setUnderline(Font.U_SINGLE);
    blue.setColor(IndexedColors.BLUE.getIndex());
    link = wb.createCellStyle();
    link.setFont(blue);
    link.setVerticalAlignment(VerticalAlignment.TOP);
    tones.put(Cell.Tone.GOOD, filled(wb, GOOD));
    tones.put(Cell.Tone.WARN, filled(wb, WARN));
    tones.put(Cell.Tone.BAD, filled(wb, BAD));
    tones.put(Cell.Tone.TITLE, title);
    tones.put(Cell.Tone.HEADING, heading);
    tones.put(Cell.Tone.SHEET_LINK, link);
  }

  private static Font font(Workbook wb, int points) {
    Font font = wb.createFont();
    font.setBold(true);
    font.setFontHeightInPoints((short) points);
    return font;
  }

  /** A place to type: pale yellow with a thin grey frame, as spreadsheet programs mark input. */
  private static CellStyle inputCell(Workbook wb, boolean wrapped) {
    XSSFCellStyle style = filled(wb, INPUT);
    style.setWrapText(wrapped);
    XSSFColor border = new XSSFColor(BORDER);
    style.setBorderTop(BorderStyle.THIN);
    style.setBorderBottom(BorderStyle.THIN);
    style.setBorderLeft(BorderStyle.THIN);
    style.setBorderRight(BorderStyle.THIN);
    style.setTopBorderColor(border);
    style.setBottomBorderColor(border);
    style.setLeftBorderColor(border);
    style.setRightBorderColor(border);
    return style;
  }

  private static XSSFCellStyle filled(Workbook wb, byte[] rgb) {
    XSSFCellStyle style = (XSSFCellStyle) wb.createCellStyle();
    style.setFillForegroundColor(new XSSFColor(rgb));
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    style.setVerticalAlignment(VerticalAlignment.TOP);
    return style;
  }

  private static byte[] rgb(int r, int g, int b) {
    return new byte[] {(byte) r, (byte) g, (byte) b};
  }
}
