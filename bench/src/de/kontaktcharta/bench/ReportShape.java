package de.kontaktcharta.bench;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Prints the shape of a workbook, one line per sheet: name, rows, widest row, cells and characters
 * of cell text. The sheets are read as a stream, so a large report needs no large heap.
 *
 * <p>Usage: {@code ReportShape REPORT.xlsx}
 */
public final class ReportShape {

  private ReportShape() {}

  public static void main(String[] args) throws Exception {
    SAXParserFactory factory = SAXParserFactory.newInstance();
    factory.setNamespaceAware(false);
    try (OPCPackage pkg = OPCPackage.open(Path.of(args[0]).toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (sheets.hasNext()) {
        try (InputStream in = sheets.next()) {
          Counter counter = new Counter();
          SAXParser parser = factory.newSAXParser();
          parser.parse(in, counter);
          System.out.printf(
              Locale.ROOT,
              "%s\t%d\t%d\t%d\t%d%n",
              sheets.getSheetName(),
              counter.rows,
              counter.columns,
              counter.cells,
              counter.chars);
        }
      }
    }
  }

  /** Counts rows, cells and text characters of one sheet's XML. */
  private static final class Counter extends DefaultHandler {
    int rows;
    int columns;
    long cells;
    long chars;
    private boolean inValue;

    @Override
    public void startElement(String uri, String local, String name, Attributes attributes) {
      switch (name) {
        case "row" -> rows++;
        case "c" -> {
          cells++;
          String ref = attributes.getValue("r");
          if (ref != null) {
            columns = Math.max(columns, new CellReference(ref).getCol() + 1);
          }
        }
        case "v", "t" -> inValue = true;
        default -> {}
      }
    }

    @Override
    public void endElement(String uri, String local, String name) {
      if (name.equals("v") || name.equals("t")) {
        inValue = false;
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inValue) {
        chars += length;
      }
    }
  }
}
