package de.kontaktcharta.source.whatsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Damaged chat lines never stop a chat: every dated line is a message or a problem. */
class GarbledChatTest {

  private static final String[] PIECES = {
    ": ",
    ":",
    "\u200e",
    "\u202a",
    "\u202c",
    "\u00a0",
    "(",
    ")",
    "[",
    "]",
    "„",
    "“",
    "Erika",
    "hat",
    "die Gruppe",
    "erstellt",
    "added",
    "left",
    "<Medien ausgeschlossen>",
    "weggelassen",
    "Ende-zu-Ende",
    "end-to-end",
    " ",
    "\t",
    "📷"
  };

  @Test
  void randomTextsAfterTheDateGiveOneEntryPerDatedLine() {
    Random random = new Random(23);
    StringBuilder chat = new StringBuilder();
    int dated = 3000;
    for (int i = 0; i < dated; i++) {
      chat.append(
          String.format(
              "%02d.%02d.25, %02d:%02d - ",
              1 + random.nextInt(28),
              1 + random.nextInt(12),
              random.nextInt(24),
              random.nextInt(60)));
      for (int k = 0, n = random.nextInt(12); k < n; k++) {
        chat.append(PIECES[random.nextInt(PIECES.length)]);
      }
      chat.append(random.nextInt(5) == 0 ? "\nweiter\n" : "\n");
    }
    ChatRecorder read = ChatRecorder.readText(chat.toString());
    assertEquals(dated, read.lines.size() + read.problems.size());
    assertEquals(read.summary.messages() + read.summary.systemLines(), read.lines.size());
  }
}
