package de.kontaktcharta.source.xingexport;

import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.source.ContentKind;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * XING's data export (DSGVO-Datenauskunft): the contacts file is the XING network with the day each
 * contact was confirmed, the messages file the conversations, the notes file what the owner wrote
 * about people. The files have hashes for names and are recognised by their first rows; the
 * export's HTML view comes along and is counted in one line.
 */
public final class XingExportKind {

  public static final InputKind KIND =
      new InputKind(
          "xing-export", InputKind.Role.NETWORK, Set.of(InputKind.Trait.EVERY_FIELD_WRITTEN));

  /** What the HTML view of the export is made of. */
  private static final Set<String> VIEW =
      Set.of(
          "html", "htm", "css", "js", "png", "jpg", "jpeg", "gif", "svg", "ico", "woff", "woff2");

  public static final ContentKind SOURCE =
      ContentKind.of(
              KIND,
              (name, head, complete) ->
                  XingExportDetector.detect(name, head, head.length)
                      .filter(d -> d.kind() != XingFileKind.HTML_VIEW)
                      .isPresent(),
              new XingExportFacts(),
              Message.of("cause.no-xing-rows"))
          .withCompanions(XingExportKind::comesAlong, XingExportKind::root);

  private XingExportKind() {}

  /**
   * The export's folder, the one above {@code data/messages-backend/} and {@code
   * data/network-inquiry/}; the file's own folder when it lies elsewhere.
   */
  static Path root(Path file) {
    Path folder = file.getParent();
    for (Path p = folder; p != null && p.getParent() != null; p = p.getParent()) {
      Path name = p.getFileName();
      Path parent = p.getParent().getFileName();
      if (name != null
          && parent != null
          && XingExportDetector.inExportFolder(name + "/")
          && parent.toString().equals("data")) {
        return p.getParent().getParent();
      }
    }
    return folder;
  }

  /** The pages, style sheets, scripts and images of the export's HTML view. */
  static boolean comesAlong(String path) {
    String name = path.substring(path.replace('\\', '/').lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 && VIEW.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }
}
