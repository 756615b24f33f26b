package de.kontaktcharta.source;

import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.Message;
import java.util.Objects;

/**
 * A kind of text document made of {@code BEGIN:X … END:X} blocks (vCard, iCalendar), recognised by
 * its first line.
 *
 * @param kind the kind
 * @param marker the first line of such a document, e.g. {@code BEGIN:VCARD}, compared ignoring case
 * @param reader reads a document of the kind
 * @param emptyNote what to say of a document without a single block, e.g. {@code
 *     Message.of("cause.no-cards")}
 */
public record DocumentKind(InputKind kind, String marker, DocumentReader reader, Message emptyNote)
    implements SourceKind {

  public DocumentKind {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(marker, "marker");
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(emptyNote, "emptyNote");
  }
}
