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
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** Every style the workbook uses, created once. */
final class Styles {
  final CellStyle none;
  final CellStyle header;
  final CellStyle title;
  final CellStyle plain;
  final CellStyle wrap;
  final CellStyle date;
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
    header = wb.createCellStyle();
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    header.setWrapText(true);
    header.setVerticalAlignment(VerticalAlignment.TOP);
    Font big = wb.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 14);
    title = wb.createCellStyle();
    title.setFont(big);
    plain = wb.createCellStyle();
    plain.setVerticalAlignment(VerticalAlignment.TOP);
    wrap = wb.createCellStyle();
    wrap.setWrapText(true);
    wrap.setVerticalAlignment(VerticalAlignment.TOP);
    date = wb.createCellStyle();
    date.setDataFormat(wb.createDataFormat().getFormat(datePattern));
    date.setVerticalAlignment(VerticalAlignment.TOP);
    Font blue = wb.createFont();
    blue.setUnderline(Font.U_SINGLE);
    blue.setColor(IndexedColors.BLUE.getIndex());
    link = wb.createCellStyle();
    link.setFont(blue);
    link.setVerticalAlignment(VerticalAlignment.TOP);
    tones.put(Cell.Tone.GOOD, filled(wb, IndexedColors.LIGHT_GREEN));
    tones.put(Cell.Tone.WARN, filled(wb, IndexedColors.LIGHT_YELLOW));
    tones.put(Cell.Tone.BAD, filled(wb, IndexedColors.ROSE));
  }

  private static CellStyle filled(Workbook wb, IndexedColors color) {
    CellStyle style = wb.createCellStyle();
    style.setFillForegroundColor(color.getIndex());
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    style.setVerticalAlignment(VerticalAlignment.TOP);
    return style;
  }
}
