package de.kontaktcharta.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileUrlTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "https://www.linkedin.com/in/jane-doe|linkedin.com/in/jane-doe",
        "http://linkedin.com/in/jane-doe/|linkedin.com/in/jane-doe",
        "HTTPS://WWW.LinkedIn.com/in/Jane-Doe|linkedin.com/in/jane-doe",
        "www.linkedin.com/in/jane-doe|linkedin.com/in/jane-doe",
        "linkedin.com/in/jane-doe|linkedin.com/in/jane-doe",
        "https://www.linkedin.com/mwlite/in/jane-doe|linkedin.com/in/jane-doe",
        "//www.linkedin.com/in/jane-doe|linkedin.com/in/jane-doe",
        "https://de.linkedin.com/in/jane-doe|linkedin.com/in/jane-doe",
        "https://www.linkedin.com:443/in/jane-doe|linkedin.com/in/jane-doe",
        "https://www.linkedin.com/in/jane-doe?trk=public_profile&originalSubdomain=de|linkedin.com/in/jane-doe",
        "https://www.linkedin.com/in/jane-doe#experience|linkedin.com/in/jane-doe",
        "https://www.linkedin.com/in/jane-doe//|linkedin.com/in/jane-doe",
        "https://www.linkedin.com/in/jane-doe/de|linkedin.com/in/jane-doe",
        "https://www.linkedin.com/in/jane-doe/de-DE/|linkedin.com/in/jane-doe",
        "https://www.linkedin.com/in/jane-doe/details/experience/|linkedin.com/in/jane-doe",
        "`  https://www.linkedin.com/in/jane-doe\u00a0`|linkedin.com/in/jane-doe",
        "https://www.linkedin.com/in/redacted-3c2cb55a-%C3%A9|linkedin.com/in/redacted-3c2cb55a-é",
        "https://www.linkedin.com/in/redacted-3c2cb55a-%c3%a9|linkedin.com/in/redacted-3c2cb55a-é",
        "https://www.linkedin.com/in/redacted-3c2cb55a-é|linkedin.com/in/redacted-3c2cb55a-é",
        "https://www.linkedin.com/in/JOSÉ-GARCÍA|linkedin.com/in/josé-garcía",
        "https://www.linkedin.com/in/100%-sure|linkedin.com/in/100%-sure",
        "https://www.linkedin.com/in/a+b|linkedin.com/in/a+b",
        "https://www.linkedin.com/pub/jane-doe/12/345/678|linkedin.com/pub/jane-doe/12/345/678",
        "urn:li:member:138327031|urn:li:member:138327031",
        "URN:LI:MEMBER:138327031|urn:li:member:138327031",
        "urn:li:fs_profile:ACoAABcdEF|urn:li:fs_profile:acoaabcdef",
        "https://www.xing.com/profile/Max_Mustermann/cv|xing.com/profile/max_mustermann",
        "https://www.xing.com/profiles/Max_Mustermann|xing.com/profile/max_mustermann",
        "https://www.example.com/team/jane/|example.com/team/jane",
        "example.org|example.org",
      })
  void normalise(String raw, String expected) {
    assertEquals(Optional.of(expected), ProfileUrl.normalise(raw));
    assertFalse(ProfileUrl.isBroken(raw));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "https://www.linkedin.com/in",
        "https://www.linkedin.com/in/",
        "https://www.linkedin.com/in/?trk=x",
        "https://www.linkedin.com",
        "https://www.linkedin.com/company/acme",
        "https://www.linkedin.com/feed/",
        "https://www.xing.com/companies/acme",
        "Jane Doe",
        "not a url",
        "urn:li:organization:1234",
      })
  void brokenOrNoProfile(String raw) {
    assertEquals(Optional.empty(), ProfileUrl.normalise(raw));
    assertTrue(ProfileUrl.isBroken(raw));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\u00a0"})
  void emptyIsNeitherAUrlNorBroken(String raw) {
    assertEquals(Optional.empty(), ProfileUrl.normalise(raw));
    assertFalse(ProfileUrl.isBroken(raw));
  }

  @Test
  void nullIsEmpty() {
    assertEquals(Optional.empty(), ProfileUrl.normalise(null));
    assertFalse(ProfileUrl.isBroken(null));
  }

  @Test
  void slugsThatAreNoUtf8StayApart() {
    assertEquals(
        Optional.of("linkedin.com/in/jos%e9"),
        ProfileUrl.normalise("https://www.linkedin.com/in/jos%E9"));
    assertFalse(
        ProfileUrl.normalise("https://www.linkedin.com/in/jos%E9")
            .equals(ProfileUrl.normalise("https://www.linkedin.com/in/jos%E8")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "%C3%A9|é",
        "caf%C3%A9%20bar|café bar",
        "%F0%9F%98%80|😀",
        "%zz|%zz",
        "100%|100%",
        "ab%4|ab%4",
        "a+b|a+b",
        "é%C3%A9|éé",
        "no percent|no percent",
        "jos%E9|jos%E9",
        "%C3|%C3",
      })
  void percentDecode(String raw, String decoded) {
    assertEquals(decoded, ProfileUrl.percentDecode(raw));
  }
}
