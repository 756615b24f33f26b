package de.kontaktcharta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.ContactAssessment;
import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.InputSummary;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.ReasonCode;
import de.kontaktcharta.model.Status;
import de.kontaktcharta.model.Strength;
import de.kontaktcharta.testing.English;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mailbox and WhatsApp chats beside a LinkedIn archive, with the traps real ones hold:
 * newsletters, a group chat and a mail to many, namesakes, an old thread, one-way cold mail. The
 * exchange is counted across both channels for each contact.
 */
class ExchangeAcrossChannelsTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
  static final String OWNER = "Katrin Albers <katrin@albers.example>";

  @TempDir Path tmp;
  private Path in;

  @BeforeEach
  void inputs() throws Exception {
    in = Files.createDirectories(tmp.resolve("in"));
    write(
        "linkedin/Connections.csv",
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            + "Erika,Mustermann,https://www.linkedin.com/in/erika-m,erika@example.org,ACME,CEO,01 Jan 2020\n"
            + "Jan,Petersen,https://www.linkedin.com/in/jan-p,jan@petersen.example,P,CTO,01 Jan 2020\n"
            + "Tom,Kalt,https://www.linkedin.com/in/tom-kalt,tom@kalt.example,K,Sales,01 Jan 2020\n"
            + "Anna,Berg,https://www.linkedin.com/in/anna-berg-1,,A1,Dev,01 Jan 2020\n"
            + "Anna,Berg,https://www.linkedin.com/in/anna-berg-2,,A2,Ops,01 Jan 2020\n"
            + "Max,Beispiel,https://www.linkedin.com/in/max-b,,B,Chef,01 Jan 2020\n");
    write("linkedin/Profile.csv", "First Name,Last Name,Headline\nKatrin,Albers,Beraterin\n");
    write(
        "max.vcf",
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Beispiel;Max;;;\r\nFN:Max Beispiel\r\n"
            + "TEL;TYPE=CELL:0171 2345678\r\nEND:VCARD\r\n");
    StringBuilder box = new StringBuilder();
    int n = 0;
    // Erika: two each way this year
    for (int i = 0; i < 2; i++) {
      box.append(
          mail(++n, "Erika Mustermann <erika@example.org>", OWNER, "2026-10-0" + (i + 1), ""));
      box.append(
          mail(++n, OWNER, "Erika Mustermann <erika@example.org>", "2026-10-1" + (i + 1), ""));
    }
    // newsletters
    for (int i = 0; i < 3; i++) {
      box.append(
          mail(
              ++n,
              "Shop <news@shop.example>",
              OWNER,
              "2026-09-0" + (i + 1),
              "List-Unsubscribe: <mailto:u@shop.example>\n"));
    }
    // an old thread with Jan: three each way, two years ago
    for (int i = 0; i < 3; i++) {
      box.append(
          mail(++n, "Jan Petersen <jan@petersen.example>", OWNER, "2024-05-0" + (i + 1), ""));
      box.append(
          mail(++n, OWNER, "Jan Petersen <jan@petersen.example>", "2024-05-1" + (i + 1), ""));
    }
    // one-way cold mail from Tom
    for (int i = 0; i < 4; i++) {
      box.append(mail(++n, "Tom Kalt <tom@kalt.example>", OWNER, "2026-08-0" + (i + 1), ""));
    }
    // a namesake: "Anna Berg" fits two contacts
    for (int i = 0; i < 3; i++) {
      box.append(mail(++n, "Anna Berg <anna@gmail.example>", OWNER, "2026-07-0" + (i + 1), ""));
      box.append(mail(++n, OWNER, "Anna Berg <anna@gmail.example>", "2026-07-1" + (i + 1), ""));
    }
    // a mail to seven people
    box.append(
        mail(
            ++n,
            OWNER,
            "erika@example.org, a@x.example, b@x.example, c@x.example, d@x.example,"
                + " e@x.example, f@x.example",
            "2026-10-20",
            ""));
    // somebody outside the network, both ways
    box.append(mail(++n, "Otto Fremd <otto@fremd.example>", OWNER, "2026-06-01", ""));
    box.append(mail(++n, OWNER, "Otto Fremd <otto@fremd.example>", "2026-06-02", ""));
    write("mail/Posteingang.mbox", box.toString());
    write(
        "chats/WhatsApp Chat mit Erika Mustermann.txt",
        "03.11.26, 09:00 - Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt.\n"
            + "03.11.26, 09:01 - Erika Mustermann: Passt Donnerstag?\n"
            + "03.11.26, 09:05 - Katrin: Ja, gerne\nbis dann\n");
    write(
        "chats/WhatsApp Chat mit Stammtisch.txt",
        "01.11.26, 18:00 - Katrin hat die Gruppe \"Stammtisch\" erstellt.\n"
            + "01.11.26, 18:01 - Erika Mustermann: Hallo zusammen\n"
            + "01.11.26, 18:02 - Katrin: Hallo\n"
            + "01.11.26, 18:03 - Max Beispiel: Moin\n");
    StringBuilder max = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      max.append(
          "1" + i + ".11.26, 10:00 - \u202a+49\u00a0171\u00a02345678\u202c: Frage " + i + "\n");
      max.append("1" + i + ".11.26, 11:00 - Katrin: Antwort " + i + "\n");
    }
    write("chats/WhatsApp Chat mit \u202a+49 171 2345678\u202c.txt", max.toString());
  }

  private void write(String name, String text) throws Exception {
    Path file = in.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static String mail(int n, String from, String to, String day, String extra) {
    LocalDate d = LocalDate.parse(day);
    String date =
        d.getDayOfMonth()
            + " "
            + d.getMonth()
                .getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH)
            + " "
            + d.getYear()
            + " 10:00:00 +0100";
    return "From sender@example.org Mon Jan  1 00:00:00 2026\n"
        + "Delivered-To: katrin@albers.example\n"
        + "From: "
        + from
        + "\nTo: "
        + to
        + "\nDate: "
        + date
        + "\nMessage-ID: <m"
        + n
        + "@example.org>\nSubject: Betreff "
        + n
        + "\n"
        + extra
        + "\nText "
        + n
        + "\n\n";
  }

  private AnalyseJob.Analysis analyse() throws Exception {
    return new AnalyseJob()
        .analyse(AnalyseSettings.of(List.of(in), tmp.resolve("out"), TODAY, TODAY));
  }

  private static ContactAssessment contact(AnalyseJob.Analysis a, String name, String company) {
    return a.assessment().contacts().stream()
        .filter(
            c -> c.contact().name().equals(name) && c.contact().person().company().equals(company))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no contact " + name));
  }

  private static List<Evidence> exchange(ContactAssessment c) {
    return c.evidence().stream().filter(e -> e.reason() == ReasonCode.EXCHANGE).toList();
  }

  @Test
  void mailAndChatTogetherMakeAStrongExchangeThatNeitherMakesAlone() throws Exception {
    ContactAssessment erika = contact(analyse(), "Erika Mustermann", "ACME");
    List<Evidence> evidence = exchange(erika);
    assertEquals(2, evidence.size(), evidence::toString);
    assertTrue(evidence.stream().allMatch(e -> e.strength() == Strength.STRONG && e.effective()));
    assertEquals(Status.JUSTIFIED, erika.status());
    List<String> sources = evidence.stream().map(e -> e.source().file()).sorted().toList();
    assertTrue(
        sources.get(0).endsWith("WhatsApp Chat mit Erika Mustermann.txt"), sources::toString);
    assertTrue(sources.get(1).endsWith("Posteingang.mbox"), sources::toString);
    assertTrue(
        evidence.stream().anyMatch(e -> e.source().isMessage() && e.source().message() > 0),
        "a mail's position is its number in the mailbox");
  }

  @Test
  void aChatPartnerKnownOnlyByNumberIsTheContactWithThatNumber() throws Exception {
    ContactAssessment max = contact(analyse(), "Max Beispiel", "B");
    assertEquals(Status.JUSTIFIED, max.status(), max.evidence()::toString);
    assertEquals(Strength.STRONG, exchange(max).get(0).strength());
  }

  @Test
  void oldThreadsExpireAndColdMailAndNamesakesCountForNothing() throws Exception {
    AnalyseJob.Analysis a = analyse();
    List<Evidence> jan = exchange(contact(a, "Jan Petersen", "P"));
    assertTrue(jan.size() == 1 && jan.get(0).expired(), jan::toString);
    assertEquals(Status.NO_REASON, contact(a, "Jan Petersen", "P").status());
    assertEquals(List.of(), exchange(contact(a, "Tom Kalt", "K")), "one way is no exchange");
    assertEquals(List.of(), exchange(contact(a, "Anna Berg", "A1")));
    assertEquals(List.of(), exchange(contact(a, "Anna Berg", "A2")));
    assertTrue(
        a.problems().stream()
            .anyMatch(
                p ->
                    p.code().equals("ambiguous-name")
                        && English.text(p.message()).contains("Anna Berg")),
        a.problems()::toString);
  }

  @Test
  void newslettersGroupsAndStrangersAreOneLinePerFileAndReasonAndEveryMessageIsAccounted()
      throws Exception {
    AnalyseJob.Analysis a = analyse();
    String box = summary(a, "Posteingang.mbox").file();
    assertEquals(3, rows(a, box, "message-bulk"));
    assertEquals(1, rows(a, box, "message-group"));
    assertEquals(2, rows(a, box, "message-unmatched"));
    assertEquals(6, rows(a, box, "message-ambiguous"));
    String group = summary(a, "Stammtisch.txt").file();
    assertEquals(3, rows(a, group, "message-group"));
    for (InputSummary s : a.inputs()) {
      assertTrue(s.balanced(), s::toString);
      long listed =
          a.problems().stream()
              .filter(p -> p.source().file().equals(s.file()))
              .mapToLong(Problem::rows)
              .sum();
      assertEquals(s.rowsSkipped(), listed, () -> "every skipped row listed for " + s);
    }
    InputSummary mailbox = summary(a, "Posteingang.mbox");
    assertEquals(26, mailbox.rowsRead());
    assertEquals(26 - 3 - 1 - 2 - 6, mailbox.rowsUsed());
  }

  @Test
  void theOwnerOfTheChatsIsTheAuthorWhoIsNotTheTitle() throws Exception {
    AnalyseJob.Analysis a = analyse();
    assertFalse(
        a.problems().stream().anyMatch(p -> p.code().equals("owner-unknown")),
        a.problems()::toString);
    String codes =
        a.problems().stream()
            .map(Problem::code)
            .distinct()
            .sorted()
            .collect(Collectors.joining(","));
    assertFalse(codes.contains("evidence-unmatched"), codes);
  }

  private static InputSummary summary(AnalyseJob.Analysis a, String end) {
    return a.inputs().stream()
        .filter(s -> s.file().endsWith(end))
        .findFirst()
        .orElseThrow(() -> new AssertionError(end + " not read: " + a.inputs()));
  }

  private static long rows(AnalyseJob.Analysis a, String file, String code) {
    return a.problems().stream()
        .filter(p -> p.source().file().equals(file) && p.code().equals(code))
        .mapToLong(Problem::rows)
        .sum();
  }
}
