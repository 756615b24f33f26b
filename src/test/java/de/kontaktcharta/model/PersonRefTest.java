package de.kontaktcharta.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.identity.Keys;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersonRefTest {

  @Test
  void partsAreTrimmedAndListsCleaned() {
    PersonRef p =
        new PersonRef(
            " Žofia ",
            "Çağla José ",
            "",
            " Acme ",
            null,
            Arrays.asList("a@b.de", " a@b.de ", "", null),
            List.of("https://www.linkedin.com/in/x", "\u00a0"));
    assertEquals("Žofia", p.firstName());
    assertEquals("Çağla José", p.lastName());
    assertEquals("Acme", p.company());
    assertEquals("", p.position());
    assertEquals(List.of("a@b.de"), p.emails());
    assertEquals(List.of("https://www.linkedin.com/in/x"), p.profileUrls());
    assertEquals("Žofia Çağla José", p.displayName());
    assertEquals(Optional.of("https://www.linkedin.com/in/x"), p.profileUrl());
  }

  @Test
  void displayNameFallsBackToTheFullName() {
    assertEquals("Riley Morgan", PersonRef.named("Riley Morgan").displayName());
    assertEquals(
        "Berg", new PersonRef("", "Berg", "Anna Berg", "", "", List.of(), List.of()).displayName());
  }

  @Test
  void emptyMeansNoNameNoEmailNoProfile() {
    assertTrue(PersonRef.named("").isEmpty());
    assertTrue(PersonRef.named(" ", " ").isEmpty());
    assertFalse(PersonRef.named("", "https://www.linkedin.com/in/x").isEmpty());
    assertFalse(new PersonRef("", "", "", "", "", List.of("a@b.de"), List.of()).isEmpty());
    assertTrue(
        new PersonRef("", "", "", "Acme", "CEO", List.of(), List.of()).isEmpty(),
        "a company alone names nobody");
  }

  @Test
  void keysStrongestFirst() {
    PersonRef p =
        new PersonRef(
            "Jürgen",
            "Müller",
            "",
            "Müller GmbH",
            "",
            List.of("J.Mueller@Example.de"),
            List.of("https://www.linkedin.com/in/juergen-m%C3%BCller", "urn:li:member:42"));
    assertEquals(
        List.of(
            "url:linkedin.com/in/juergen-müller",
            "urn:urn:li:member:42",
            "email:j.mueller@example.de",
            "name+company:juergen mueller|mueller",
            "name:juergen mueller"),
        Keys.forRegion("DE").of(p).stream().map(MatchKey::toString).toList());
  }

  @Test
  void listsAreRequired() {
    assertThrows(
        NullPointerException.class, () -> new PersonRef("a", "b", "", "", "", null, List.of()));
  }
}
