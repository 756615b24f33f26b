package de.kontaktcharta.source;

import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.Message;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A kind recognised by a test of a file's first bytes and read as a whole by its own reader:
 * mailboxes, chat exports, LDIF address books, the JSON files of social-network archives.
 *
 * @param kind the kind
 * @param test recognises a file of the kind
 * @param reader reads a file of the kind; every message or record is counted as used or skipped
 * @param emptyNote what to say of a file of the kind that holds nothing to read, e.g. {@code
 *     Message.of("cause.no-messages")}
 * @param companions names of files that come with this kind's exports and carry nothing to read
 *     (media, a viewer's scripts); beside a file of the kind they are counted, not listed one by
 *     one
 */
public record ContentKind(
    InputKind kind,
    ContentTest test,
    DocumentReader reader,
    Message emptyNote,
    Predicate<String> companions)
    implements SourceKind {

  public ContentKind {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(test, "test");
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(emptyNote, "emptyNote");
    Objects.requireNonNull(companions, "companions");
  }

  /** A kind whose exports hold no other files. */
  public static ContentKind of(
      InputKind kind, ContentTest test, DocumentReader reader, Message emptyNote) {
    return new ContentKind(kind, test, reader, emptyNote, name -> false);
  }

  /** This kind with the files that come with its exports. */
  public ContentKind withCompanions(Predicate<String> names) {
    return new ContentKind(kind, test, reader, emptyNote, names);
  }
}
