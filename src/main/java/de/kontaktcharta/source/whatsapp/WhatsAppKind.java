package de.kontaktcharta.source.whatsapp;

import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.source.ContentKind;
import java.util.Locale;
import java.util.Set;

/**
 * WhatsApp chat exports ({@code WhatsApp Chat mit NAME.txt}, {@code _chat.txt}, and the {@code
 * .zip} with media), recognised by their dated lines. The photos, voice messages, documents and
 * contact cards that come with an export are counted in one line, not read.
 */
public final class WhatsAppKind {

  public static final InputKind KIND = new InputKind("whatsapp", InputKind.Role.EVIDENCE);

  /** What WhatsApp exports beside the chat: media, documents and shared contact cards. */
  private static final Set<String> MEDIA =
      Set.of(
          "jpg", "jpeg", "png", "gif", "webp", "heic", "mp4", "mov", "3gp", "opus", "ogg", "m4a",
          "aac", "mp3", "wav", "amr", "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "vcf",
          "txt", "csv", "zip");

  public static final ContentKind SOURCE =
      ContentKind.of(
              KIND,
              (name, head, complete) -> ChatDetector.detect(head, head.length).isPresent(),
              new WhatsAppReader(),
              Message.of("cause.no-chat-message"))
          .withCompanions(WhatsAppKind::comesAlong);

  private WhatsAppKind() {}

  /** True for a file of the kinds WhatsApp exports beside a chat. */
  static boolean comesAlong(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot > 0 && MEDIA.contains(name.substring(dot + 1));
  }
}
