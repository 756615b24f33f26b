package de.kontaktcharta.source.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.RelationFact;
import de.kontaktcharta.source.contacts.ContactsKind;
import de.kontaktcharta.testing.ListFixtures;
import de.kontaktcharta.testing.ReadCapture;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrmReaderTest {

  @TempDir Path dir;

  @Test
  void customerSupplierAndProspectRowsWithPersonOrCompany() {
    Path file =
        ListFixtures.write(
            dir,
            "crm.csv",
            """
            Firma;Vorname;Nachname;E-Mail;Beziehung;Letzter Kontakt
            ACME GmbH;Max;Mustermann;max@acme.example;Kunde;14.03.2024
            Beta AG;;;;Lieferant;2023-11-02
            ;Erika;Musterfrau;;Interessentin;
            Gamma KG;;;;;01.01.2024
            ;;;;Kunde;
            Delta;Hans;Meier;;Partner;irgendwann
            """);
    ReadCapture read = ReadCapture.read(file);

    assertEquals(CrmKind.KIND, read.detection().kind());
    List<RelationFact> rows = read.facts(RelationFact.class);
    assertEquals(4, rows.size());
    RelationFact max = rows.get(0);
    assertEquals("Max Mustermann", max.person().displayName());
    assertEquals("Kunde", max.relation());
    assertEquals(LocalDate.of(2024, 3, 14), max.date());
    assertTrue(rows.get(1).companyOnly());
    assertEquals("Interessentin", rows.get(2).relation());
    assertNull(rows.get(3).date());
    assertEquals(
        List.of("5: relation-empty", "6: missing-person", "7: bad-date"), read.problemCodes());
    assertTrue(read.balanced());
  }

  @Test
  void hubSpotExportPrefersTheLifecycleStageAndTheLastActivity() {
    Path file =
        ListFixtures.write(
            dir,
            "hubspot.csv",
            "First Name,Last Name,Email,Company Name,Lead Status,Lifecycle Stage,Create Date,"
                + "Last Activity Date\n"
                + "Max,Mustermann,max@acme.example,ACME,Open,customer,2021-01-05,2024-04-30\n");
    RelationFact row = ReadCapture.read(file).facts(RelationFact.class).get(0);

    assertEquals("customer | Open", row.relation(), "the lifecycle stage first");
    assertEquals(LocalDate.of(2024, 4, 30), row.date());
    assertEquals("ACME", row.person().company());
  }

  @Test
  void everyRelationColumnIsReadTheMostSpecificFirst() {
    // sevDesk: the relation is in Kategorie, Status says whether the contact is active
    Path file =
        ListFixtures.write(
            dir,
            "sevdesk.csv",
            "Vorname;Nachname;Firma;Status;Kategorie;Erstellt am\n"
                + "Max;Muster;ACME;aktiv;Kunde;14.03.2024\n"
                + "Eva;Ampere;Volt AG;;Lieferant;14.03.2024\n");
    List<RelationFact> rows = ReadCapture.read(file).facts(RelationFact.class);
    assertEquals(
        List.of("Kunde | aktiv", "Lieferant"), rows.stream().map(RelationFact::relation).toList());
  }

  @Test
  void companyNameInTheNameColumnIsTakenAsCompany() {
    Path file =
        ListFixtures.write(
            dir, "kunden.csv", "Name,Status,Kunde seit\nACME GmbH & Co. KG,customer,2020-01-01\n");
    RelationFact row = ReadCapture.read(file).facts(RelationFact.class).get(0);

    assertTrue(row.companyOnly());
    assertEquals("ACME GmbH & Co. KG", row.person().company());
  }

  @Test
  void forcedListWithoutRelationColumnTakesItsName() {
    Path file =
        ListFixtures.write(dir, "Kunden.csv", "Firma,Ansprechpartner\nACME,Max Mustermann\n");

    assertEquals(ContactsKind.KIND, ReadCapture.read(file).detection().kind());
    ReadCapture read = ReadCapture.read(file, CrmKind.KIND);
    assertEquals(CrmKind.KIND, read.detection().kind());
    assertEquals("Kunden", read.facts(RelationFact.class).get(0).relation());
    assertEquals(List.of("0: relation-from-name"), read.problemCodes());
  }

  @Test
  void sheetNameForNameOfWorkbookSheets() {
    assertEquals("Kunden", CrmReader.nameOf("data/crm.xlsx!Kunden"));
    assertEquals("lieferanten-2024", CrmReader.nameOf("C:\\data\\lieferanten-2024.csv"));
  }
}
