package de.kontaktcharta.report.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;

class StreamedRowsWriterTest {

  /** Texts with everything XML, Excel and UTF-8 treat specially. */
  private static final List<String> TEXTS =
      List.of(
          "",
          "Jörg Maaß",
          "a < b > c & d \"e\" 'f'",
          "Zeile 1\nZeile 2\r\nZeile 3\tTab",
          "no\u00a0break",
          " leading",
          "trailing\t",
          "bell\u0007 and nul\u0000 and esc\u001b",
          "not a character \ufffe \uffff, but \ufffd is",
          "emoji \ud83d\ude00 pair",
          "lone high \ud83d then text",
          "lone low \ude00 here",
          "ends with a lone high \ud83d",
          "€ 100, „Zitat“ — ñ, 中文, עברית",
          "x".repeat(20_000) + "ü".repeat(12_000) + "<",
          "https://www.linkedin.com/in/anna-berg-1234?trk=a&b=c");

  @Test
  void writesTheSameXmlAsPoi() throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(1000)) {
      CellStyle filled = workbook.createCellStyle();
      filled.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
      filled.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      SXSSFSheet sheet = workbook.createSheet("t");
      int r = 0;
      for (String text : TEXTS) {
        Row row = sheet.createRow(r++);
        row.createCell(0).setCellValue(text);
        row.createCell(2).setCellValue(r * 1.5);
        row.createCell(3).setCellStyle(filled);
        row.createCell(4).setCellValue(r % 2 == 0);
        row.createCell(5).setCellFormula("A1&\"<x>\"");
        row.createCell(30).setCellValue(text);
        row.getCell(30).setCellStyle(filled);
        row.createCell(70).setCellValue(-r);
      }
      Row tall = sheet.createRow(r + 4);
      tall.setHeightInPoints(47f);
      tall.createCell(1).setCellValue("tall");

      var poiWriter =
          new SheetDataWriter() {
            File file() {
              return getTempFile();
            }
          };
      String poi = xml(poiWriter, poiWriter.file(), sheet);
      StreamedRowsWriter ourWriter = new StreamedRowsWriter();
      String ours = xml(ourWriter, ourWriter.getTempFile(), sheet);

      assertTrue(poi.contains("&lt;x&gt;") && poi.contains("&#xa0;"), poi.substring(0, 300));
      assertEquals(poi, ours);
    }
  }

  private static String xml(SheetDataWriter writer, File file, SXSSFSheet sheet)
      throws IOException {
    try {
      for (Row row : sheet) {
        writer.writeRow(row.getRowNum(), (SXSSFRow) row);
      }
      writer.close();
      return Files.readString(file.toPath(), StandardCharsets.UTF_8);
    } finally {
      writer.close();
      Files.deleteIfExists(file.toPath());
    }
  }
}
