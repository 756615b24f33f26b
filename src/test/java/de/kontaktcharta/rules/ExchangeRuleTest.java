package de.kontaktcharta.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.Channel;
import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.model.Strength;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The EXCHANGE rule counts every channel together and gives one piece of evidence per channel. */
class ExchangeRuleTest {

  private static final LocalDate DAY = LocalDate.of(2026, 10, 1);

  private static ExchangeCount count(
      Channel channel, int theirs, int mine, int theirsIn, int mineIn) {
    return new ExchangeCount(
        channel,
        0,
        theirs,
        mine,
        theirsIn,
        mineIn,
        DAY.minusDays(30),
        DAY,
        SourceRef.wholeFile(channel.name()));
  }

  @Test
  void twoChannelsBelowTheThresholdEachAreStrongTogether() {
    List<Evidence> evidence =
        ExchangeRule.evidence(
            List.of(count(Channel.LINKEDIN, 2, 1, 2, 1), count(Channel.EMAIL, 1, 2, 1, 2)), 3);

    assertEquals(2, evidence.size());
    assertTrue(evidence.stream().allMatch(e -> e.strength() == Strength.STRONG && !e.expired()));
    assertEquals(List.of("3", "3"), evidence.get(0).detail().args().subList(7, 9));
  }

  @Test
  void oneChannelBelowTheThresholdIsWeak() {
    List<Evidence> evidence =
        ExchangeRule.evidence(List.of(count(Channel.WHATSAPP, 2, 2, 2, 2)), 3);
    assertEquals(Strength.WEAK, evidence.get(0).strength());
    assertEquals(ExchangeRule.RULE, evidence.get(0).rule());
  }

  @Test
  void messagesOneWayAreNoExchangeHoweverMany() {
    assertEquals(List.of(), ExchangeRule.evidence(List.of(count(Channel.EMAIL, 40, 0, 40, 0)), 3));
  }

  @Test
  void anOldThreadIsExpiredEvidence() {
    Evidence e = ExchangeRule.evidence(List.of(count(Channel.EMAIL, 5, 5, 0, 0)), 3).get(0);
    assertTrue(e.expired());
    assertEquals(Strength.STRONG, e.strength(), "strong once, but too long ago");
    assertEquals(ExchangeRule.WINDOW_RULE, e.rule());
  }

  @Test
  void twoAddressesOfOneContactOnOneChannelAreSummed() {
    List<Evidence> evidence =
        ExchangeRule.evidence(
            List.of(count(Channel.EMAIL, 2, 1, 2, 1), count(Channel.EMAIL, 1, 2, 1, 2)), 3);
    assertEquals(1, evidence.size());
    assertEquals(Strength.STRONG, evidence.get(0).strength());
    assertEquals("3", evidence.get(0).detail().args().get(1));
  }
}
