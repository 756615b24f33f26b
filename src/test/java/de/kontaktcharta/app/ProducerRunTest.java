package de.kontaktcharta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.Contact;
import de.kontaktcharta.model.ContactAssessment;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.ReasonCode;
import de.kontaktcharta.source.linkedin.LinkedInKinds;
import de.kontaktcharta.testing.Inputs;
import de.kontaktcharta.testing.Producers;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every producer file read in one run, beside a LinkedIn connection list: the people of issue 16
 * end up as one contact each, with a name to show, and organisations and assistants are no
 * contacts.
 */
class ProducerRunTest {

  @TempDir static Path tmp;

  private static AnalyseResult result;
  private static Map<String, ContactAssessment> byName;

  @BeforeAll
  static void analyse() throws Exception {
    // LinkedIn knows the particle as part of the family name, and gives no address
    Path connections =
        Inputs.write(
            tmp,
            "linkedin/Connections.csv",
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                + "Anton,von Allmen,,,Allmen Logistik AG,Leiter Einkauf,03 Feb 2025\n");
    Path producers = Producers.file("README.md").getParent();
    result =
        new AnalyseJob()
            .run(
                AnalyseSettings.of(
                    List.of(producers, connections),
                    tmp.resolve("out"),
                    LocalDate.of(2026, 3, 25),
                    LocalDate.of(2026, 3, 25)));
    byName =
        result.assessment().contacts().stream()
            .collect(Collectors.toMap(a -> a.contact().name(), Function.identity()));
  }

  @Test
  void googlesMiddleNameMergesAntonVonAllmenWithHisLinkedInConnection() {
    Contact anton = byName.get("Anton von Allmen").contact();

    assertTrue(anton.kinds().contains(LinkedInKinds.CONNECTIONS), anton.kinds()::toString);
    assertEquals(3, anton.sources().size(), "LinkedIn, the Google CSV and the Google vCard");
    assertEquals(LocalDate.of(2025, 2, 3), anton.connectedOn());
  }

  @Test
  void everyContactHasANameToShowAndAddressOnlyContactsAreShownByTheirAddress() {
    assertTrue(byName.keySet().stream().noneMatch(String::isBlank), byName.keySet()::toString);
    assertTrue(byName.containsKey("frieda.lohmann@example.de"), byName.keySet()::toString);
    assertTrue(byName.containsKey("info@hafenkontor.example"), byName.keySet()::toString);
    assertTrue(byName.containsKey("kontakt@hafenkontor.example"), byName.keySet()::toString);
  }

  @Test
  void organisationCardsAndGroupsAreNoContacts() {
    assertTrue(
        byName.values().stream()
            .noneMatch(
                a ->
                    a.contact().person().company().equals("Hafenkontor Nord GmbH")
                        && a.contact().person().displayName().isEmpty()));
    assertTrue(byName.keySet().stream().noneMatch(n -> n.contains("Projektteam")));
    assertEquals(2, problems("vcard-organisation").size(), "Evolution's and Apple's");
  }

  @Test
  void theLotusNotesAttendeeIsMetUnderHisNameWithoutTheOrganisation() {
    ContactAssessment thomas = byName.get("Thomas Brandt");

    assertTrue(thomas.reasons().contains(ReasonCode.MET), thomas::toString);
    assertTrue(byName.keySet().stream().noneMatch(n -> n.contains("/")), byName.keySet()::toString);
  }

  @Test
  void theCoachsConversationIsNoSecondExportOfTheMessagesAndNoContact() {
    assertEquals(List.of(), problems("export-twice"));
    assertTrue(byName.keySet().stream().noneMatch(n -> n.contains("Coach")));
  }

  private static List<Problem> problems(String code) {
    return result.problems().stream().filter(p -> p.code().equals(code)).toList();
  }
}
