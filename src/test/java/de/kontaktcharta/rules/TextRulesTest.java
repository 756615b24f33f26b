package de.kontaktcharta.rules;

import static de.kontaktcharta.rules.RulesFixture.RULES;
import static de.kontaktcharta.rules.RulesFixture.at;
import static de.kontaktcharta.rules.RulesFixture.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.Detail;
import de.kontaktcharta.model.Platform;
import de.kontaktcharta.model.ReasonCode;
import de.kontaktcharta.model.Signal;
import de.kontaktcharta.model.SignalHit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextRulesTest {

  private final FoldedText scratch = new FoldedText();

  @Test
  void ofSeveralRelationColumnsTheFirstThatMeansSomethingCountsAndANegationNone() {
    assertEquals(Optional.of(ReasonCode.CLIENT), RULES.relation("Kunde | aktiv", scratch));
    assertEquals(Optional.of(ReasonCode.PROSPECT), RULES.relation("aktiv | Lead", scratch));
    assertEquals(Optional.empty(), RULES.relation("kein Kunde", scratch));
  }

  @Test
  void aProfileIsPoorForDigitsCapitalsOrASingleName() {
    assertEquals(
        "poor.digits",
        RULES.profilePoor(person("Anna2", "Berg", "", ""), false, scratch).map(Detail::key).get());
    assertEquals(
        "poor.capitals",
        RULES.profilePoor(person("ANNA", "BERG", "", ""), false, scratch).map(Detail::key).get());
    assertEquals(
        "poor.single",
        RULES.profilePoor(person("Anna", "", "", ""), false, scratch).map(Detail::key).get());
    assertEquals(
        Optional.empty(), RULES.profilePoor(person("Anna", "Berg", "", ""), false, scratch));
  }

  @Test
  void anEmptyTextIsNoBackgroundOnXingOnlyWhereTheCharterSaysSo() {
    List<Signal> linkedIn = signals("", Platform.LINKEDIN);
    List<Signal> xing = signals("", Platform.XING);
    boolean onLinkedIn = RULES.charter().signals().emptyTextSignal().contains(Platform.LINKEDIN);
    boolean onXing = RULES.charter().signals().emptyTextSignal().contains(Platform.XING);
    assertEquals(onLinkedIn, linkedIn.contains(Signal.NO_BACKGROUND));
    assertEquals(onXing, xing.contains(Signal.NO_BACKGROUND));
  }

  @Test
  void aGroupAsTheOnlyLinkIsNoSignalWithSomebodyTheOwnerExchangesWith() {
    String text = "Wir sind beide Mitglied in der Gruppe Agile Coaches";
    List<Signal> stranger = signals(text, Platform.LINKEDIN, false);
    List<Signal> partner = signals(text, Platform.LINKEDIN, true);
    assertTrue(stranger.contains(Signal.GROUP_ONLY), stranger.toString());
    assertTrue(!partner.contains(Signal.GROUP_ONLY), partner.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "the end of a compound|Ich kümmere mich um Ihre Berufsunfähigkeitsversicherung.|true",
        "a plural ending|Krankenversicherungen vergleiche ich kostenlos für Sie.|true",
        "a female ending|Als Immobilienmaklerin finde ich die passende Halle für Sie.|true",
        "a part inside a compound|Ich berate Sie zur Altersvorsorgeplanung.|true",
        "a hyphenated compound|Mit meinem Führungskräfte-Coaching helfe ich Teams.|true",
        "a word that merely contains the part|Ich arbeite bei einer Transportversicherung in Köln.|false",
        "a trade that merely ends like a broker|Ich bin Schiffsmakler in Bremen und spezialisiert auf Projektladung.|false",
        "the part as the start of another word|Meine Versicherungsnummer ist für Sie kostenlos.|false",
        "a service named as a topic, not offered|Ich schreibe meine Masterarbeit über Altersvorsorge.|false",
      })
  void pitchesAreSeenInThePartsOfCompoundsButNotInWordsThatMerelyContainThem(
      String what, String text, boolean pitch) {
    assertEquals(pitch, signals(text, Platform.LINKEDIN).contains(Signal.SALES_PITCH), what);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "met|Wir haben uns auf der LogiMAT kennengelernt.|true",
        "not yet met|Wir haben uns noch nicht kennengelernt, aber ich schätze Ihre Arbeit.|false",
        "missed|Wir haben uns auf der Messe knapp verpasst.|false",
        "a negation in another sentence|Nicht zu fassen. Wir haben uns auf der Messe getroffen!|true",
        "a negation far away|Nicht jeder kommt zum Stammtisch nach Bremen – umso schöner, dass wir uns dort begegnet sind.|true",
      })
  void aMeetingIsNoHintWhereAWordCloseByCancelsIt(String what, String text, boolean met) {
    assertEquals(met, RULES.reasonHints(scratch.reset(text)).containsKey(ReasonCode.MET), what);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a question a message answers|Wer ist bei Ihnen für den Einkauf zuständig?|true",
        "a question about connecting only|Dürfen wir uns vernetzen?|false",
        "a rhetorical question in a pitch|Sind Ihre Lager voll ausgelastet? Unsere Software zeigt es Ihnen.|false",
      })
  void aQuestionCountsAsMessageWouldDoUnlessItAsksToConnectOrIsPartOfAPitch(
      String what, String text, boolean message) {
    assertEquals(message, signals(text, Platform.LINKEDIN).contains(Signal.MESSAGE_WOULD_DO), what);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a title the writer introduces themselves with|Ich bin Personalberaterin mit Fokus Logistik.|true",
        "an adjective in between|I'm a certified career coach for logistics people.|true",
        "the title of someone else|Meine Schwester ist Headhunterin und meinte, wir sollten uns vernetzen.|false",
        "a title and a reason|Als Recruiterin war ich in Ihrem Workshop – danke für die Einblicke!|false",
      })
  void aJobTitleInATextIsAPitchOnlyWhenTheWriterIntroducesThemselvesWithIt(
      String what, String text, boolean pitch) {
    assertEquals(pitch, signals(text, Platform.LINKEDIN).contains(Signal.SALES_PITCH), what);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a greeting only|Guten Morgen!|true",
        "a request to connect in other words|Hallo Frau Albers, gerne vernetzen. Viele Grüße|true",
        "a concrete background besides the request|Ich würde mich gern vernetzen, weil ich ab April die Disposition bei Ihrem Kunden Hafen Logistik in Bremen übernehme.|false",
      })
  void aTextOfGreetingsAndARequestToConnectHasNoBackground(String what, String text, boolean none) {
    assertEquals(none, signals(text, Platform.LINKEDIN).contains(Signal.NO_BACKGROUND), what);
  }

  private List<Signal> signals(String text, Platform platform) {
    return signals(text, platform, false);
  }

  private List<Signal> signals(String text, Platform platform, boolean exchange) {
    return RULES.textSignals(scratch.reset(text), platform, at(2), exchange).stream()
        .map(SignalHit::signal)
        .toList();
  }
}
