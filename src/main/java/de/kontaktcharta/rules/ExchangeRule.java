package de.kontaktcharta.rules;

import de.kontaktcharta.model.Channel;
import de.kontaktcharta.model.Detail;
import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.ReasonCode;
import de.kontaktcharta.model.Strength;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The charter's EXCHANGE rule, the same for every channel: within {@code exchange_window_days}
 * before the reference date the exchange is strong when the person sent at least {@code
 * exchange_min_messages} one-to-one messages to the owner and the owner as many to them, counting
 * all channels together; weak with at least one each way in the window; older messages are expired
 * evidence. Messages one way only are no exchange at all. Each channel gives one piece of evidence
 * with its own counts, the strength of all channels together and its latest source. A channel whose
 * export holds only the owner's side (Mastodon) is weak evidence at most and stays out of the sums.
 */
final class ExchangeRule {

  static final String RULE = "thresholds.exchange_min_messages";
  static final String WINDOW_RULE = "thresholds.exchange_window_days";

  private ExchangeRule() {}

  /** The evidence of one person's counts, possibly of several channels and addresses. */
  static List<Evidence> evidence(List<ExchangeCount> counts, int min) {
    Map<Channel, ExchangeCount> byChannel = new EnumMap<>(Channel.class);
    for (ExchangeCount c : counts) {
      byChannel.merge(c.channel(), c, ExchangeCount::plus);
    }
    List<Evidence> evidence = new ArrayList<>();
    int theirsIn = 0;
    int mineIn = 0;
    int theirs = 0;
    int mine = 0;
    for (ExchangeCount c : byChannel.values()) {
      if (c.channel().oneSided()) {
        oneSided(c).ifPresent(evidence::add);
        continue;
      }
      theirsIn += c.theirsInWindow();
      mineIn += c.mineInWindow();
      theirs += c.theirs();
      mine += c.mine();
    }
    if (theirs == 0 || mine == 0) {
      return evidence;
    }
    boolean strong = theirsIn >= min && mineIn >= min;
    boolean current = theirsIn > 0 && mineIn > 0;
    Strength old = theirs >= min && mine >= min ? Strength.STRONG : Strength.WEAK;
    for (ExchangeCount c : byChannel.values()) {
      if (c.channel().oneSided()) {
        continue;
      }
      boolean inWindow = c.theirsInWindow() + c.mineInWindow() > 0;
      Detail detail = detail(c, theirsIn, mineIn);
      if (current && inWindow) {
        Strength strength = strong ? Strength.STRONG : Strength.WEAK;
        evidence.add(
            new Evidence(ReasonCode.EXCHANGE, strength, c.last(), c.source(), RULE, detail, false));
      } else {
        evidence.add(
            new Evidence(
                ReasonCode.EXCHANGE, old, c.last(), c.source(), WINDOW_RULE, detail, true));
      }
    }
    return evidence;
  }

  /**
   * A channel whose export holds only what the owner sent: what the owner wrote to the person is
   * weak evidence in the window, expired before it, and never counts toward the threshold.
   */
  private static Optional<Evidence> oneSided(ExchangeCount c) {
    if (c.mine() == 0) {
      return Optional.empty();
    }
    boolean current = c.mineInWindow() > 0;
    Detail detail =
        Detail.of(
            "exchange.one_sided",
            Detail.label("channel." + c.channel().name()),
            c.mineInWindow(),
            c.mine(),
            c.first(),
            c.last());
    return Optional.of(
        new Evidence(
            ReasonCode.EXCHANGE,
            Strength.WEAK,
            c.last(),
            c.source(),
            current ? RULE : WINDOW_RULE,
            detail,
            !current));
  }

  /** The channel's counts, its first and last day, and the counts of all channels in the window. */
  static Detail detail(ExchangeCount c, int allTheirsIn, int allMineIn) {
    return Detail.of(
        "exchange.channel",
        Detail.label("channel." + c.channel().name()),
        c.theirsInWindow(),
        c.mineInWindow(),
        c.theirs(),
        c.mine(),
        c.first(),
        c.last(),
        allTheirsIn,
        allMineIn);
  }
}
