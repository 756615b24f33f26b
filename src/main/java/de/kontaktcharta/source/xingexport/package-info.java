/**
 * The format layer for XING's data export (DSGVO-Datenauskunft): recognising its files and reading
 * contacts, notes and messages as streams of records, with every row used or named in a problem.
 *
 * <p>The layout is known from one open-source parser ({@code skoelle/chat-archive}, {@code
 * api/app/parsers/xing.py}, MIT, 2026), not from a published sample: an HTML view with CSV files
 * under {@code data/}; {@code data/messages-backend/files/<hash>.csv} holds conversations and
 * messages (six columns, no header, UTF-8, times like {@code 2014-06-19 06:32:37 UTC}); {@code
 * data/network-inquiry/files/<hash>.csv} holds the contacts ({@code "Name","Kontakt bestätigt am"})
 * and the notes ({@code "Name","Erstellt am","Text der Notiz"}). The readers accept more than that:
 * a byte order mark, UTF-16 and Windows-1252, semicolons or tabs, unquoted cells, header spellings
 * a spreadsheet program may write, German dates.
 *
 * <p>The integrator calls {@link de.kontaktcharta.source.xingexport.XingExportDetector#detect} on
 * each file's first bytes and the matching reader on the file's stream. This package depends on the
 * JDK, Commons CSV and {@code model.SourceRef} only.
 */
package de.kontaktcharta.source.xingexport;
