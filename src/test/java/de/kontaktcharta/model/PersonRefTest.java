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
  void anAddressWrittenAsTheNameIsAnAddressAndTheNameShown() {
    // Android shows an address-only contact under its address; some address books put it into
    // the given name
    PersonRef asFullName =
        new PersonRef("", "", "frieda.lohmann@example.de", "", "", List.of(), List.of());
    PersonRef asGivenName =
        new PersonRef("kontakt@hafenkontor.example", "", "", "", "", List.of(), List.of());
    assertEquals(List.of("frieda.lohmann@example.de"), asFullName.emails());
    assertEquals("", asFullName.displayName());
    assertEquals("frieda.lohmann@example.de", asFullName.shownName());
    assertEquals(List.of("kontakt@hafenkontor.example"), asGivenName.emails());
    assertEquals("", asGivenName.firstName());
    assertTrue(
        Keys.forRegion("DE").of(asFullName).stream().noneMatch(k -> k.kind() != KeyKind.EMAIL),
        "an address makes no name key");
    PersonRef both =
        new PersonRef("", "", "a@b.example", "", "", List.of("A@b.example"), List.of());
    assertEquals(List.of("A@b.example"), both.emails(), "the same address is not added twice");
    assertEquals(
        "Anna @ Home", PersonRef.named("Anna @ Home").displayName(), "a name with spaces stays");
  }

  @Test
  void theShownNameIsTheNameElseTheAddressElseTheProfile() {
    assertEquals("Anna Berg", PersonRef.named("Anna Berg", "https://x.example").shownName());
    assertEquals(
        "anna@berg.example",
        new PersonRef("", "", "", "", "", List.of("anna@berg.example"), List.of()).shownName());
    assertEquals(
        "https://www.linkedin.com/in/x",
        PersonRef.named("", "https://www.linkedin.com/in/x").shownName());
    assertEquals("", PersonRef.named("").shownName());
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
