package de.kontaktcharta.source.xingexport;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where the columns of a contacts or notes file are. The export's own headers are {@code
 * "Name","Kontakt bestätigt am"} and {@code "Name","Erstellt am","Text der Notiz"}; the other
 * spellings accepted are what a user's spreadsheet program or an English-language account may
 * plausibly write (these are not seen in real exports).
 *
 * @param kind contacts or notes
 * @param name the index of the name column
 * @param date the index of the date column
 * @param text the index of the note's text column, or -1
 * @param width the number of header cells
 */
record XingHeader(XingFileKind kind, int name, int date, int text, int width) {

  private static final Set<String> NAME = Set.of("name", "kontakt", "kontaktname", "fullname");
  private static final Set<String> CONFIRMED =
      Set.of(
          "kontaktbestaetigtam",
          "kontaktbestaetigt",
          "bestaetigtam",
          // the umlaut lost to a character the file's encoding could not hold
          "kontaktbesttigtam",
          "contactconfirmedon",
          "contactconfirmedat",
          "confirmedon",
          "confirmedat");
  private static final Set<String> CREATED =
      Set.of("erstelltam", "erstellt", "angelegtam", "createdat", "createdon", "created");
  private static final Set<String> NOTE_TEXT =
      Set.of("textdernotiz", "notiz", "notiztext", "text", "note", "notetext", "textofthenote");

  /** The header of a contacts or notes file, or empty when the row is neither. */
  static Optional<XingHeader> of(List<String> cells) {
    int name = -1;
    int confirmed = -1;
    int created = -1;
    int text = -1;
    for (int i = 0; i < cells.size(); i++) {
      String c = XingText.compact(cells.get(i));
      if (name < 0 && NAME.contains(c)) {
        name = i;
      } else if (confirmed < 0 && CONFIRMED.contains(c)) {
        confirmed = i;
      } else if (created < 0 && CREATED.contains(c)) {
        created = i;
      } else if (text < 0 && NOTE_TEXT.contains(c)) {
        text = i;
      }
    }
    if (name < 0) {
      return Optional.empty();
    }
    if (created >= 0 && text >= 0) {
      return Optional.of(new XingHeader(XingFileKind.NOTES, name, created, text, cells.size()));
    }
    if (confirmed >= 0) {
      return Optional.of(new XingHeader(XingFileKind.CONTACTS, name, confirmed, -1, cells.size()));
    }
    return Optional.empty();
  }

  /** True when the first record of a head is a header of the given kind. */
  static boolean starts(List<List<String>> records, XingFileKind kind) {
    return !records.isEmpty() && of(records.get(0)).map(h -> h.kind() == kind).orElse(false);
  }
}
