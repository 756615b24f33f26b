package de.kontaktcharta.report.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.commons.compress.archivers.zip.ParallelScatterZipCreator;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.parallel.FileBasedScatterGatherBackingStore;
import org.apache.commons.compress.parallel.ScatterGatherBackingStore;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFChartSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The streaming workbook of a report. It differs from POI's in how it finishes the file:
 *
 * <ul>
 *   <li>URL hyperlinks of streamed sheets are kept as cell and address and written as text. POI
 *       keeps each as an XML bean with a package relationship until the end and serialises them
 *       through a DOM: with 55,000 profile links that was a third of the report writing and 100 MB
 *       of heap. A spreadsheet program sees the same links either way.
 *   <li>The sheets are compressed into the zip two at a time, each on its own core, instead of one
 *       after the other: the three large sheets are 30 MB of XML each. The entries keep POI's order
 *       and have the same parts; they are deflated at a lower level than POI's (see {@link
 *       #LEVEL}).
 * </ul>
 *
 * <p>Longer than the other classes because both replace one method of POI's, {@link #injectData},
 * which rewrites each sheet's XML while it is copied into the zip; the method keeps the order POI
 * writes the parts in and is kept whole so that it can be compared with POI's own.
 */
final class ReportWorkbook extends SXSSFWorkbook {

  private static final String RELATIONSHIPS_NS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String HYPERLINK_TYPE = RELATIONSHIPS_NS + "/hyperlink";

  /** Threads that compress the entries of the zip. */
  static final int COMPRESSORS = 2;

  /**
   * The deflate level of the zip. POI's default (6) spent 0.9 s of CPU on the 100 MB of XML of a
   * 30,000-contact report; level 3 takes 0.4 s for a file 13 % larger (12.2 instead of 10.8 MB):
   * CPU is the budget, disk is cheap, and a spreadsheet program opens either as fast.
   */
  static final int LEVEL = 3;

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

  private final Map<String, List<Link>> links = new LinkedHashMap<>();

  ReportWorkbook(XSSFWorkbook base, int window) {
    super(base, window);
  }

  /** The rows of each streamed sheet are written by {@link StreamedRowsWriter}. */
  @Override
  protected SheetDataWriter createSheetDataWriter() throws IOException {
    if (isCompressTempFiles() || getSharedStringSource() != null) {
      // the report uses neither; should it one day, POI's writers know how
      return super.createSheetDataWriter();
    }
    return new StreamedRowsWriter();
  }

  /**
   * Makes a cell of a streamed sheet a link to a URL.
   *
   * @param address an absolute URL in ASCII, as {@link java.net.URI#toASCIIString()} gives it
   */
  void link(SXSSFSheet sheet, int row, int column, String address) {
    // The list exists since the sheet was made; only the sheet's own writer adds to it.
    links.get(sheet.getSheetName()).add(new Link(row, column, address));
  }

  /** A streamed sheet, with an empty list for its links made here, before any writer runs. */
  @Override
  public SXSSFSheet createSheet(String name) {
    SXSSFSheet sheet = super.createSheet(name);
    links.put(sheet.getSheetName(), new ArrayList<>());
    return sheet;
  }

  /**
   * Copies the template POI wrote into the zip, with each streamed sheet's rows (and links) in
   * place; the entries are compressed in parallel and written in the template's order.
   */
  @Override
  protected void injectData(ZipEntrySource template, OutputStream out) throws IOException {
    // Not POI's archive stream: for Excel it writes Zip64 entries its own way, which raw entries
    // bypass. Every entry here is copied with its sizes known and far below 4 GB, so the file is a
    // plain zip that every spreadsheet program reads.
    ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
    zip.setUseZip64(Zip64Mode.AsNeeded);
    ExecutorService compressors =
        Executors.newFixedThreadPool(
            COMPRESSORS,
            task -> {
              Thread t = new Thread(task, "charta-zip");
              t.setDaemon(true);
              return t;
            });
    List<InputStream> open = new ArrayList<>();
    try {
      ParallelScatterZipCreator entries =
          new ParallelScatterZipCreator(compressors, ReportWorkbook::scratchFile, LEVEL);
      Map<String, SheetLinks> linked = linkedSheets();
      Enumeration<? extends ZipArchiveEntry> names = template.getEntries();
      while (names.hasMoreElements()) {
        ZipArchiveEntry entry = names.nextElement();
        byte[] part;
        try (InputStream in = template.getInputStream(entry)) {
          part = in.readAllBytes();
        }
        SheetLinks links = linked.get(entry.getName());
        InputStream content;
        if (links != null && entry.getName().equals(links.relsEntry)) {
          content = bytes(links.withRelationships(text(part)));
          links.relsWritten = true;
        } else {
          XSSFSheet sheet = getSheetFromZipEntryName(entry.getName());
          content =
              sheet == null || sheet instanceof XSSFChartSheet
                  ? new ByteArrayInputStream(part)
                  : sheet(text(part), getSheet(sheet.getSheetName()), links, open);
        }
        entries.addArchiveEntry(deflated(entry.getName(), entry.getTime()), () -> content);
      }
      for (SheetLinks links : new LinkedHashSet<>(linked.values())) {
        if (!links.relsWritten) {
          // the sheet had no relationships part: it gets one
          String rels = links.withRelationships(RELATIONSHIPS_PART);
          entries.addArchiveEntry(deflated(links.relsEntry, -1), () -> bytes(rels));
          links.relsWritten = true;
        }
      }
      entries.writeTo(zip);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while writing the workbook", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    } finally {
      compressors.shutdownNow();
      for (InputStream in : open) {
        in.close();
      }
      zip.finish();
      template.close();
    }
  }

  private static final String RELATIONSHIPS_PART =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "</Relationships>";

  /** Where a compressor keeps an entry's compressed bytes until they are copied into the zip. */
  private static ScatterGatherBackingStore scratchFile() throws IOException {
    // through POI's strategy, so that it lies in the run's private scratch folder
    return new FileBasedScatterGatherBackingStore(
        TempFile.createTempFile("kontaktcharta-zip", ".part"));
  }

  /** The linked sheets by the zip entries of their XML and their relationships. */
  private Map<String, SheetLinks> linkedSheets() {
    Map<String, SheetLinks> byEntry = new LinkedHashMap<>();
    for (Map.Entry<String, List<Link>> e : links.entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      PackagePart part = getXSSFWorkbook().getSheet(e.getKey()).getPackagePart();
      SheetLinks sheet = new SheetLinks(part, e.getValue());
      byEntry.put(sheet.sheetEntry, sheet);
      byEntry.put(sheet.relsEntry, sheet);
    }
    return byEntry;
  }

  private static ZipArchiveEntry deflated(String name, long time) {
    ZipArchiveEntry entry = new ZipArchiveEntry(name);
    entry.setMethod(ZipArchiveEntry.DEFLATED);
    if (time >= 0) {
      entry.setTime(time);
    }
    return entry;
  }

  /**
   * A streamed sheet: the template's XML around its (empty or fixed) {@code <sheetData>}, with the
   * streamed rows inside and the links after the data validations, as POI's own copy would put
   * them.
   */
  private static InputStream sheet(
      String xml, SXSSFSheet sheet, SheetLinks links, List<InputStream> open) throws IOException {
    int at = xml.indexOf("<sheetData");
    if (at < 0) {
      throw new IOException("no sheetData in " + sheet.getSheetName());
    }
    String head;
    String tail;
    if (xml.startsWith("<sheetData/>", at)) {
      head = xml.substring(0, at) + "<sheetData>\n";
      tail = "</sheetData>" + xml.substring(at + "<sheetData/>".length());
    } else if (xml.startsWith("<sheetData>", at)) {
      int end = xml.indexOf("</sheetData>", at);
      if (end < 0) {
        throw new IOException("sheetData not closed in " + sheet.getSheetName());
      }
      head = xml.substring(0, end);
      tail = xml.substring(end);
    } else {
      throw new IOException("unexpected sheetData in " + sheet.getSheetName());
    }
    if (links != null) {
      head = links.declarePrefix(head);
      tail = links.withHyperlinks(tail);
    }
    InputStream rows = sheet.getWorksheetXMLInputStream();
    open.add(rows);
    return new SequenceInputStream(
        Collections.enumeration(List.of(bytes(head), rows, bytes(tail))));
  }

  private static String text(byte[] part) {
    return new String(part, StandardCharsets.UTF_8);
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
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

    /** The sheet's XML up to its rows, with the prefix the links use declared on the root. */
    String declarePrefix(String head) throws IOException {
      if (head.contains("xmlns:r=")) {
        return head;
      }
      int root = head.indexOf("<worksheet");
      if (root < 0) {
        throw new IOException("no worksheet element in " + sheetEntry);
      }
      int at = root + "<worksheet".length();
      return head.substring(0, at) + " xmlns:r=\"" + RELATIONSHIPS_NS + "\"" + head.substring(at);
    }

    /** The sheet's XML after its rows, with the {@code <hyperlinks>} element where it belongs. */
    String withHyperlinks(String tail) throws IOException {
      if (tail.contains("<hyperlinks")) {
        throw new IOException(sheetEntry + " has hyperlinks of its own already");
      }
      int at = -1;
      for (String element : AFTER_HYPERLINKS) {
        int i = tail.indexOf(element);
        if (i >= 0 && (at < 0 || i < at)) {
          at = i;
        }
      }
      if (at < 0) {
        throw new IOException("no end of the worksheet in " + sheetEntry);
      }
      StringBuilder xml = new StringBuilder(tail.length() + links.size() * 48);
      xml.append(tail, 0, at).append("<hyperlinks>");
      for (int i = 0; i < links.size(); i++) {
        Link link = links.get(i);
        xml.append("<hyperlink ref=\"")
            .append(new CellReference(link.row(), link.column()).formatAsString())
            .append("\" r:id=\"")
            .append(ids.get(i))
            .append("\"/>");
      }
      return xml.append("</hyperlinks>").append(tail, at, tail.length()).toString();
    }

    /** A relationships part with the links' relationships added. */
    String withRelationships(String rels) throws IOException {
      int end = rels.lastIndexOf("</Relationships>");
      if (end < 0) {
        throw new IOException("no end of the relationships in " + relsEntry);
      }
      StringBuilder xml = new StringBuilder(rels.length() + links.size() * 160);
      xml.append(rels, 0, end);
      for (int i = 0; i < links.size(); i++) {
        xml.append("<Relationship Id=\"")
            .append(ids.get(i))
            .append("\" Target=\"")
            .append(escape(links.get(i).address()))
            .append("\" TargetMode=\"External\" Type=\"")
            .append(HYPERLINK_TYPE)
            .append("\"/>");
      }
      return xml.append(rels, end, rels.length()).toString();
    }
  }

  /** Escapes text for an XML attribute. */
  static String escape(String text) {
    int first = 0;
    while (first < text.length() && "&<>\"'".indexOf(text.charAt(first)) < 0) {
      first++;
    }
    if (first == text.length()) {
      // nearly every address: nothing to escape, nothing to copy
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    out.append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
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
