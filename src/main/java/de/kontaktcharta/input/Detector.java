package de.kontaktcharta.input;

import de.kontaktcharta.input.file.InputFile;
import de.kontaktcharta.input.table.CsvRowSource;
import de.kontaktcharta.input.table.DateOrder;
import de.kontaktcharta.input.table.Header;
import de.kontaktcharta.input.table.Row;
import de.kontaktcharta.input.table.Spreadsheet;
import de.kontaktcharta.input.text.TextEncoding;
import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.source.ContentKind;
import de.kontaktcharta.source.ContentTest;
import de.kontaktcharta.source.Detection;
import de.kontaktcharta.source.DocumentKind;
import de.kontaktcharta.source.Signature;
import de.kontaktcharta.source.Signatures;
import de.kontaktcharta.source.SourceKinds;
import de.kontaktcharta.source.TableKind;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises input files by their content, never by their name: vCard and iCalendar markers,
 * workbooks by the header row of each sheet, and for text tables the encoding, the delimiter and
 * the header row, which may follow a preamble.
 */
public final class Detector {

  private static final char[] DELIMITERS = {',', ';', '\t', '|'};
  static final int HEADER_SEARCH_RECORDS = 40;

  private final SourceKinds kinds;
  private final Signatures signatures;
  private final SecondLooks looks;

  public Detector() {
    this(SourceKinds.standard());
  }

  public Detector(SourceKinds kinds) {
    this.kinds = kinds;
    this.signatures = kinds.signatures();
    this.looks = new SecondLooks(kinds.takingOver());
  }

  SecondLooks looks() {
    return looks;
  }

  /** Detects what the file is. */
  public Detection detect(InputFile file) throws IOException {
    return detect(file, null);
  }

  /**
   * Detects how to read the file; with a forced kind only that kind's signature is looked for. For
   * a workbook this is its first recognised sheet; {@link #detectAll} gives every sheet.
   *
   * @param forced the kind given with {@code --as}, or null
   */
  public Detection detect(InputFile file, InputKind forced) throws IOException {
    List<Detection> all = detectAll(file, forced);
    return all.stream().filter(d -> d.kind() != null).findFirst().orElse(all.get(0));
  }

  /**
   * Detects how to read the file: one detection for a text file, one per sheet for a workbook
   * (sheets that are not read carry the reason), or one unknown detection when nothing is
   * recognised.
   *
   * @param forced the kind given with {@code --as}, or null
   */
  public List<Detection> detectAll(InputFile file, InputKind forced) throws IOException {
    byte[] head;
    boolean complete;
    try (InputStream in = file.open()) {
      head = in.readNBytes(TextEncoding.SNIFF_BYTES);
      complete = head.length < TextEncoding.SNIFF_BYTES || in.read() < 0;
    }
    if (head.length == 0) {
      return List.of(Detection.unknown(file, "", Message.of("cause.empty-file")));
    }
    if (Spreadsheet.isContainer(head)) {
      return new SheetDetector(this).detect(file, forced);
    }
    Optional<Detection> content = detectContent(file, head, complete, forced);
    if (content.isPresent()) {
      return List.of(content.get());
    }
    return List.of(detectText(file, head, complete, forced));
  }

  /**
   * The kinds that a test of the first bytes recognises come first: a mailbox or a chat export has
   * no header row, and the table detection would only call it unknown. A kind given with {@code
   * --as} is taken as given; its reader says what it cannot read.
   */
  private Optional<Detection> detectContent(
      InputFile file, byte[] head, boolean complete, InputKind forced) {
    byte[] start =
        head.length <= ContentTest.HEAD_BYTES ? head : Arrays.copyOf(head, ContentTest.HEAD_BYTES);
    boolean whole = complete && start.length == head.length;
    for (ContentKind content : kinds.contents()) {
      boolean given = content.kind().equals(forced);
      if (given || (forced == null && content.test().matches(file.name(), start, whole))) {
        String encoding = TextEncoding.sniff(head, complete).label();
        return Optional.of(
            new Detection(file, content.kind(), encoding, (char) 0, null, Message.NONE, given));
      }
    }
    return Optional.empty();
  }

  private Detection detectText(InputFile file, byte[] head, boolean complete, InputKind forced)
      throws IOException {
    Optional<Message> binary = TextShape.binaryFormat(head);
    if (binary.isPresent()) {
      return Detection.unknown(file, "", binary.get());
    }
    TextEncoding encoding = TextEncoding.sniff(head, complete);
    String text = TextShape.decode(head, encoding);
    if (TextShape.nulShare(text) > 0.1) {
      return Detection.unknown(file, encoding.label(), Message.of("cause.binary"));
    }
    // only the marker's length is compared: upper-casing the whole sample cost more than the rest
    // of a table's detection
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    for (DocumentKind document : kinds.documents()) {
      String marker = document.marker();
      if (text.regionMatches(true, start, marker, 0, marker.length())) {
        return withKind(file, document.kind(), encoding, forced);
      }
    }
    return table(file, encoding, text, complete, forced);
  }

  private static Detection withKind(
      InputFile file, InputKind kind, TextEncoding encoding, InputKind forced) {
    if (forced != null && !forced.equals(kind)) {
      return Detection.unknown(
          file, encoding.label(), Message.of("cause.forced-other", forced.code(), kind.code()));
    }
    return new Detection(
        file, kind, encoding.label(), (char) 0, null, Message.NONE, forced != null);
  }

  private Detection table(
      InputFile file, TextEncoding encoding, String text, boolean complete, InputKind forced) {
    if (forced == null && TextShape.looksLikeCode(text)) {
      return Detection.unknown(file, encoding.label(), Detection.CODE);
    }
    if (forced == null && TextShape.startsWithHeading(text)) {
      // A Markdown document (a README) may hold tables; they are prose, not exports.
      return Detection.unknown(file, encoding.label(), Detection.DOCUMENT);
    }
    Candidate best = null;
    for (char delimiter : DELIMITERS) {
      Candidate c = bestHeader(text, delimiter, forced);
      if (c != null && (best == null || c.score > best.score)) {
        best = c;
      }
    }
    if (best == null && forced == null && TextShape.looksLikeDocument(text)) {
      return Detection.unknown(file, encoding.label(), Detection.DOCUMENT);
    }
    if (best == null) {
      // a first line of megabytes fills the sample before the header: say what was looked at
      Message where =
          !complete && text.lines().count() < HEADER_SEARCH_RECORDS
              ? Message.of(
                  "cause.no-header.where-long-line",
                  TextEncoding.SNIFF_BYTES >> 10,
                  HEADER_SEARCH_RECORDS)
              : Message.of("cause.no-header.where", HEADER_SEARCH_RECORDS);
      Message why =
          forced == null
              ? Message.of("cause.no-header", where)
              : Message.of("cause.no-header.forced", forced.code(), where);
      return Detection.unknown(file, encoding.label(), why);
    }
    InputKind kind = forced == null ? byName(file, best.kind) : best.kind;
    return new Detection(
        file,
        kind,
        encoding.label(),
        best.delimiter,
        best.header,
        Message.NONE,
        forced != null,
        null,
        DateOrder.of(text));
  }

  /** The kind a text file's name makes of the kind its header shows (see {@link TableKind}). */
  private InputKind byName(InputFile file, InputKind kind) {
    return kinds.of(kind) instanceof TableKind table
        ? table.byName().apply(file.baseName()).orElse(kind)
        : kind;
  }

  private record Candidate(InputKind kind, char delimiter, Header header, int score) {}

  private Candidate bestHeader(String text, char delimiter, InputKind forced) {
    Candidate best = null;
    SecondLooks.Watching watching = SecondLooks.Watching.NONE;
    for (Row record : CsvRowSource.sample(text, delimiter, HEADER_SEARCH_RECORDS)) {
      Header header = new Header(record.line(), record.cells());
      watching.add(header.names());
      Optional<Signature> match = headerMatch(header, forced);
      if (match.isPresent()) {
        // more columns break ties between delimiters that both find a header; within one file
        // the best row wins, so that a group row above the real header ("Person | Firma" over
        // "Vorname | Nachname") is not taken for it
        int score = match.get().score() * 10 + Math.min(record.size(), 9);
        if (best == null || score > best.score) {
          best = new Candidate(match.get().kind(), delimiter, header, score);
          watching = looks.start(header, best.kind, forced != null);
        }
      }
    }
    if (best != null) {
      best = new Candidate(watching.kind(best.kind), best.delimiter, best.header, best.score);
    }
    return best;
  }

  /** The signature a row matches as a header row, if any. */
  Optional<Signature> headerMatch(Header row, InputKind forced) {
    List<String> cells = row.names();
    if (cells.size() < 2 && !(cells.size() == 1 && !cells.get(0).isBlank())) {
      return Optional.empty();
    }
    Set<String> names = new HashSet<>(row.normalised());
    names.remove("");
    return names.isEmpty() ? Optional.empty() : signatures.match(names, forced);
  }
}
