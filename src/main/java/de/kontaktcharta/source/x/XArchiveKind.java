package de.kontaktcharta.source.x;

import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.source.ContentKind;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The files of an X (Twitter) data archive, 2019 to today, the ZIP as downloaded or unpacked:
 * recognised one by one by the {@code window.YTD.<name>.part<N> =} they start with. The files this
 * tool reads are the owner ({@code account.js}, {@code manifest.js}), the direct messages, the
 * owner's posts (for the handles and names of the accounts they name) and the followers; the
 * archive's other data files, its viewer and its media come along and are counted in one line.
 */
public final class XArchiveKind {

  public static final InputKind KIND = new InputKind("x-archive", InputKind.Role.EVIDENCE);

  public static final ContentKind SOURCE =
      ContentKind.of(
              KIND,
              (name, head, complete) ->
                  XDetector.detect(head).filter(t -> t.kind() != XFileKind.NOT_USED).isPresent(),
              new XArchiveFacts(),
              Message.of("cause.no-x-data"))
          .withCompanions(XArchiveKind::comesAlong, XArchiveKind::root);

  private XArchiveKind() {}

  /** The archive's folder: above {@code data/} since 2020, the files' own folder in 2019. */
  static Path root(Path file) {
    Path folder = file.getParent();
    Path name = folder == null ? null : folder.getFileName();
    return name != null && name.toString().equals("data") ? folder.getParent() : folder;
  }

  /**
   * True for what an archive holds beside the files that are read: its viewer, media and README,
   * and its other data files (likes, blocks, ads, …), which are JavaScript too.
   */
  static boolean comesAlong(String path) {
    return XDetector.viewerOrMedia(path) || path.toLowerCase(Locale.ROOT).endsWith(".js");
  }
}
