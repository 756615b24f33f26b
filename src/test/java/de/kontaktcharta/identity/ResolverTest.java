package de.kontaktcharta.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.Direction;
import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.Invitation;
import de.kontaktcharta.model.NetworkEntry;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Platform;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.SourceRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResolverTest {

  private static final InputKind LIST = new InputKind("test-list", InputKind.Role.NETWORK);
  private static final PersonRef OWNER =
      PersonRef.named("Katrin Albers", "https://www.linkedin.com/in/katrin-albers");

  private final List<Problem> problems = new ArrayList<>();

  private Resolver resolver() {
    NetworkBuilder builder =
        new NetworkBuilder(List.of(OWNER), problems::add, Keys.forRegion("DE"));
    builder.add(entry("Anna Berg", "anna-berg", 2));
    builder.add(entry("Ben Kurz", "ben-kurz", 3));
    builder.add(entry("Ben Kurz", "ben-kurz-2", 4));
    Inviters inviters = new Inviters();
    PersonRef jana = PersonRef.named("Jana Vogt", "https://www.linkedin.com/in/jana-vogt");
    inviters.add(
        new Invitation(
            jana,
            OWNER,
            LocalDate.of(2026, 11, 1),
            "",
            Direction.INCOMING,
            Platform.LINKEDIN,
            new SourceRef("Invitations.csv", 2)),
        Keys.forRegion("DE").of(jana));
    return new Resolver(builder.build(), inviters);
  }

  private static NetworkEntry entry(String name, String slug, int line) {
    return new NetworkEntry(
        PersonRef.named(name, "https://www.linkedin.com/in/" + slug),
        null,
        Platform.LINKEDIN,
        LIST,
        new SourceRef("Connections.csv", line));
  }

  @Test
  void aContactIsFoundByProfileOrByAUniqueName() {
    Resolver resolver = resolver();
    assertTrue(
        resolver
            .resolve(PersonRef.named("A. Berg", "linkedin.com/in/anna-berg"))
            .contacts()
            .unique());
    assertTrue(resolver.resolve(PersonRef.named("Anna Berg")).contacts().unique());
  }

  @Test
  void aNameOfTwoContactsIsAmbiguousAndNeverAnInviter() {
    Resolver.Whom whom = resolver().resolve(PersonRef.named("Ben Kurz"));
    assertTrue(whom.contacts().ambiguous());
    assertEquals(Resolution.NONE, whom.inviters());
  }

  @Test
  void whoIsNoContactMayBeAnInviterOrTheOwner() {
    Resolver resolver = resolver();
    Resolver.Whom jana = resolver.resolve(PersonRef.named("Jana Vogt"));
    Resolver.Whom owner = resolver.resolve(OWNER);
    Resolver.Whom nobody = resolver.resolve(PersonRef.named("Nora Niemand"));
    assertTrue(jana.inviters().unique());
    assertFalse(jana.owner());
    assertTrue(owner.owner());
    assertTrue(nobody.contacts().matches().isEmpty() && nobody.inviters().matches().isEmpty());
    assertFalse(nobody.owner());
  }
}
