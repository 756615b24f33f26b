package de.kontaktcharta.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.KeyKind;
import de.kontaktcharta.model.MatchKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeysTest {

  @Test
  void percentEncodedAndRawUnicodeProfileUrlsGiveOneKey() {
    Optional<MatchKey> encoded =
        Keys.forProfile("https://www.linkedin.com/in/redacted-3c2cb55a-%C3%A9");
    Optional<MatchKey> raw = Keys.forProfile("https://www.linkedin.com/in/redacted-3c2cb55a-é");
    assertEquals(encoded, raw);
    assertEquals(KeyKind.URL, raw.orElseThrow().kind());
    assertEquals("url:linkedin.com/in/redacted-3c2cb55a-é", raw.orElseThrow().toString());
    assertEquals(
        raw,
        Keys.forProfile("www.linkedin.com/in/redacted-3c2cb55a-%C3%A9/"),
        "endorsements write no scheme");
  }

  @Test
  void memberUrnIsItsOwnKind() {
    MatchKey urn = Keys.forProfile("urn:li:member:138327031").orElseThrow();
    assertEquals(new MatchKey(KeyKind.URN, "urn:li:member:138327031"), urn);
    assertEquals("urn:li", urn.site());
  }

  @Test
  void bareProfileUrlGivesNoKey() {
    assertEquals(Optional.empty(), Keys.forProfile("https://www.linkedin.com/in"));
  }

  @Test
  void siteOfUrlKeys() {
    assertEquals("linkedin.com", Keys.forProfile("https://linkedin.com/in/x").orElseThrow().site());
    assertEquals(
        "xing.com", Keys.forProfile("https://www.xing.com/profile/X").orElseThrow().site());
    assertEquals("example.org", Keys.forProfile("example.org").orElseThrow().site());
    assertEquals("", Keys.forEmail("a@b.de").orElseThrow().site());
  }

  @Test
  void email() {
    assertEquals(
        Optional.of(new MatchKey(KeyKind.EMAIL, "jane.doe@example.org")),
        Keys.forEmail(" Jane.Doe@Example.ORG\u00a0"));
    assertEquals(
        Optional.of(new MatchKey(KeyKind.EMAIL, "x@y.de")), Keys.forEmail("mailto:X@y.de"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "not-an-email", "@example.org", "jane@", "jane doe@example.org"})
  void noEmail(String raw) {
    assertEquals(Optional.empty(), Keys.forEmail(raw));
  }

  @Test
  void nameNeedsTwoParts() {
    assertEquals(
        Optional.of(new MatchKey(KeyKind.NAME, "juergen mueller")),
        Keys.forName("Dr. Jürgen Müller"));
    assertEquals(Optional.empty(), Keys.forName("Madonna"));
    assertEquals(Optional.empty(), Keys.forName("Dr. Müller"));
    assertEquals(Optional.empty(), Keys.forName(""));
  }

  @Test
  void nameAndCompanyDropsTheLegalForm() {
    assertEquals(
        Optional.of(new MatchKey(KeyKind.NAME_COMPANY, "juergen mueller|mueller bau")),
        Keys.forNameAndCompany("Jürgen Müller", "Müller Bau GmbH & Co. KG"));
    assertEquals(Optional.empty(), Keys.forNameAndCompany("Jürgen Müller", "GmbH"));
    assertEquals(Optional.empty(), Keys.forNameAndCompany("Jürgen Müller", ""));
    assertEquals(Optional.empty(), Keys.forNameAndCompany("Madonna", "Acme"));
  }

  @Test
  void keysSortStrongestFirst() {
    List<MatchKey> keys =
        new ArrayList<>(
            List.of(
                new MatchKey(KeyKind.NAME, "a b"),
                new MatchKey(KeyKind.EMAIL, "z@z.de"),
                new MatchKey(KeyKind.URL, "linkedin.com/in/b"),
                new MatchKey(KeyKind.NAME_COMPANY, "a b|c"),
                new MatchKey(KeyKind.URN, "urn:li:member:1"),
                new MatchKey(KeyKind.URL, "linkedin.com/in/a")));
    keys.sort(null);
    assertEquals(
        List.of(
            KeyKind.URL,
            KeyKind.URL,
            KeyKind.URN,
            KeyKind.EMAIL,
            KeyKind.NAME_COMPANY,
            KeyKind.NAME),
        keys.stream().map(MatchKey::kind).toList());
    assertEquals("linkedin.com/in/a", keys.get(0).value());
    assertEquals("name+company", KeyKind.NAME_COMPANY.label());
  }

  @Test
  void keyPartsAreRequired() {
    assertThrows(NullPointerException.class, () -> new MatchKey(null, "x"));
    assertThrows(NullPointerException.class, () -> new MatchKey(KeyKind.URL, null));
    assertTrue(new MatchKey(KeyKind.URL, "x").compareTo(new MatchKey(KeyKind.URL, "y")) < 0);
  }
}
