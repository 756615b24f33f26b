package de.kontaktcharta.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links written as text read back as the hyperlinks POI would have written. */
class LinkingWorkbookTest {

  @TempDir Path tmp;

  private Path write(boolean withComment) throws IOException {
    Path file = tmp.resolve("links.xlsx");
    try (LinkingWorkbook wb = new LinkingWorkbook(new XSSFWorkbook(), 2);
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

  @Test
  void attributeTextIsEscaped() {
    assertEquals("a&amp;b&lt;c&gt;&quot;d&apos;", LinkingWorkbook.escape("a&b<c>\"d'"));
  }
}
