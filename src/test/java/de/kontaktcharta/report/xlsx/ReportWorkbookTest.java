package de.kontaktcharta.report.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.testing.LibreOffice;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links written as text read back as the hyperlinks POI would have written. */
class ReportWorkbookTest {

  @TempDir Path tmp;

  private Path write(boolean withComment) throws IOException {
    Path file = tmp.resolve("links.xlsx");
    try (ReportWorkbook wb = new ReportWorkbook(new XSSFWorkbook(), 2);
        OutputStream out = Files.newOutputStream(file)) {
      SXSSFSheet plain = wb.createSheet("Ohne");
      plain.createRow(0).createCell(0).setCellValue("no links here");
      SXSSFSheet linked = wb.createSheet("Mit");
      for (int r = 0; r < 10; r++) {
        linked.createRow(r).createCell(1).setCellValue("profile " + r);
        wb.link(linked, r, 1, "https://example.org/p?a=" + r + "&b=x");
      }
      if (withComment) {
        // a comment gives the sheet relationships of its own, which the links must not clash with
        Drawing<?> drawing = linked.createDrawingPatriarch();
        ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(wb.getCreationHelper().createRichTextString("note"));
        linked.getRow(9).getCell(1).setCellComment(comment);
      }
      wb.setActiveSheet(0);
      wb.write(out);
    }
    return file;
  }

  private static void assertLinks(Path file) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
      XSSFSheet linked = wb.getSheet("Mit");
      List<XSSFHyperlink> links = linked.getHyperlinkList();
      assertEquals(10, links.size());
      for (int r = 0; r < 10; r++) {
        XSSFHyperlink link = linked.getRow(r).getCell(1).getHyperlink();
        assertEquals("https://example.org/p?a=" + r + "&b=x", link.getAddress());
        assertEquals("profile " + r, linked.getRow(r).getCell(1).getStringCellValue());
      }
      assertNull(wb.getSheet("Ohne").getRow(0).getCell(0).getHyperlink());
      assertTrue(wb.getSheet("Ohne").getHyperlinkList().isEmpty());
    }
  }

  @Test
  void linksReadBackAsHyperlinks() throws Exception {
    Path file = write(false);
    assertLinks(file);
    try (ZipFile zip = new ZipFile(file.toFile())) {
      String sheet =
          new String(
              zip.getInputStream(zip.getEntry("xl/worksheets/sheet2.xml")).readAllBytes(),
              StandardCharsets.UTF_8);
      // where the schema wants them: after the rows, before the page margins
      assertTrue(
          sheet.indexOf("</sheetData>") < sheet.indexOf("<hyperlinks>")
              && sheet.indexOf("</hyperlinks>") < sheet.indexOf("<pageMargins"),
          sheet);
      assertTrue(sheet.startsWith("<?xml"), sheet);
    }
  }

  @Test
  void linksBesideTheSheetsOwnRelationships() throws Exception {
    Path file = write(true);
    assertLinks(file);
    try (ZipFile zip = new ZipFile(file.toFile())) {
      String rels =
          new String(
              zip.getInputStream(zip.getEntry("xl/worksheets/_rels/sheet2.xml.rels"))
                  .readAllBytes(),
              StandardCharsets.UTF_8);
      assertTrue(rels.contains("/comments\""), rels);
      List<String> ids =
          java.util.regex.Pattern.compile("Id=\"([^\"]+)\"")
              .matcher(rels)
              .results()
              .map(m -> m.group(1))
              .toList();
      assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), "unique ids: " + ids);
      assertTrue(ids.size() >= 11, ids.toString());
    }
  }

  @Test
  void libreOfficeOpensTheLinkedSheet() throws Exception {
    Assumptions.assumeTrue(LibreOffice.available(), "soffice is not installed");
    List<Path> csv = LibreOffice.convertAllSheets(write(false), tmp.resolve("lo"));
    assertEquals(2, csv.size(), csv.toString());
    String linked = Files.readString(tmp.resolve("lo/links-Mit.csv"), StandardCharsets.UTF_8);
    assertTrue(linked.contains("profile 9"), linked);
  }

  /**
   * A workbook of every kind of part the report has: a free sheet with a chart, streamed sheets.
   */
  private static void fill(SXSSFWorkbook wb, boolean textLinks) {
    XSSFSheet free = wb.getXSSFWorkbook().getSheet("Frei");
    free.createRow(0).createCell(0).setCellValue("Titel");
    free.createRow(1).createCell(0).setCellValue("Zahl");
    free.getRow(1).createCell(1).setCellValue(3);
    XSSFDrawing drawing = free.createDrawingPatriarch();
    drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 3, 1, 8, 10)).setTitleText("Diagramm");
    for (String name : List.of("Eins", "Zwei", "Drei")) {
      SXSSFSheet sheet = wb.createSheet(name);
      for (int r = 0; r < 250; r++) {
        sheet.createRow(r).createCell(0).setCellValue(name + " " + r + " <&>");
        sheet.getRow(r).createCell(2).setCellValue(r);
        if (!name.equals("Zwei") && r % 3 == 0) {
          String url = "https://example.org/" + name + "/" + r + "?a=1&b=2";
          if (textLinks) {
            ((ReportWorkbook) wb).link(sheet, r, 0, url);
          } else {
            XSSFHyperlink link =
                (XSSFHyperlink) wb.getCreationHelper().createHyperlink(HyperlinkType.URL);
            link.setAddress(url);
            sheet.getRow(r).getCell(0).setHyperlink(link);
          }
        }
      }
      sheet.createFreezePane(0, 1);
      sheet.setAutoFilter(new CellRangeAddress(0, 249, 0, 2));
    }
  }

  private static Map<String, String> parts(Path file) throws IOException {
    Map<String, String> parts = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        parts.put(
            e.getName(), new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return parts;
  }

  @Test
  void samePartsAsPoisOwnWriter() throws Exception {
    Path poi = tmp.resolve("poi.xlsx");
    Path ours = tmp.resolve("ours.xlsx");
    for (boolean textLinks : List.of(false, true)) {
      XSSFWorkbook base = new XSSFWorkbook();
      base.createSheet("Frei");
      try (SXSSFWorkbook wb =
              textLinks ? new ReportWorkbook(base, 10) : new SXSSFWorkbook(base, 10);
          OutputStream out = Files.newOutputStream(textLinks ? ours : poi)) {
        fill(wb, textLinks);
        wb.write(out);
      }
    }
    Map<String, String> expected = parts(poi);
    Map<String, String> actual = parts(ours);
    assertEquals(
        expected.keySet().stream().filter(n -> !n.contains("_rels/sheet")).toList(),
        actual.keySet().stream().filter(n -> !n.contains("_rels/sheet")).toList(),
        "the same parts in the same order");
    for (String name : expected.keySet()) {
      if (name.startsWith("xl/worksheets/_rels/") || name.equals("docProps/core.xml")) {
        continue;
      }
      assertEquals(
          withoutLinks(expected.get(name)), withoutLinks(actual.get(name)), name + " differs");
    }
    try (XSSFWorkbook read = new XSSFWorkbook(ours.toFile());
        XSSFWorkbook reference = new XSSFWorkbook(poi.toFile())) {
      for (String name : List.of("Eins", "Drei")) {
        List<String> want = new ArrayList<>();
        reference
            .getSheet(name)
            .getHyperlinkList()
            .forEach(l -> want.add(l.getCellRef() + " " + l.getAddress()));
        List<String> got = new ArrayList<>();
        read.getSheet(name)
            .getHyperlinkList()
            .forEach(l -> got.add(l.getCellRef() + " " + l.getAddress()));
        assertEquals(want, got);
        assertEquals(84, got.size());
      }
      assertEquals(1, read.getSheet("Frei").getDrawingPatriarch().getCharts().size());
      assertEquals(3.0, read.getSheet("Frei").getRow(1).getCell(1).getNumericCellValue());
      assertEquals(
          "Zwei 249 <&>", read.getSheet("Zwei").getRow(249).getCell(0).getStringCellValue());
    }
  }

  /** The XML without the hyperlinks block and the namespace declaration they need. */
  private static String withoutLinks(String xml) {
    return xml.replaceAll("<hyperlinks>.*</hyperlinks>", "")
        .replace(
            " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"", "");
  }

  @Test
  void attributeTextIsEscaped() {
    assertEquals("a&amp;b&lt;c&gt;&quot;d&apos;", ReportWorkbook.escape("a&b<c>\"d'"));
  }
}
