package de.kontaktcharta.source.linkedin;

import static de.kontaktcharta.testing.Inputs.assertCounts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.identity.Keys;
import de.kontaktcharta.model.EndorsementFact;
import de.kontaktcharta.model.KeyKind;
import de.kontaktcharta.model.MatchKey;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.RecommendationFact;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.testing.English;
import de.kontaktcharta.testing.Inputs;
import de.kontaktcharta.testing.ReadResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Endorsements, recommendations and the owner's profile (docs/formats/linkedin.md). */
class EvidenceReadersTest {

  @TempDir Path dir;

  @Test
  void endorsementsWithSchemelessUrl() throws IOException {
    String text =
        """
        Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,Endorsement Status
        2024/12/07 14:51:07 UTC,Projektmanagement,Anke,Brandt,www.linkedin.com/in/anke-brandt,ACCEPTED
        2024/11/30 08:00:00 UTC,Java,Bernd,Celik,www.linkedin.com/in/bernd-%C3%A7elik,ACCEPTED
        2024/11/29 08:00:00 UTC,Java,Carla,Dietz,www.linkedin.com/in/carla-dietz,REJECTED
        2024/11/28 08:00:00 UTC,Java,,,,ACCEPTED
        """;
    ReadResult r = Inputs.read(Inputs.write(dir, "Endorsement_Received_Info.csv", text));
    assertEquals(LinkedInKinds.ENDORSEMENTS, r.kind());
    assertCounts(r, 4, 2, 2);
    assertEquals(List.of(4, 5), r.sink().skippedLines());
    assertEquals("endorsement-status", r.sink().skippedRows().get(0).code());
    assertEquals(Severity.INFO, r.sink().skippedRows().get(0).severity());
    assertEquals("missing-person", r.sink().skippedRows().get(1).code());

    List<EndorsementFact> facts = r.sink().facts(EndorsementFact.class);
    EndorsementFact anke = facts.get(0);
    assertEquals("Anke Brandt", anke.endorser().displayName());
    assertEquals("Projektmanagement", anke.skill());
    assertEquals(LocalDate.of(2024, 12, 7), anke.date());
    assertEquals(
        new MatchKey(KeyKind.URL, "linkedin.com/in/anke-brandt"),
        Keys.forRegion("DE").of(anke.endorser()).get(0));
    assertEquals(
        new MatchKey(KeyKind.URL, "linkedin.com/in/bernd-çelik"),
        Keys.forRegion("DE").of(facts.get(1).endorser()).get(0));
  }

  @Test
  void endorsements2022WithoutUrlColumn() throws IOException {
    String text =
        """
        Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorsement Status
        2022/09/01 10:11:12 UTC,Beratung,Dörte,Evers,ACCEPTED
        """;
    ReadResult r = Inputs.read(Inputs.write(dir, "Endorsement_Received_Info.csv", text));
    assertEquals(LinkedInKinds.ENDORSEMENTS, r.kind());
    assertCounts(r, 1, 1, 0);
    PersonRef endorser = r.sink().facts(EndorsementFact.class).get(0).endorser();
    assertTrue(endorser.profileUrls().isEmpty());
    assertEquals(
        Keys.forName("Dörte Evers").orElseThrow(), Keys.forRegion("DE").of(endorser).get(0));
  }

  @Test
  void endorsements2022Utf16TabWithRedactedRows() throws IOException {
    String text =
        "\"Endorsement Date\"\t\"Skill Name\"\t\"Endorser First Name\"\t\"Endorser Last Name\""
            + "\t\"Endorsement Status\"\t\"Display Status\"\r\n"
            + "\"2022/05/01 10:00:00 UTC\"\t\"SQL\"\t\"Emil\"\t\"Fuchs\"\t\"Accepted\"\t\"Show\"\r\n"
            + "\"2022/04/01 10:00:00 UTC\"\t\"SQL\"\t\"\"\t\"\"\t\"Redacted\"\t\"\"\r\n";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(0xff);
    bytes.write(0xfe);
    bytes.writeBytes(text.getBytes(StandardCharsets.UTF_16LE));
    ReadResult r =
        Inputs.read(Inputs.write(dir, "Endorsement Received Info.csv", bytes.toByteArray()));
    assertEquals(LinkedInKinds.ENDORSEMENTS, r.kind());
    assertCounts(r, 2, 1, 1);
    assertEquals(List.of(3), r.sink().skippedLines());
    assertEquals("endorsement-status", r.sink().skippedRows().get(0).code());
    assertEquals(LocalDate.of(2022, 5, 1), r.sink().facts(EndorsementFact.class).get(0).date());
  }

  @Test
  void recommendationsWithZeroPaddedDates() throws IOException {
    String text =
        """
        First Name,Last Name,Company,Job Title,Text,Creation Date,Status
        Greta,Hahn,Hahn & Söhne,Teamleiterin,"Olivia hat unser Projekt ""gerettet"", sehr zu empfehlen.","12/09/22, 07:18 PM",VISIBLE
        ,,,,Ohne Namen,"01/02/23, 09:00 AM",VISIBLE
        """;
    ReadResult r = Inputs.read(Inputs.write(dir, "Recommendations_Received.csv", text));
    assertEquals(LinkedInKinds.RECOMMENDATIONS, r.kind());
    assertCounts(r, 2, 1, 1);
    assertEquals(List.of(3), r.sink().skippedLines());
    RecommendationFact fact = r.sink().facts(RecommendationFact.class).get(0);
    assertEquals("Greta Hahn", fact.author().displayName());
    assertEquals("Hahn & Söhne", fact.author().company());
    assertEquals("Teamleiterin", fact.author().position());
    assertEquals("Olivia hat unser Projekt \"gerettet\", sehr zu empfehlen.", fact.text());
    assertEquals(LocalDate.of(2022, 12, 9), fact.date());
  }

  @Test
  void unreadableDatesKeepTheRowsWithANote() throws IOException {
    ReadResult endorsements =
        Inputs.read(
            Inputs.write(
                dir,
                "e.csv",
                "Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name\n"
                    + "irgendwann,Java,Ida,Jung\n"));
    assertCounts(endorsements, 1, 1, 0);
    assertEquals(null, endorsements.sink().facts(EndorsementFact.class).get(0).date());
    assertEquals(
        "Endorsement Date: 'irgendwann' is not a date; date left empty",
        English.text(endorsements.sink().problems("bad-date").get(0)));

    ReadResult recommendations =
        Inputs.read(
            Inputs.write(
                dir, "r.csv", "First Name,Last Name,Text,Creation Date\nIda,Jung,Gut,13/13/13\n"));
    assertCounts(recommendations, 1, 1, 0);
    assertEquals(2, recommendations.sink().problems("bad-date").get(0).source().line());
  }

  @Test
  void profileNamesTheOwner() throws IOException {
    String text =
        """
        First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers
        Olivia,Owner,,,,"Beraterin für Netzwerke, Köln",,Consulting,,"Köln, Deutschland",,,
        """;
    ReadResult r = Inputs.read(Inputs.write(dir, "Profile.csv", text));
    assertEquals(LinkedInKinds.PROFILE, r.kind());
    assertCounts(r, 1, 1, 0);
    assertEquals(1, r.sink().owners.size());
    PersonRef owner = r.sink().owners.get(0);
    assertEquals("Olivia Owner", owner.displayName());
    assertEquals("Beraterin für Netzwerke, Köln", owner.position());
    assertEquals(2, r.sink().ownerSources.get(0).line());
  }

  @Test
  void profileWithoutNameIsSkipped() throws IOException {
    String text = "First Name,Last Name,Headline\n,,Nur eine Überschrift\n";
    ReadResult r = Inputs.read(Inputs.write(dir, "Profile.csv", text));
    assertEquals(LinkedInKinds.PROFILE, r.kind());
    assertCounts(r, 1, 0, 1);
    assertTrue(r.sink().owners.isEmpty());
    assertEquals(List.of(2), r.sink().skippedLines());
  }
}
