package de.kontaktcharta.source.meta;

import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.source.ContentKind;
import java.nio.file.Path;

/**
 * The messages of Facebook's and Instagram's "Download your information" export (JSON) and of
 * Messenger's download of end-to-end-encrypted chats, and the owner's profile; a thread exported as
 * HTML is recognised and explained. The export's other files and the threads' media come along and
 * are counted in one line.
 */
public final class MetaKind {

  public static final InputKind KIND = new InputKind("meta", InputKind.Role.EVIDENCE);

  public static final ContentKind SOURCE =
      ContentKind.of(
              KIND,
              (name, head, complete) ->
                  MetaDetector.detect(name, head, head.length)
                      .filter(d -> d.kind() != MetaFileKind.OTHER)
                      .isPresent(),
              new MetaFacts(),
              Message.of("cause.no-meta-messages"))
          .withCompanions(MetaDetector::comesAlong, MetaKind::root);

  private MetaKind() {}

  /**
   * The export's folder: the one that holds {@code messages/}, {@code your_facebook_activity/} or
   * another folder only Meta's exports have; the file's own folder when none is above it.
   */
  static Path root(Path file) {
    Path root = file.getParent();
    for (Path p = file.getParent(); p != null; p = p.getParent()) {
      Path name = p.getFileName();
      if (name != null
          && (name.toString().equalsIgnoreCase("messages")
              || MetaLayout.inExport(name.toString()))) {
        root = p.getParent();
      }
    }
    return root;
  }
}
