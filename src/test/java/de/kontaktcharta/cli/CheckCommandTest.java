package de.kontaktcharta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

  static final Path CASE = Path.of("src", "test", "resources", "cases", "all-sources");

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.newCommandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
  }

  @Test
  void listsEveryFileWithKindFormatColumnsAndRowsInGermanByDefault() {
    int code = run("check", CASE.toString());

    String text = out.toString();
    assertEquals(0, code, text + err);
    for (String expected :
        new String[] {
          "Connections.csv: linkedin-connections (LinkedIn-Kontakte)",
          "  Format: UTF-8, Trennzeichen ',', Kopfzeile in Zeile 4",
          "    Vorname ← Spalte 1 „First Name“",
          "Juergen_Mueller.vcf: vcard",
          "kalender.ics: calendar (Kalender)",
          "    Teilnehmer ← ORGANIZER, ATTENDEE",
          "austausch.csv: interactions",
          "Kanal ← Spalte 3 „Kanal“",
          "  Zeilen: 5 gelesen, 5 verwendet, 0 übersprungen",
          "Eingaben: 5, davon erkannt: 5, nicht erkannt: 0"
        }) {
      assertTrue(text.contains(expected), expected + " in\n" + text);
    }
  }

  @Test
  void speaksEnglishWithLangEn() {
    int code = run("check", "--lang", "en", CASE.toString());

    String text = out.toString();
    assertEquals(0, code, text + err);
    for (String expected :
        new String[] {
          "Connections.csv: linkedin-connections (LinkedIn connections)",
          "  format: UTF-8, delimiter ',', header in line 4",
          "    first name <- column 1 \"First Name\"",
          "channel <- column 3 \"Kanal\"",
          "  rows: 5 read, 5 used, 0 skipped",
          "5 inputs: 5 recognised, 0 not recognised"
        }) {
      assertTrue(text.contains(expected), expected + " in\n" + text);
    }
    assertEquals(2, run("check", "--lang", "fr", CASE.toString()));
  }

  @Test
  void describesWhereTheSocialArchivesValuesComeFromInTheChosenLanguage() {
    Path fixtures = Path.of("src", "test", "resources", "fixtures");
    String[] inputs = {
      fixtures.resolve("x/archive-2023").toString(),
      fixtures.resolve("telegram/full").toString(),
      fixtures.resolve("meta/facebook-erikamustermann-2025").toString(),
      fixtures.resolve("mastodon/archive").toString(),
      fixtures.resolve("xingexport/export").toString()
    };
    String[] args = new String[inputs.length + 1];
    args[0] = "check";
    System.arraycopy(inputs, 0, args, 1, inputs.length);

    run(args);
    String german = out.toString();
    for (String expected :
        new String[] {
          "Folgen ← follower.js, following.js (kein Austausch)",
          "Gegenüber ← Kennung und Name des Chats (persönliche Chats)",
          "Gruppe ← mehr als zwei Teilnehmer oder thread_type",
          "Nachrichten ← outbox.json: Create eines direkten Beitrags oder einer Antwort, published",
          "Nachrichten ← Zeilen der Unterhaltungen (Teilnehmer) und der Nachrichten (Absender,"
        }) {
      assertTrue(german.contains(expected), expected + " in\n" + german);
    }
    assertTrue(!german.contains("check.source."), german);

    out.getBuffer().setLength(0);
    String[] english = new String[args.length + 2];
    english[0] = "check";
    english[1] = "--lang";
    english[2] = "en";
    System.arraycopy(inputs, 0, english, 3, inputs.length);
    run(english);
    String text = out.toString();
    for (String expected :
        new String[] {
          "following <- follower.js, following.js (no exchange)",
          "other side <- the chat's id and name (personal chats)",
          "messages <- conversation rows (participants) and message rows (sender, sent)"
        }) {
      assertTrue(text.contains(expected), expected + " in\n" + text);
    }
  }

  @Test
  void unknownFileInAFolderIsListedWithItsReason() throws IOException {
    Files.writeString(dir.resolve("notizen.txt"), "nur Text\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("kontakte.csv"), "Vorname;Nachname\nMax;Mustermann\n");

    assertEquals(0, run("check", dir.toString()));
    assertTrue(
        out.toString().contains("notizen.txt: nicht erkannt: keine bekannte Kopfzeile"),
        out::toString);
    assertTrue(out.toString().contains("kontakte.csv: contacts (Kontaktliste)"), out::toString);
  }

  @Test
  void namedFileThatIsNotRecognisedExitsWithThreeAMissingOneWithTwo() throws IOException {
    Path notes = Files.writeString(dir.resolve("notizen.txt"), "nur Text\n");

    assertEquals(3, run("check", notes.toString()));
    assertEquals(2, run("check", dir.resolve("fehlt.csv").toString()));
    assertTrue(
        err.toString()
            .contains(
                "fehlt.csv: Datei oder Ordner nicht gefunden; nichts wurde gelesen oder geschrieben"),
        err::toString);
  }

  @Test
  void kindCanBeGivenForLooseLists() throws IOException {
    Path file =
        Files.writeString(dir.resolve("treffen.csv"), "Name,Datum\nMax Mustermann,2024-05-02\n");

    assertEquals(0, run("check", "--as", "meetings=" + file, file.toString()));
    assertTrue(out.toString().contains("treffen.csv: meetings"), out::toString);
    assertEquals(2, run("check", "--as", "nonsense=" + file, file.toString()));
  }
}
