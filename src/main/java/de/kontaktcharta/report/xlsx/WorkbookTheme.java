package de.kontaktcharta.report.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook's theme: its colours and fonts. A workbook POI makes has none, and LibreOffice then
 * draws charts that take their colours from the theme without any fill. The chart's bars have
 * colours of their own as well; the theme covers whatever else a program takes from it.
 */
final class WorkbookTheme {

  private static final String MAIN = "http://schemas.openxmlformats.org/drawingml/2006/main";

  private WorkbookTheme() {}

  /** Gives the workbook the theme. */
  static void install(XSSFWorkbook workbook) throws IOException {
    StylesTable styles = workbook.getStylesSource();
    styles.ensureThemesTable();
    styles.getTheme().readFrom(new ByteArrayInputStream(xml().getBytes(StandardCharsets.UTF_8)));
  }

  /** The theme: neutral greys, the report's green, amber and red, and Calibri. */
  static String xml() {
    StringBuilder x = new StringBuilder(4096);
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
        .append("<a:theme xmlns:a=\"")
        .append(MAIN)
        .append("\" name=\"Kontaktcharta\"><a:themeElements>")
        .append("<a:clrScheme name=\"Kontaktcharta\">")
        .append("<a:dk1><a:srgbClr val=\"000000\"/></a:dk1>")
        .append("<a:lt1><a:srgbClr val=\"FFFFFF\"/></a:lt1>")
        .append("<a:dk2><a:srgbClr val=\"1F3A5F\"/></a:dk2>")
        .append("<a:lt2><a:srgbClr val=\"EEF2F6\"/></a:lt2>");
    String[] accents = {"3A9A4F", "E6A700", "D64545", "2F6DB5", "7A4FA0", "2B9AA0"};
    for (int i = 0; i < accents.length; i++) {
      x.append("<a:accent")
          .append(i + 1)
          .append("><a:srgbClr val=\"")
          .append(accents[i])
          .append("\"/></a:accent")
          .append(i + 1)
          .append('>');
    }
    x.append("<a:hlink><a:srgbClr val=\"0563C1\"/></a:hlink>")
        .append("<a:folHlink><a:srgbClr val=\"954F72\"/></a:folHlink>")
        .append("</a:clrScheme>")
        .append("<a:fontScheme name=\"Kontaktcharta\">")
        .append(font("majorFont"))
        .append(font("minorFont"))
        .append("</a:fontScheme>")
        .append("<a:fmtScheme name=\"Kontaktcharta\">")
        .append("<a:fillStyleLst>")
        .append(fill().repeat(3))
        .append("</a:fillStyleLst><a:lnStyleLst>");
    for (int width : new int[] {6350, 12700, 19050}) {
      x.append("<a:ln w=\"").append(width).append("\">").append(fill()).append("</a:ln>");
    }
    x.append("</a:lnStyleLst><a:effectStyleLst>")
        .append("<a:effectStyle><a:effectLst/></a:effectStyle>".repeat(3))
        .append("</a:effectStyleLst><a:bgFillStyleLst>")
        .append(fill().repeat(3))
        .append("</a:bgFillStyleLst></a:fmtScheme>")
        .append("</a:themeElements></a:theme>");
    return x.toString();
  }

  private static String font(String element) {
    return "<a:"
        + element
        + "><a:latin typeface=\"Calibri\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:"
        + element
        + ">";
  }

  /** A fill in the colour the style is applied with. */
  private static String fill() {
    return "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>";
  }
}
