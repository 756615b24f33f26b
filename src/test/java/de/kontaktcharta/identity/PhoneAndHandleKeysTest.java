package de.kontaktcharta.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.KeyKind;
import de.kontaktcharta.model.MatchKey;
import de.kontaktcharta.model.PersonRef;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Phone numbers become one E.164 key however they are written; handles one key per account. */
class PhoneAndHandleKeysTest {

  private final Keys german = Keys.forRegion("DE");

  private Optional<String> phone(Keys keys, String raw) {
    return keys.forPhone(raw).map(MatchKey::value);
  }

  @Test
  void nationalInternationalAndDoubleZeroFormsAreOneNumber() {
    for (String raw :
        List.of(
            "0171 1234567",
            "+49 171 1234567",
            "0049 171 1234567",
            "+49 (0)171 123 45 67",
            "0171/1234567",
            "tel:+49-171-1234567",
            "\u202a+49\u00a0171\u00a01234567\u202c")) {
      assertEquals(Optional.of("+491711234567"), phone(german, raw), raw);
    }
  }

  @Test
  void theRegionOfTheCharterDecidesNumbersWithoutCountryCode() {
    assertEquals(Optional.of("+436641234567"), phone(Keys.forRegion("AT"), "0664 1234567"));
    assertEquals(Optional.of("+491711234567"), phone(Keys.forRegion("AT"), "+49 171 1234567"));
    assertEquals(Optional.empty(), phone(Keys.forRegion("XX"), "0171 1234567"));
  }

  @Test
  void textThatIsNoNumberGivesNoKey() {
    for (String raw : List.of("", "123", "Büro 0171 1234567", "n/a", "++++")) {
      assertEquals(Optional.empty(), phone(german, raw), raw);
    }
  }

  @Test
  void handlesAreWrittenAsChannelAndAccountOrAsLinks() {
    assertEquals(handle("x:@erika_m"), handle("https://twitter.com/Erika_M"));
    assertEquals(handle("x:@erika_m"), handle("https://x.com/erika_m/"));
    assertEquals(handle("x:@erika_m"), handle("twitter:erika_m"));
    assertEquals("mastodon:@erika@social.example", handle("@Erika@social.example").orElseThrow());
    assertEquals(handle("mastodon:@erika@social.example"), handle("https://social.example/@erika"));
    assertEquals("telegram:user123", handle("telegram:user123").orElseThrow());
    assertEquals("telegram:@erika_m", handle("https://t.me/erika_m").orElseThrow());
    assertEquals(Optional.empty(), handle("https://x.com/home"));
    assertEquals(Optional.empty(), handle("https://www.example.com/team"));
    assertEquals(Optional.empty(), handle("@erika"), "a bare @name names no channel");
  }

  private static Optional<String> handle(String raw) {
    return Keys.forHandle(raw).map(MatchKey::value);
  }

  @Test
  void phonesAndHandlesAreKeysOfAPersonAfterTheOthers() {
    PersonRef erika =
        new PersonRef(
            "Erika",
            "Mustermann",
            "",
            "",
            "",
            List.of("erika@example.com"),
            List.of(),
            List.of("0171 1234567", "+49 171 1234567"),
            List.of("https://x.com/erika_m"));
    List<KeyKind> kinds = german.of(erika).stream().map(MatchKey::kind).toList();
    assertEquals(List.of(KeyKind.EMAIL, KeyKind.NAME, KeyKind.PHONE, KeyKind.HANDLE), kinds);
    assertTrue(KeyKind.PHONE.strong() && KeyKind.HANDLE.strong() && !KeyKind.NAME.strong());
  }

  @Test
  void aChatPartnerKnownByNumberFindsTheContactWithThatNumber() {
    NetworkBuilder builder = new NetworkBuilder(List.of(), p -> {}, german);
    builder.add(
        new de.kontaktcharta.model.NetworkEntry(
            new PersonRef("Erika", "Mustermann", "", "", "", List.of(), List.of())
                .withChannels(List.of("0171 1234567"), List.of()),
            null,
            de.kontaktcharta.model.Platform.OTHER,
            new de.kontaktcharta.model.InputKind(
                "test", de.kontaktcharta.model.InputKind.Role.NETWORK),
            new de.kontaktcharta.model.SourceRef("kontakte.vcf", 1)));
    builder.add(
        new de.kontaktcharta.model.NetworkEntry(
            PersonRef.named("Erika Mustermann", "https://www.linkedin.com/in/erika-m"),
            null,
            de.kontaktcharta.model.Platform.LINKEDIN,
            new de.kontaktcharta.model.InputKind(
                "test2", de.kontaktcharta.model.InputKind.Role.NETWORK),
            new de.kontaktcharta.model.SourceRef("Connections.csv", 2)));
    Network network = builder.build();
    assertEquals(1, network.contacts().size(), "merged by name");
    Resolution r = network.resolve(PersonRef.phone("\u202a+49 171 1234567\u202c"));
    assertTrue(r.unique());
    assertEquals(KeyKind.PHONE, r.via());
  }
}
