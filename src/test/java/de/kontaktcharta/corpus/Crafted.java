package de.kontaktcharta.corpus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Files damaged or crafted byte by byte, the way broken programs and attackers make them: a ZIP
 * whose directory points many names at one entry, an entry name flagged UTF-8 that is not, an old
 * Excel workbook whose cell points past its strings, a workbook saved as Strict Open XML.
 */
final class Crafted {

  private static final int LOCAL_HEADER = 0x04034b50;
  private static final int CENTRAL_HEADER = 0x02014b50;
  private static final int END_OF_DIRECTORY = 0x06054b50;

  private Crafted() {}

  /**
   * A ZIP of one deflated entry whose central directory lists it {@code names} times under names of
   * their own: every record points at the same local header and data.
   */
  static byte[] overlappingEntries(byte[] content, int names) throws IOException {
    byte[] zip = zip(Map.of("x.csv", content));
    ByteBuffer in = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    int end = zip.length - 22;
    int directory = in.getInt(end + 16);
    int nameLength = Short.toUnsignedInt(in.getShort(directory + 28));
    int extra = Short.toUnsignedInt(in.getShort(directory + 30));
    int comment = Short.toUnsignedInt(in.getShort(directory + 32));
    byte[] record =
        Arrays.copyOfRange(zip, directory, directory + 46 + nameLength + extra + comment);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(zip, 0, directory);
    for (int i = 0; i < names; i++) {
      byte[] name = String.format("kontakte-%05d.csv", i).getBytes(StandardCharsets.US_ASCII);
      ByteBuffer r = ByteBuffer.allocate(46 + name.length).order(ByteOrder.LITTLE_ENDIAN);
      r.put(record, 0, 46);
      r.putShort(28, (short) name.length).putShort(30, (short) 0).putShort(32, (short) 0);
      r.position(46);
      r.put(name);
      out.write(r.array());
    }
    int size = out.size() - directory;
    ByteBuffer eocd = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
    eocd.putInt(END_OF_DIRECTORY).putShort((short) 0).putShort((short) 0);
    eocd.putShort((short) names).putShort((short) names).putInt(size).putInt(directory);
    eocd.putShort((short) 0);
    out.write(eocd.array());
    return out.toByteArray();
  }

  /**
   * A ZIP whose entries are written as UTF-8 with the flag that says so, then one byte of a name
   * changed to {@code 0x81}, the DOS code page's "ü": the flag now lies about the name.
   *
   * @param entries entry names with {@code ?} where the byte goes, and their contents
   */
  static byte[] falselyFlaggedNames(Map<String, byte[]> entries) throws IOException {
    byte[] zip = zip(entries);
    ByteBuffer in = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    for (int at = 0; at + 4 <= zip.length; at++) {
      int signature = in.getInt(at);
      if (signature == LOCAL_HEADER || signature == CENTRAL_HEADER) {
        int flags = signature == LOCAL_HEADER ? at + 6 : at + 8;
        int length =
            Short.toUnsignedInt(in.getShort(signature == LOCAL_HEADER ? at + 26 : at + 28));
        int name = signature == LOCAL_HEADER ? at + 30 : at + 46;
        in.putShort(flags, (short) (in.getShort(flags) | 0x800));
        for (int i = name; i < name + length; i++) {
          if (zip[i] == '?') {
            zip[i] = (byte) 0x81;
          }
        }
      }
    }
    return zip;
  }

  /** A deflated ZIP with the entries in the map's order. */
  static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /**
   * An Excel 97–2003 workbook with one sheet of the rows, whose {@code damaged}-th text cell (in
   * the order the file lists them) points at text 99,999 of a table of a few.
   */
  static byte[] xlsWithCellPastItsStrings(String sheet, List<List<String>> rows, int damaged)
      throws IOException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    try (HSSFWorkbook book = new HSSFWorkbook()) {
      fill(book, sheet, rows);
      book.write(file);
    }
    byte[] stream;
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(file.toByteArray()));
        InputStream in = fs.createDocumentInputStream("Workbook")) {
      stream = in.readAllBytes();
    }
    ByteBuffer records = ByteBuffer.wrap(stream).order(ByteOrder.LITTLE_ENDIAN);
    int seen = 0;
    for (int at = 0; at + 4 <= stream.length; ) {
      int sid = Short.toUnsignedInt(records.getShort(at));
      int length = Short.toUnsignedInt(records.getShort(at + 2));
      // LABELSST: row, column, format (two bytes each), then the index of the text
      if (sid == 0x00FD && seen++ == damaged) {
        records.putInt(at + 4 + 6, 99_999);
      }
      at += 4 + length;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(stream), "Workbook");
      fs.writeFilesystem(out);
    }
    return out.toByteArray();
  }

  /**
   * An XLSX workbook of two sheets whose second sheet's part is gone: the workbook still lists it
   * and links to it, but the link leads nowhere.
   */
  static byte[] xlsxWithABrokenSheetLink(List<List<String>> first, List<List<String>> second)
      throws IOException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      fill(book, "Kunden", first);
      fill(book, "Archiv", second);
      book.write(file);
    }
    Map<String, byte[]> entries = entries(file.toByteArray());
    entries.remove("xl/worksheets/sheet2.xml");
    return zip(entries);
  }

  /**
   * The rows as a workbook saved as "Strict Open XML Spreadsheet": the same parts, with the strict
   * standard's names for the XML and the relationships.
   */
  static byte[] strictXlsx(String sheet, List<List<String>> rows) throws IOException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      fill(book, sheet, rows);
      book.write(file);
    }
    Map<String, byte[]> entries = entries(file.toByteArray());
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      if (e.getKey().endsWith(".xml") || e.getKey().endsWith(".rels")) {
        String xml = new String(e.getValue(), StandardCharsets.UTF_8);
        xml =
            xml.replace(
                    "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                    "http://purl.oclc.org/ooxml/spreadsheetml/main")
                .replace(
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                    "http://purl.oclc.org/ooxml/officeDocument/relationships")
                .replace(
                    "http://schemas.openxmlformats.org/drawingml/2006/main",
                    "http://purl.oclc.org/ooxml/drawingml/main");
        e.setValue(xml.getBytes(StandardCharsets.UTF_8));
      }
    }
    return zip(entries);
  }

  private static void fill(Workbook book, String name, List<List<String>> rows) {
    Sheet sheet = book.createSheet(name);
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r);
      for (int c = 0; c < rows.get(r).size(); c++) {
        row.createCell(c).setCellValue(rows.get(r).get(c));
      }
    }
  }

  private static Map<String, byte[]> entries(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    return entries;
  }
}
