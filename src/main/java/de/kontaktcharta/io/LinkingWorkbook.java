package de.kontaktcharta.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A streaming workbook that writes the URL hyperlinks of its streamed sheets as text, the way it
 * writes their rows. POI keeps each hyperlink of a streamed sheet as an XML bean with a package
 * relationship until the end and then serialises them all through a DOM: with 55,000 profile links
 * that was a third of the time spent writing the report and 100 MB of heap. Here a link is a cell
 * and an address until the workbook is written; then, while POI copies each sheet into the zip, its
 * {@code <hyperlinks>} element goes where the schema wants it (after the data validations) and its
 * relationships part is added. A spreadsheet program sees the same links either way.
 */
final class LinkingWorkbook extends SXSSFWorkbook {

  private static final String RELATIONSHIPS_NS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String HYPERLINK_TYPE = RELATIONSHIPS_NS + "/hyperlink";

  /** The worksheet elements that the schema puts after {@code <hyperlinks>}. */
  private static final List<String> AFTER_HYPERLINKS =
      List.of(
          "<printOptions",
          "<pageMargins",
          "<pageSetup",
          "<headerFooter",
          "<rowBreaks",
          "<colBreaks",
          "<customProperties",
          "<cellWatches",
          "<ignoredErrors",
          "<smartTags",
          "<drawing",
          "<legacyDrawing",
          "<legacyDrawingHF",
          "<drawingHF",
          "<picture",
          "<oleObjects",
          "<controls",
          "<webPublishItems",
          "<tableParts",
          "<extLst",
          "</worksheet>");

  /** One link: the cell and where it points. */
  private record Link(int row, int column, String address) {}

  private final Map<SXSSFSheet, List<Link>> links = new LinkedHashMap<>();
  private LinkingZip zip;

  LinkingWorkbook(XSSFWorkbook base, int window) {
    super(base, window);
  }

  /**
   * Makes a cell of a streamed sheet a link to a URL.
   *
   * @param address an absolute URL in ASCII, as {@link java.net.URI#toASCIIString()} gives it
   */
  void link(SXSSFSheet sheet, int row, int column, String address) {
    links.computeIfAbsent(sheet, s -> new ArrayList<>()).add(new Link(row, column, address));
  }

  @Override
  protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
    // Called once per write, after POI has written the template with every part in place.
    Map<String, SheetLinks> byPart = new LinkedHashMap<>();
    for (Map.Entry<SXSSFSheet, List<Link>> e : links.entrySet()) {
      PackagePart part = getXSSFWorkbook().getSheet(e.getKey().getSheetName()).getPackagePart();
      SheetLinks sheet = new SheetLinks(part, e.getValue());
      byPart.put(sheet.sheetEntry, sheet);
      byPart.put(sheet.relsEntry, sheet);
    }
    zip = new LinkingZip(out, byPart);
    return zip;
  }

  @Override
  protected ISheetInjector createSheetInjector(SXSSFSheet sheet) throws IOException {
    ISheetInjector rows = super.createSheetInjector(sheet);
    return out -> {
      zip.rowsStart();
      rows.writeSheetData(out);
      zip.rowsEnd();
    };
  }

  /** The links of one sheet and the zip entries they go into. */
  private static final class SheetLinks {
    final String sheetEntry;
    final String relsEntry;
    final List<Link> links;
    final List<String> ids = new ArrayList<>();
    boolean relsWritten;

    SheetLinks(PackagePart part, List<Link> links) {
      this.sheetEntry = part.getPartName().getName().substring(1);
      this.relsEntry =
          PackagingURIHelper.getRelationshipPartName(part.getPartName()).getName().substring(1);
      this.links = links;
      // Relationship ids that the sheet has already (a drawing, say) are left alone.
      PackageRelationshipCollection existing;
      try {
        existing = part.getRelationships();
      } catch (InvalidFormatException e) {
        throw new IllegalStateException(e);
      }
      int n = 0;
      for (int i = 0; i < links.size(); i++) {
        String id;
        do {
          id = "rId" + ++n;
        } while (existing.getRelationshipByID(id) != null);
        ids.add(id);
      }
    }

    /** The {@code <hyperlinks>} element. */
    String hyperlinks() {
      StringBuilder xml = new StringBuilder(links.size() * 48);
      xml.append("<hyperlinks>");
      for (int i = 0; i < links.size(); i++) {
        Link link = links.get(i);
        xml.append("<hyperlink ref=\"")
            .append(new CellReference(link.row(), link.column()).formatAsString())
            .append("\" r:id=\"")
            .append(ids.get(i))
            .append("\"/>");
      }
      return xml.append("</hyperlinks>").toString();
    }

    /** The relationship elements, without the enclosing {@code <Relationships>}. */
    String relationships() {
      StringBuilder xml = new StringBuilder(links.size() * 160);
      for (int i = 0; i < links.size(); i++) {
        xml.append("<Relationship Id=\"")
            .append(ids.get(i))
            .append("\" Target=\"")
            .append(escape(links.get(i).address()))
            .append("\" TargetMode=\"External\" Type=\"")
            .append(HYPERLINK_TYPE)
            .append("\"/>");
      }
      return xml.toString();
    }
  }

  /**
   * The zip stream POI copies the template into: passes everything on, except that a linked sheet's
   * XML before and after its rows is held back and completed, and relationships parts are completed
   * or added.
   */
  private static final class LinkingZip extends ZipArchiveOutputStream {

    private final Map<String, SheetLinks> byEntry;
    private SheetLinks sheet;
    private boolean isRels;
    private boolean passing = true;
    private final ByteArrayOutputStream held = new ByteArrayOutputStream();

    LinkingZip(OutputStream out, Map<String, SheetLinks> byEntry) {
      super(out);
      this.byEntry = byEntry;
    }

    @Override
    public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
      super.putArchiveEntry(entry);
      sheet = byEntry.get(entry.getName());
      isRels = sheet != null && entry.getName().equals(sheet.relsEntry);
      // a linked sheet's XML is held until its rows start; a relationships part in full
      passing = sheet == null;
      held.reset();
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (passing) {
        super.write(b, off, len);
      } else {
        held.write(b, off, len);
      }
    }

    /** The sheet's XML up to its rows is complete: declare the prefix the links use. */
    void rowsStart() throws IOException {
      if (sheet == null || isRels) {
        return;
      }
      String head = held.toString(StandardCharsets.UTF_8);
      if (!head.contains("xmlns:r=")) {
        int root = head.indexOf("<worksheet");
        if (root < 0) {
          throw new IOException("no worksheet element in " + sheet.sheetEntry);
        }
        int at = root + "<worksheet".length();
        head = head.substring(0, at) + " xmlns:r=\"" + RELATIONSHIPS_NS + "\"" + head.substring(at);
      }
      held.reset();
      passing = true;
      emit(head);
    }

    private void emit(String xml) throws IOException {
      byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
      super.write(bytes, 0, bytes.length);
    }

    /** The rows are written; the rest of the sheet's XML is held for the links. */
    void rowsEnd() {
      if (sheet != null && !isRels) {
        passing = false;
      }
    }

    @Override
    public void closeArchiveEntry() throws IOException {
      if (sheet != null) {
        String xml = held.toString(StandardCharsets.UTF_8);
        held.reset();
        passing = true;
        emit(isRels ? withRelationships(xml) : withHyperlinks(xml));
        sheet.relsWritten |= isRels;
        sheet = null;
      }
      super.closeArchiveEntry();
    }

    private String withHyperlinks(String tail) throws IOException {
      if (tail.contains("<hyperlinks")) {
        throw new IOException(sheet.sheetEntry + " has hyperlinks of its own already");
      }
      int at = -1;
      for (String element : AFTER_HYPERLINKS) {
        int i = tail.indexOf(element);
        if (i >= 0 && (at < 0 || i < at)) {
          at = i;
        }
      }
      if (at < 0) {
        throw new IOException("no end of the worksheet in " + sheet.sheetEntry);
      }
      return tail.substring(0, at) + sheet.hyperlinks() + tail.substring(at);
    }

    private String withRelationships(String rels) throws IOException {
      int end = rels.lastIndexOf("</Relationships>");
      if (end < 0) {
        throw new IOException("no end of the relationships in " + sheet.relsEntry);
      }
      return rels.substring(0, end) + sheet.relationships() + rels.substring(end);
    }

    @Override
    public void finish() throws IOException {
      for (SheetLinks s : new LinkedHashSet<>(byEntry.values())) {
        if (!s.relsWritten) {
          // the sheet had no relationships part: add one
          super.putArchiveEntry(new ZipArchiveEntry(s.relsEntry));
          emit(
              "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                  + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                  + "relationships\">"
                  + s.relationships()
                  + "</Relationships>");
          super.closeArchiveEntry();
          s.relsWritten = true;
        }
      }
      super.finish();
    }
  }

  /** Escapes text for an XML attribute. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
