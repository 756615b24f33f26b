package de.kontaktcharta.source.telegram;

import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.source.ContentKind;

/**
 * Telegram Desktop's export, {@code result.json} of the whole account or of one chat; the HTML
 * export is recognised and explained. The media folders beside it come along and are counted in one
 * line.
 */
public final class TelegramKind {

  public static final InputKind KIND = new InputKind("telegram", InputKind.Role.EVIDENCE);

  public static final ContentKind SOURCE =
      ContentKind.of(
              KIND,
              (name, head, complete) -> TelegramDetector.detect(head).isPresent(),
              new TelegramFacts(),
              Message.of("cause.no-telegram-messages"))
          .withCompanions(TelegramDetector::media);

  private TelegramKind() {}
}
