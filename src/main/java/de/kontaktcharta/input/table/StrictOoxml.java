package de.kontaktcharta.input.table;

import de.kontaktcharta.model.Message;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Workbooks saved as "Strict Open XML Spreadsheet". They hold the same parts as ordinary ones, but
 * name their XML and their relationships with other addresses ({@code http://purl.oclc.org/ooxml/…}
 * instead of {@code http://schemas.openxmlformats.org/…}), which POI's readers do not look for. The
 * sheets are read by local names anyway; the shared strings and styles are read with the addresses
 * translated, and the sheets are found by the strict relationship types as well.
 */
final class StrictOoxml {

  private static final String STRICT_RELATIONSHIPS =
      "http://purl.oclc.org/ooxml/officeDocument/relationships/";

  /** The strict names of XML and their ordinary counterparts. */
  static final Map<String, String> NAMESPACES =
      Map.of(
          "http://purl.oclc.org/ooxml/spreadsheetml/main",
          "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
          "http://purl.oclc.org/ooxml/officeDocument/relationships",
          "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
          "http://purl.oclc.org/ooxml/drawingml/main",
          "http://schemas.openxmlformats.org/drawingml/2006/main");

  private static final Set<String> SHEET_RELATIONSHIPS =
      Set.of(
          STRICT_RELATIONSHIPS + "worksheet",
          STRICT_RELATIONSHIPS + "chartsheet",
          "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
          "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet");

  private StrictOoxml() {}

  /** True when the package is a strict workbook. */
  static boolean is(OPCPackage pkg) throws InvalidFormatException {
    return pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).isEmpty()
        && !pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).isEmpty();
  }

  /** The sheets of a strict workbook, in workbook order. */
  static XSSFReader.SheetIterator sheets(OPCPackage pkg)
      throws IOException, InvalidFormatException {
    return new XSSFReader.SheetIterator(workbook(pkg)) {
      @Override
      protected Set<String> getSheetRelationships() {
        return SHEET_RELATIONSHIPS;
      }
    };
  }

  /** The shared strings, read with the strict names translated; none when there are none. */
  static SharedStrings sharedStrings(OPCPackage pkg)
      throws IOException, InvalidFormatException, SAXException {
    ReadOnlySharedStringsTable table =
        new ReadOnlySharedStringsTable(InputStream.nullInputStream(), false);
    PackagePart part = related(pkg, "sharedStrings");
    if (part == null) {
      return table;
    }
    try (InputStream in = part.getInputStream()) {
      XMLReader parser = XMLHelper.newXMLReader();
      parser.setContentHandler(new Translated(table));
      parser.parse(new InputSource(in));
    } catch (ParserConfigurationException e) {
      throw new SAXException("no XML parser: " + e.getMessage(), e);
    }
    return table;
  }

  /** The styles, read with the strict names translated; none when there are none. */
  static StylesTable styles(OPCPackage pkg) throws IOException, InvalidFormatException {
    PackagePart part = related(pkg, "styles");
    if (part == null) {
      return null;
    }
    String xml;
    try (InputStream in = part.getInputStream()) {
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (Map.Entry<String, String> ns : NAMESPACES.entrySet()) {
      xml = xml.replace(ns.getKey(), ns.getValue());
    }
    return new StylesTable(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static PackagePart workbook(OPCPackage pkg) throws IOException, InvalidFormatException {
    PackageRelationship core =
        pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT)
            .getRelationship(0);
    PackagePart part = core == null ? null : pkg.getPart(core);
    if (part == null) {
      throw new UnsupportedFormatException(Message.of("cause.workbook-part-missing"));
    }
    return part;
  }

  /** The part the workbook relates to with the strict relationship type of that name. */
  private static PackagePart related(OPCPackage pkg, String type)
      throws IOException, InvalidFormatException {
    PackageRelationshipCollection rels =
        workbook(pkg).getRelationshipsByType(STRICT_RELATIONSHIPS + type);
    PackageRelationship rel = rels.isEmpty() ? null : rels.getRelationship(0);
    return rel == null ? null : workbook(pkg).getRelatedPart(rel);
  }

  /** Passes SAX events on with the strict names of elements replaced by the ordinary ones. */
  private static final class Translated extends DefaultHandler {
    private final ContentHandler target;

    Translated(ContentHandler target) {
      this.target = target;
    }

    private static String uri(String uri) {
      return uri == null ? null : NAMESPACES.getOrDefault(uri, uri);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes)
        throws SAXException {
      target.startElement(uri(uri), localName, qName, attributes);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
      target.endElement(uri(uri), localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      target.characters(ch, start, length);
    }
  }
}
