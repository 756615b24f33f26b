package de.kontaktcharta.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/**
 * Writes WhatsApp chat exports: Android German one-to-one chats with multi-line messages, media
 * placeholders and system lines, and iOS German group chats with U+200E marks.
 */
final class ChatFiles {

  private static final DateTimeFormatter ANDROID = DateTimeFormatter.ofPattern("dd.MM.yy, HH:mm");
  private static final DateTimeFormatter IOS = DateTimeFormatter.ofPattern("dd.MM.yy, HH:mm:ss");
  private static final String[] TEXTS = {
    "Passt Donnerstag?",
    "Ja, 10 Uhr.",
    "Ich bringe die Unterlagen mit.",
    "Danke!",
    "Bin in 5 Minuten da",
    "Kannst du mir das Angebot schicken?",
    "Gute Idee 👍"
  };

  private final Random random;

  ChatFiles(long seed) {
    this.random = new Random(seed);
  }

  /** Writes {@code chats} files of {@code lines} lines each; returns the bytes written. */
  long write(Path dir, int chats, int lines) throws IOException {
    Files.createDirectories(dir);
    long bytes = 0;
    for (int c = 0; c < chats; c++) {
      boolean ios = c % 2 == 1;
      String title = "Kontakt " + c;
      Path file =
          ios
              ? dir.resolve("ios-" + c + "-_chat.txt")
              : dir.resolve("WhatsApp Chat mit " + title + ".txt");
      try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        LocalDateTime time = LocalDateTime.of(2023, 1, 1, 8, 0);
        for (int i = 0; i < lines; i++) {
          time = time.plusMinutes(1 + random.nextInt(300));
          out.write(ios ? iosLine(time, title, i) : androidLine(time, title, i));
          out.write('\n');
        }
      }
      bytes += Files.size(file);
    }
    return bytes;
  }

  private String androidLine(LocalDateTime time, String title, int i) {
    String stamp = ANDROID.format(time) + " - ";
    if (i == 0) {
      return stamp + "Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Mehr erfahren.";
    }
    String author = random.nextBoolean() ? title : "Max Beispiel";
    int kind = random.nextInt(20);
    String text = kind == 0 ? "<Medien ausgeschlossen>" : TEXTS[random.nextInt(TEXTS.length)];
    return stamp + author + ": " + text + (kind == 1 ? "\nzweite Zeile\ndritte Zeile" : "");
  }

  private String iosLine(LocalDateTime time, String title, int i) {
    String stamp = "[" + IOS.format(time) + "] ";
    if (i == 0) {
      return stamp + title + ": \u200eErika Mustermann hat die Gruppe erstellt.";
    }
    String author = "Person " + random.nextInt(6);
    int kind = random.nextInt(20);
    if (kind == 0) {
      return "\u200e" + stamp + author + ": \u200eBild weggelassen";
    }
    return stamp + author + ": " + TEXTS[random.nextInt(TEXTS.length)];
  }
}
