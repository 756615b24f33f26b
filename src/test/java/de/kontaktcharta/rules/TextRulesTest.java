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

  private List<Signal> signals(String text, Platform platform) {
    return signals(text, platform, false);
  }

  private List<Signal> signals(String text, Platform platform, boolean exchange) {
    return RULES.textSignals(scratch.reset(text), platform, at(2), exchange).stream()
        .map(SignalHit::signal)
        .toList();
  }
}
