package de.kontaktcharta.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.kontaktcharta.identity.Keys;
import de.kontaktcharta.model.InteractionFact;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.SourceRef;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InteractionGroupsTest {

  private static InteractionFact fact(int line, String name, String email) {
    PersonRef p =
        new PersonRef(
            "", "", name, "", "", email.isEmpty() ? List.of() : List.of(email), List.of());
    return new InteractionFact(
        p, "E-Mail", LocalDate.of(2024, 1, line), "", new SourceRef("log.csv", line));
  }

  @Test
  void rowsNamingOnePersonDifferentlyAreCountedTogether() {
    InteractionGroups groups = new InteractionGroups(Keys.forRegion("DE"));
    groups.add(fact(1, "", "max@example.com"));
    groups.add(fact(2, "Max Mustermann", ""));
    groups.add(fact(3, "Erika Musterfrau", ""));
    groups.add(fact(4, "Dr. Max Mustermann", "max@example.com"));
    groups.add(fact(5, "Erika", ""));

    List<List<InteractionFact>> all = groups.groups();
    assertEquals(List.of(3, 1, 1), all.stream().map(List::size).toList());
    InteractionFact newest = all.get(0).get(2);
    PersonRef max = InteractionGroups.person(all.get(0), newest);
    assertEquals("Dr. Max Mustermann", max.displayName());
    assertEquals(List.of("max@example.com"), max.emails());
  }
}
