package de.kontaktcharta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.ContactAssessment;
import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.InputSummary;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.ReasonCode;
import de.kontaktcharta.model.Strength;
import de.kontaktcharta.testing.Inputs;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each channel's test export, as it lies in the fixtures, read end to end beside a small address
 * book that names the people in it: the exchange reaches the contact, the rows of every file are
 * used or listed, and the export's other files are one line.
 */
class SocialFixturesTest {

  @TempDir Path tmp;

  private AnalyseJob.Analysis analyse(LocalDate today, Path... inputs) throws Exception {
    List<Path> all = new ArrayList<>(List.of(inputs));
    return new AnalyseJob().analyse(AnalyseSettings.of(all, tmp.resolve("out"), today, today));
  }

  private Path cards(String text) {
    return Inputs.write(tmp, "karten.vcf", text);
  }

  private static String card(String last, String first, String extra) {
    return "BEGIN:VCARD\r\nVERSION:3.0\r\nN:"
        + last
        + ";"
        + first
        + ";;;\r\nFN:"
        + first
        + " "
        + last
        + "\r\n"
        + extra
        + "END:VCARD\r\n";
  }

  @Test
  void theXArchiveOf2023GivesErikaHerDirectMessagesThroughTheHandleHerCardNames() throws Exception {
    AnalyseJob.Analysis a =
        analyse(
            LocalDate.of(2023, 9, 1),
            Inputs.fixture("x/archive-2023"),
            cards(
                card("Mustermann", "Erika", "X-TWITTER:@erika_m\r\n")
                    + card("Muster", "Jonas", "URL:https://twitter.com/jonas_alt\r\n")));
    Evidence erika = onlyExchange(a, "Erika Mustermann");
    // the headers file holds the same messages without text: each counts once, from either file
    assertTrue(erika.source().file().contains("direct-message"), erika::toString);
    assertEquals(
        List.of("1", "1", "2", "2", "2021-06-01", "2023-06-02"),
        erika.detail().args().subList(1, 7));
    assertEquals(Strength.WEAK, erika.strength(), "one each way in the window, three needed");
    assertTrue(rows(a, "follower.js", "x-following") == 2, a.problems()::toString);
    assertEquals(5, rows(a, ".js", "message-duplicate"), "the headers file repeats all five");
    balanced(a);
  }

  @Test
  void xingsExportGivesItsNetworkWithDatesAndTheNotesAndNeverGuessesBetweenNamesakes()
      throws Exception {
    AnalyseJob.Analysis a = analyse(LocalDate.of(2024, 6, 1), Inputs.fixture("xingexport/export"));
    ContactAssessment jana = contact(a, "Jana Probst");
    assertEquals(LocalDate.of(2019, 5, 21), jana.contact().connectedOn());
    List<Evidence> notes = evidence(jana, ReasonCode.MANUAL);
    assertEquals(1, notes.size(), notes::toString);
    assertEquals(Strength.WEAK, notes.get(0).strength());
    assertTrue(notes.get(0).detail().args().get(1).startsWith("Empfehlung von Max"));
    // the contacts file lists "Max Beispiel" twice: XING gives names only, so these are two
    // contacts, and the messages with "Max Beispiel" count for neither
    List<LocalDate> maxes =
        a.assessment().contacts().stream()
            .filter(c -> c.contact().name().equals("Max Beispiel"))
            .map(c -> c.contact().connectedOn())
            .sorted()
            .toList();
    assertEquals(List.of(LocalDate.of(2016, 11, 2), LocalDate.of(2022, 7, 1)), maxes);
    assertEquals(6, rows(a, "5d41402abc4b2a76b9719d911017c592.csv", "message-ambiguous"));
    assertFalse(
        a.problems().stream().anyMatch(p -> p.code().equals("owner-unknown")),
        "the owner is the one name in every conversation");
    balanced(a);
  }

  @Test
  void telegramsFullExportReachesErikaByTheNumberItSaved() throws Exception {
    AnalyseJob.Analysis a =
        analyse(
            LocalDate.of(2025, 6, 10),
            Inputs.fixture("telegram/full"),
            cards(card("Mustermann", "Erika", "TEL;TYPE=CELL:0170 1234567\r\n")));
    Evidence erika = onlyExchange(a, "Erika Mustermann");
    assertTrue(erika.source().file().endsWith("result.json"), erika::toString);
    assertTrue(rows(a, "result.json", "telegram-no-exchange") > 0, a.problems()::toString);
    balanced(a);
  }

  @Test
  void facebooksDownloadOf2025RepairsJuergensNameAndFindsErikaInTheProfile() throws Exception {
    AnalyseJob.Analysis a =
        analyse(
            LocalDate.of(2025, 3, 1),
            Inputs.fixture("meta/facebook-erikamustermann-2025"),
            cards(card("Weiß", "Jürgen", "")));
    Evidence juergen = onlyExchange(a, "Jürgen Weiß");
    assertTrue(juergen.source().file().endsWith("message_1.json"), juergen::toString);
    assertFalse(
        a.problems().stream().anyMatch(p -> p.code().equals("owner-unknown")),
        a.problems()::toString);
    balanced(a);
  }

  @Test
  void mastodonsArchiveIsOneSidedAndWeakAtMost() throws Exception {
    AnalyseJob.Analysis a =
        analyse(
            LocalDate.of(2025, 1, 1),
            Inputs.fixture("mastodon/archive"),
            cards(
                card(
                    "Mustermann",
                    "Erika",
                    "X-SOCIALPROFILE;TYPE=mastodon:https://other.example/@erika\r\n")));
    Evidence erika = onlyExchange(a, "Erika Mustermann");
    assertEquals("exchange.one_sided", erika.detail().key());
    assertTrue(erika.strength() == Strength.WEAK);
    balanced(a);
  }

  private static void balanced(AnalyseJob.Analysis a) {
    for (InputSummary s : a.inputs()) {
      assertTrue(s.balanced(), s::toString);
      long listed =
          a.problems().stream()
              .filter(p -> p.source().file().equals(s.file()))
              .mapToLong(Problem::rows)
              .sum();
      assertEquals(s.rowsSkipped(), listed, () -> "every skipped row listed for " + s);
    }
    assertFalse(
        a.problems().stream().anyMatch(p -> p.code().equals("input-unknown")),
        a.problems()::toString);
  }

  private static ContactAssessment contact(AnalyseJob.Analysis a, String name) {
    return a.assessment().contacts().stream()
        .filter(c -> c.contact().name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no contact " + name + " in " + a.assessment()));
  }

  private static List<Evidence> evidence(ContactAssessment c, ReasonCode reason) {
    return c.evidence().stream().filter(e -> e.reason() == reason).toList();
  }

  private static Evidence onlyExchange(AnalyseJob.Analysis a, String name) {
    List<Evidence> exchange = evidence(contact(a, name), ReasonCode.EXCHANGE);
    assertEquals(1, exchange.size(), () -> exchange + "\n" + a.problems());
    return exchange.get(0);
  }

  private static long rows(AnalyseJob.Analysis a, String fileEnd, String code) {
    return a.problems().stream()
        .filter(p -> p.source().file().endsWith(fileEnd) && p.code().equals(code))
        .mapToLong(Problem::rows)
        .sum();
  }
}
