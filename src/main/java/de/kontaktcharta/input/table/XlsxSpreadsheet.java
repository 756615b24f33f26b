package de.kontaktcharta.input.table;

import de.kontaktcharta.input.file.InputException;
import de.kontaktcharta.input.file.InputFile;
import de.kontaktcharta.model.Message;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.SAXException;

/**
 * An XLSX workbook, read with POI's event API: {@link XSSFReader} gives the parts, and each sheet's
 * XML is pulled row by row with StAX, so that the table readers can ask for one row at a time and
 * nothing but the shared strings is held in memory. Formula cells give their cached values.
 */
final class XlsxSpreadsheet implements Spreadsheet {

  private final OPCPackage pkg;
  private final SharedStrings strings;
  private final StylesTable styles;
  private final SheetCells cells;
  private final List<String> names = new ArrayList<>();
  private final List<PackagePart> parts = new ArrayList<>();

  private XlsxSpreadsheet(OPCPackage pkg) throws IOException, OpenXML4JException, SAXException {
    this.pkg = pkg;
    boolean strict = StrictOoxml.is(pkg);
    XSSFReader reader = new XSSFReader(pkg, strict);
    this.strings =
        strict ? StrictOoxml.sharedStrings(pkg) : new ReadOnlySharedStringsTable(pkg, false);
    this.styles = strict ? StrictOoxml.styles(pkg) : reader.getStylesTable();
    this.cells = new SheetCells(date1904(reader));
    XSSFReader.SheetIterator sheets = strict ? StrictOoxml.sheets(pkg) : reader.getSheetIterator();
    while (sheets.hasNext()) {
      try {
        // the iterator opens each sheet's stream; only the name and the part are kept
        sheets.next().close();
        parts.add(sheets.getSheetPart());
      } catch (POIXMLException e) {
        // a sheet whose link leads nowhere costs that sheet: rows() says so
        parts.add(null);
      }
      names.add(sheets.getSheetName());
    }
  }

  static Spreadsheet open(InputFile file) throws IOException {
    if (isOpenDocumentSheet(file)) {
      // an OpenDocument spreadsheet whose writer did not store its media type first
      return OdsSpreadsheet.open(file);
    }
    Optional<Message> other = whatIsInside(file);
    if (other.isPresent()) {
      throw new UnsupportedFormatException(other.get());
    }
    OPCPackage pkg = null;
    try {
      Optional<java.nio.file.Path> path = file.path();
      if (path.isPresent()) {
        pkg = OPCPackage.open(path.get().toFile(), PackageAccess.READ);
      } else {
        try (InputStream in = file.open()) {
          pkg = OPCPackage.open(in);
        }
      }
      return new XlsxSpreadsheet(pkg);
    } catch (OpenXML4JException | SAXException | RuntimeException e) {
      if (pkg != null) {
        pkg.revert();
      }
      throw new UnsupportedFormatException(Message.of("cause.workbook-broken", message(e)), e);
    } catch (IOException e) {
      if (pkg != null) {
        pkg.revert();
      }
      throw e;
    }
  }

  private static String message(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** True for an OpenDocument spreadsheet, wherever its {@code mimetype} entry stands. */
  private static boolean isOpenDocumentSheet(InputFile file) throws IOException {
    return entryNames(file).contains("mimetype")
        && mediaType(file).equals(OdsSpreadsheet.MEDIA_TYPE);
  }

  /**
   * What a ZIP that is no OpenDocument spreadsheet holds when it is no XLSX workbook, else empty.
   */
  static Optional<Message> whatIsInside(InputFile file) throws IOException {
    List<String> entries = entryNames(file);
    if (entries.contains("xl/workbook.xml")) {
      return Optional.empty();
    }
    if (entries.contains("xl/workbook.bin")) {
      return Optional.of(Message.of("cause.xlsb"));
    }
    if (entries.contains("word/document.xml")) {
      return Optional.of(Message.of("cause.word"));
    }
    if (entries.contains("ppt/presentation.xml")) {
      return Optional.of(Message.of("cause.powerpoint"));
    }
    if (entries.contains("mimetype")) {
      return Optional.of(Message.of("cause.opendocument"));
    }
    return Optional.of(Message.of("cause.nested-zip"));
  }

  /** The content of an OpenDocument file's {@code mimetype} entry, wherever it stands. */
  private static String mediaType(InputFile file) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(file.open(), StandardCharsets.UTF_8)) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (entry.getName().equals("mimetype")) {
          return new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
        }
      }
    }
    return "";
  }

  private static List<String> entryNames(InputFile file) throws IOException {
    List<String> names = new ArrayList<>();
    Optional<java.nio.file.Path> path = file.path();
    if (path.isPresent()) {
      try (ZipFile zip = new ZipFile(path.get().toFile(), StandardCharsets.UTF_8)) {
        zip.stream().forEach(e -> names.add(e.getName()));
      }
      return names;
    }
    try (ZipInputStream zip = new ZipInputStream(file.open(), StandardCharsets.UTF_8)) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null && names.size() < 10_000) {
        names.add(entry.getName());
      }
    }
    return names;
  }

  @Override
  public List<String> sheetNames() {
    return List.copyOf(names);
  }

  @Override
  public SheetRows rows(int sheet) throws IOException {
    InputStream in = part(sheet).getInputStream();
    try {
      return new XlsxSheetRows(in, strings, styles, cells);
    } catch (XMLStreamException e) {
      in.close();
      throw new InputException(
          Message.of("cause.sheet-damaged", names.get(sheet), String.valueOf(e.getMessage())), e);
    }
  }

  @Override
  public List<CellRangeAddress> mergedRegions(int sheet) throws IOException {
    List<CellRangeAddress> regions = new ArrayList<>();
    try (InputStream in = part(sheet).getInputStream()) {
      XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
      try {
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT
              && "mergeCell".equals(xml.getLocalName())) {
            String ref = xml.getAttributeValue(null, "ref");
            if (ref != null && ref.indexOf(':') > 0) {
              regions.add(CellRangeAddress.valueOf(ref));
            }
          }
        }
      } finally {
        xml.close();
      }
    } catch (XMLStreamException | IllegalArgumentException e) {
      throw new InputException(Message.of("cause.merged-unreadable", names.get(sheet)), e);
    }
    return regions;
  }

  private PackagePart part(int sheet) throws IOException {
    PackagePart part = parts.get(sheet);
    if (part == null) {
      throw new InputException(Message.of("cause.sheet-no-data"));
    }
    return part;
  }

  /** Workbooks from old Mac Excel count days from 1904. */
  private static boolean date1904(XSSFReader reader) throws IOException {
    try (InputStream in = reader.getWorkbookData()) {
      XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
      try {
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            if ("workbookPr".equals(name)) {
              String value = xml.getAttributeValue(null, "date1904");
              return "1".equals(value) || "true".equalsIgnoreCase(value);
            }
            if ("sheets".equals(name)) {
              return false;
            }
          }
        }
        return false;
      } finally {
        xml.close();
      }
    } catch (XMLStreamException | InvalidFormatException e) {
      return false;
    }
  }

  @Override
  public void close() {
    // opened read-only: revert closes without writing anything back
    pkg.revert();
  }
}
