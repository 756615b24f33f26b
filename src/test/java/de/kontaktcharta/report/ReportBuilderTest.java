package de.kontaktcharta.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.charter.CharterLoader;
import de.kontaktcharta.model.Assessment;
import de.kontaktcharta.model.Contact;
import de.kontaktcharta.model.ContactAssessment;
import de.kontaktcharta.model.Detail;
import de.kontaktcharta.model.Direction;
import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.InputSummary;
import de.kontaktcharta.model.Invitation;
import de.kontaktcharta.model.InvitationAssessment;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Platform;
import de.kontaktcharta.model.ReasonCode;
import de.kontaktcharta.model.Recommendation;
import de.kontaktcharta.model.Review;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.model.Status;
import de.kontaktcharta.model.Strength;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The report's layout, made without any writer: sheets, columns, order, labels. */
class ReportBuilderTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
  private static final InputKind FIRST =
      new InputKind("linkedin-connections", InputKind.Role.NETWORK);
  private static final InputKind SECOND = new InputKind("vcard", InputKind.Role.NETWORK);

  private static ContactAssessment contact(
      String id, String name, LocalDate since, Status status, Set<InputKind> kinds) {
    Contact c =
        new Contact(
            id,
            PersonRef.named(name),
            since,
            kinds,
            List.of(new SourceRef("Connections.csv", 2)),
            List.of(),
            Set.of());
    List<Evidence> evidence =
        status == Status.JUSTIFIED
            ? List.of(
                new Evidence(
                    ReasonCode.MET,
                    Strength.STRONG,
                    TODAY.minusDays(5),
                    new SourceRef("kalender.ics", 9),
                    "meeting",
                    Detail.of("meeting", "Messe"),
                    false))
            : List.of();
    return new ContactAssessment(c, status, evidence, List.of(), null, Review.NONE);
  }

  private static InvitationAssessment invitation(String id, String name, LocalDate sent) {
    Invitation i =
        new Invitation(
            PersonRef.named(name),
            PersonRef.named("Katrin Albers"),
            sent,
            "",
            Direction.INCOMING,
            Platform.LINKEDIN,
            new SourceRef("Invitations.csv", 2));
    return new InvitationAssessment(
        id, i, List.of(), List.of(), Recommendation.DECLINE, "decline.no_reason", Review.NONE);
  }

  private static Report report(String language) {
    Assessment assessment =
        new Assessment(
            TODAY,
            List.of(
                contact(
                    "C-3", "Zoe Adler", LocalDate.of(2019, 5, 1), Status.NO_REASON, Set.of(SECOND)),
                contact(
                    "C-1",
                    "Anna Berg",
                    LocalDate.of(2021, 1, 1),
                    Status.JUSTIFIED,
                    Set.of(SECOND, FIRST)),
                contact("C-2", "Ängelika Ott", null, Status.WEAK, Set.of(FIRST))),
            List.of(
                invitation("I-1", "Jana Vogt", TODAY.minusDays(9)),
                invitation("I-2", "Till Rau", TODAY.minusDays(1))),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    ReportInput in =
        new ReportInput(
            TODAY,
            "",
            new CharterLoader().loadDefault(),
            List.of(new InputSummary("Connections.csv", FIRST, "UTF-8", 3, 3, 0)),
            assessment,
            List.of(),
            List.of(),
            language,
            List.of(FIRST, SECOND));
    return new ReportBuilder().build(in);
  }

  private static List<String> column(Sheet sheet, String key) {
    int i = sheet.columns().stream().map(Column::key).toList().indexOf(key);
    return sheet.rows().stream().map(row -> row.get(i).plain()).toList();
  }

  @Test
  void theSheetsComeInTheirOrderNamedInTheReportsLanguage() {
    assertEquals(
        List.of(SheetKind.values()), report("de").sheets().stream().map(Sheet::kind).toList());
    assertEquals(
        List.of(
            "Summary", "Contacts", "No reason", "Invitations", "Evidence", "Changes", "Problems"),
        report("en").sheets().stream().map(Sheet::name).toList());
    assertEquals("Kontakte", report("de").sheet(SheetKind.CONTACTS).orElseThrow().name());
  }

  @Test
  void columnKeysAreTheSameInBothLanguages() {
    for (SheetKind kind : SheetKind.values()) {
      assertEquals(
          report("de").sheet(kind).orElseThrow().columns().stream().map(Column::key).toList(),
          report("en").sheet(kind).orElseThrow().columns().stream().map(Column::key).toList());
    }
  }

  @Test
  void contactsAreSortedByFoldedNameAndTheWorklistOldestFirstWithoutTheJustified() {
    Report report = report("en");
    assertEquals(
        List.of("C-2", "C-1", "C-3"),
        column(report.sheet(SheetKind.CONTACTS).orElseThrow(), "id"),
        "Ängelika folds to aengelika and comes first");
    assertEquals(
        List.of("C-3", "C-2"), column(report.sheet(SheetKind.NO_REASON).orElseThrow(), "id"));
  }

  @Test
  void openInvitationsComeNewestFirst() {
    assertEquals(
        List.of("I-2", "I-1"),
        column(report("en").sheet(SheetKind.INVITATIONS).orElseThrow(), "id"));
  }

  @Test
  void aContactsSourcesFollowTheOrderOfTheKinds() {
    Sheet contacts = report("en").sheet(SheetKind.CONTACTS).orElseThrow();
    assertEquals("LinkedIn connections, vCard", column(contacts, "sources").get(1));
  }

  @Test
  void theSummaryCountsContactsByStatusAndBySource() {
    Sheet summary = report("en").sheet(SheetKind.SUMMARY).orElseThrow();
    List<String> lines =
        summary.rows().stream()
            .map(row -> String.join("|", row.stream().map(Cell::plain).toList()))
            .toList();
    assertTrue(lines.contains("Justified|1"), lines.toString());
    assertTrue(lines.contains("No reason|1|→ sheet \"No reason\""), lines.toString());
    int bySource = lines.indexOf("Contacts by source|Count");
    assertEquals("LinkedIn connections|2", lines.get(bySource + 1));
    assertEquals("vCard|2", lines.get(bySource + 2));
  }
}
