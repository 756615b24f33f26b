package de.kontaktcharta.rules;

import de.kontaktcharta.model.Charter;
import de.kontaktcharta.model.Detail;
import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.InteractionFact;
import de.kontaktcharta.model.ReasonCode;
import de.kontaktcharta.model.Strength;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One person's logged interactions counted against the charter's EXCHANGE thresholds. */
final class InteractionCount {

  private InteractionCount() {}

  /**
   * The EXCHANGE evidence of one person's interactions: strong with enough of them within the
   * window, expired when none is.
   */
  static Finding finding(
      List<InteractionFact> list, LocalDate today, Charter.Thresholds thresholds) {
    LocalDate from = today.minusDays(thresholds.exchangeWindowDays());
    InteractionFact newest = list.get(0);
    int inWindow = 0;
    List<String> channels = new ArrayList<>();
    for (InteractionFact i : list) {
      if (i.date().isAfter(newest.date())) {
        newest = i;
      }
      if (!i.date().isBefore(from) && !i.date().isAfter(today)) {
        inWindow++;
      }
      if (!i.channel().isEmpty() && !channels.contains(i.channel())) {
        channels.add(i.channel());
      }
    }
    Detail detail =
        Detail.of("exchange.interactions", list.size(), String.join(", ", channels), inWindow);
    Strength strength =
        inWindow >= thresholds.exchangeMinInteractions()
                || (inWindow == 0 && list.size() >= thresholds.exchangeMinInteractions())
            ? Strength.STRONG
            : Strength.WEAK;
    boolean expired = inWindow == 0;
    return new Finding(
        InteractionGroups.person(list, newest),
        false,
        new Evidence(
            ReasonCode.EXCHANGE,
            strength,
            newest.date(),
            newest.source(),
            expired ? "thresholds.exchange_window_days" : "thresholds.exchange_min_interactions",
            detail,
            expired),
        list);
  }
}
