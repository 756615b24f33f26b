package de.kontaktcharta.source.xingexport;

import de.kontaktcharta.model.Message;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises the files of XING's data export by their content. The export's CSV files have hashes
 * as names, so only the first rows tell a contacts file from a notes or messages file; the folder
 * ({@code data/messages-backend/}, {@code data/network-inquiry/}) only decides whether a file that
 * is not understood belongs to the export and must be named.
 */
public final class XingExportDetector {

  /** How many bytes of a file's start the detector wants; fewer work for short files. */
  public static final int HEAD_BYTES = 8192;

  private static final List<String> EXPORT_FOLDERS = List.of("messages-backend", "network-inquiry");

  private XingExportDetector() {}

  /**
   * What a file is.
   *
   * @param name the file's path or archive entry name (only its folders are looked at)
   * @param head the file's first bytes
   * @param length how many bytes of {@code head} are valid
   * @return the kind, or empty when the file is not part of a XING export
   */
  public static Optional<XingDetection> detect(String name, byte[] head, int length) {
    boolean inExport = inExportFolder(name);
    if (length <= 0) {
      return inExport ? unknown(Message.of("problem.xing-not-understood.empty")) : Optional.empty();
    }
    HeadEncoding encoding = HeadEncoding.of(head, length);
    String text = encoding.decode(head, length);
    if (html(text)) {
      boolean xing = inExport || text.toLowerCase(Locale.ROOT).contains("xing");
      return xing
          ? Optional.of(
              new XingDetection(
                  XingFileKind.HTML_VIEW, Message.of("problem.xing-not-understood.html-view")))
          : Optional.empty();
    }
    for (char d : HeadRecords.DELIMITERS) {
      List<List<String>> records = HeadRecords.parse(text, d, 20);
      if (XingHeader.starts(records, XingFileKind.CONTACTS)) {
        return Optional.of(new XingDetection(XingFileKind.CONTACTS, Message.NONE));
      }
      if (XingHeader.starts(records, XingFileKind.NOTES)) {
        return Optional.of(new XingDetection(XingFileKind.NOTES, Message.NONE));
      }
    }
    for (char d : HeadRecords.DELIMITERS) {
      if (MessageRow.starts(HeadRecords.parse(text, d, 20))) {
        return Optional.of(new XingDetection(XingFileKind.MESSAGES, Message.NONE));
      }
    }
    return inExport ? unknown(Message.of("problem.xing-not-understood")) : Optional.empty();
  }

  /**
   * True when the path lies in a folder of XING's data export ({@code data/messages-backend/} or
   * {@code data/network-inquiry/}). An archive with such a file is a XING export; the caller may
   * name its other files as not understood.
   */
  public static boolean inExportFolder(String name) {
    String path = name.replace('\\', '/').toLowerCase(Locale.ROOT);
    for (String folder : EXPORT_FOLDERS) {
      if (path.startsWith(folder + "/") || path.contains("/" + folder + "/")) {
        return true;
      }
    }
    return false;
  }

  private static Optional<XingDetection> unknown(Message why) {
    return Optional.of(new XingDetection(XingFileKind.UNKNOWN, why));
  }

  private static boolean html(String text) {
    String start = text.stripLeading();
    if (!start.startsWith("<")) {
      return false;
    }
    String lower = start.substring(0, Math.min(start.length(), 1024)).toLowerCase(Locale.ROOT);
    return lower.contains("<html") || lower.startsWith("<!doctype html");
  }
}
