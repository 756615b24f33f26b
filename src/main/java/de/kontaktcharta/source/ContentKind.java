package de.kontaktcharta.source;

import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.Message;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

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
 *     (media, a viewer's scripts), relative to the export's folder; beside a file of the kind they
 *     are counted, not listed one by one
 * @param root the folder of an export on disk, given one of its files that is read: the file's own
 *     folder, or a folder above it for exports that keep their files in folders of their own (an X
 *     archive's {@code data/})
 */
public record ContentKind(
    InputKind kind,
    ContentTest test,
    DocumentReader reader,
    Message emptyNote,
    Predicate<String> companions,
    UnaryOperator<Path> root)
    implements SourceKind {

  public ContentKind {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(test, "test");
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(emptyNote, "emptyNote");
    Objects.requireNonNull(companions, "companions");
    Objects.requireNonNull(root, "root");
  }

  /** A kind whose exports hold no other files. */
  public static ContentKind of(
      InputKind kind, ContentTest test, DocumentReader reader, Message emptyNote) {
    return new ContentKind(kind, test, reader, emptyNote, name -> false, Path::getParent);
  }

  /** This kind with the files that come with its exports, beside or below a file of the kind. */
  public ContentKind withCompanions(Predicate<String> names) {
    return new ContentKind(kind, test, reader, emptyNote, names, root);
  }

  /**
   * This kind with the files that come with its exports, below the export's folder that {@code
   * root} finds from a file of the kind.
   */
  public ContentKind withCompanions(Predicate<String> names, UnaryOperator<Path> root) {
    return new ContentKind(kind, test, reader, emptyNote, names, root);
  }
}
