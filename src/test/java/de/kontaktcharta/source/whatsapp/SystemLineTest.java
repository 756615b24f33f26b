package de.kontaktcharta.source.whatsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** WhatsApp's own lines, matched before the author so that they never count as messages. */
class SystemLineTest {

  private static ChatRecorder android(String rest) {
    return ChatRecorder.readText("05.12.25, 14:03 - " + rest + "\n");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Erika Mustermann hat die Gruppe „Projekt: Bau“ erstellt",
        "Du hast die Gruppe \"Stammtisch\" erstellt.",
        "Erika Mustermann hat dich hinzugefügt",
        "Du hast Max Beispiel hinzugefügt",
        "Max Beispiel hat die Gruppe verlassen",
        "Erika Mustermann hat Max Beispiel entfernt",
        "Erika Mustermann hat den Betreff von „Bau“ zu „Bau: 2026“ geändert",
        "Erika Mustermann hat das Gruppenbild geändert",
        "Erika Mustermann hat die Gruppenbeschreibung gelöscht",
        "Max Beispiel ist über den Einladungslink dieser Gruppe beigetreten",
        "Max Beispiel ist der Gruppe über den Einladungslink beigetreten",
        "Du bist jetzt ein Admin",
        "Nachrichten an diese Gruppe sind jetzt mit Ende-zu-Ende-Verschlüsselung geschützt.",
        "Erika Mustermann created group \"Projekt: Bau\"",
        "You created group “Team”",
        "Erika Mustermann added you",
        "You added Max Beispiel",
        "Max Beispiel left",
        "You removed Max Beispiel",
        "Erika Mustermann changed the subject from \"A\" to \"B: C\"",
        "Erika Mustermann changed this group's icon",
        "Max Beispiel joined using this group's invite link",
        "You're now an admin",
        "Messages to this group are now secured with end-to-end encryption. Tap for more info.",
      })
  void groupEventsMakeTheChatAGroup(String rest) {
    ChatRecorder read = android(rest);
    assertTrue(read.lines.get(0).system(), rest);
    assertTrue(read.summary.group(), rest);
    assertEquals(ChatSummary.GroupReason.GROUP_EVENT, read.summary.groupReason());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Nachrichten, die du in diesem Chat sendest, sowie Anrufe, sind jetzt mit"
            + " Ende-zu-Ende-Verschlüsselung geschützt. Tippe für mehr Infos.",
        "Nachrichten in diesem Chat sowie Anrufe sind jetzt mit Ende-zu-Ende-Verschlüsselung"
            + " geschützt. Tippe für mehr Infos.",
        "Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses"
            + " Chats kann sie lesen oder anhören, nicht einmal WhatsApp. Tippe, um mehr zu"
            + " erfahren.",
        "Dein Sicherheitscode für Erika Mustermann hat sich geändert. Tippe, um mehr zu erfahren.",
        "Erika Mustermann hat zu +49 171 1234567 gewechselt.",
        "Erika Mustermann hat ihre Telefonnummer in eine neue Nummer geändert. Tippe, um eine"
            + " Nachricht zu schreiben.",
        "Du hast diesen Kontakt blockiert. Tippe, um die Blockierung aufzuheben.",
        "Erika Mustermann hat selbstlöschende Nachrichten aktiviert.",
        "Messages to this chat and calls are now secured with end-to-end encryption. Tap for"
            + " more info.",
        "Your security code with Erika Mustermann changed. Tap to learn more.",
        "Erika Mustermann changed their phone number to a new number. Tap to message or add"
            + " the new number.",
        "Erika Mustermann changed to +49 171 1234567",
        "You blocked this contact. Tap to unblock.",
        "You turned on disappearing messages. New messages will disappear from this chat 7"
            + " days after they're sent.",
        "Erika Mustermann uses a default timer for disappearing messages in new chats.",
        "Ein Satz ohne Doppelpunkt, den WhatsApp so nicht kennt",
      })
  void noticesAreSystemLinesButNoGroupEvents(String rest) {
    ChatRecorder read = android(rest);
    assertTrue(read.lines.get(0).system(), rest);
    assertFalse(read.summary.group(), rest);
    assertEquals(0, read.summary.messages());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Erika Mustermann: Max hat Lisa hinzugefügt.",
        "Erika Mustermann: Ich habe die Gruppe verlassen",
        "Max Beispiel: You left your umbrella here",
        "Erika Mustermann: Nachricht: Max Beispiel hat die Gruppe verlassen",
      })
  void messagesThatMentionGroupEventsStayMessages(String rest) {
    ChatRecorder read = android(rest);
    assertFalse(read.lines.get(0).system(), rest);
    assertEquals(1, read.summary.messages());
    assertFalse(read.summary.group());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[05.12.25, 14:03:11] Stammtisch: \u200eErika Mustermann hat die Gruppe erstellt.",
        "[05.12.25, 14:03:11] Stammtisch: Erika Mustermann hat dich hinzugefügt.",
      })
  void iosGroupEventsInTheTitlesNameAreSystemLinesEvenUnmarked(String line) {
    ChatRecorder read = ChatRecorder.readText(line + "\n");
    assertTrue(read.lines.get(0).system());
    assertTrue(read.summary.group());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Erika Mustermann: \u200eStandort: https://maps.example.com/?q=1",
        "Erika Mustermann: \u200eDiese Umfrage wurde beendet",
      })
  void unknownMarkedTextsAreTakenAsWhatsAppsOwn(String rest) {
    ChatRecorder read = ChatRecorder.readText("[05.12.25, 14:03:11] " + rest + "\n");
    assertTrue(read.lines.get(0).system(), rest);
  }
}
