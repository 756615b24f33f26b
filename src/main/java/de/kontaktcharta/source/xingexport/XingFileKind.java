package de.kontaktcharta.source.xingexport;

/** The kinds of file in XING's data export (DSGVO-Datenauskunft). */
public enum XingFileKind {
  /**
   * {@code "Name","Kontakt bestätigt am"}: the contact list, read by {@link XingContactsReader}.
   */
  CONTACTS,
  /** {@code "Name","Erstellt am","Text der Notiz"}: the owner's notes, {@link XingNotesReader}. */
  NOTES,
  /** Six columns without a header: conversations and messages, {@link XingMessagesReader}. */
  MESSAGES,
  /** A page of the export's HTML view; its data is in the CSV files beside it. Not read. */
  HTML_VIEW,
  /** A file of the export that this package does not understand. Not read; name it. */
  UNKNOWN
}
