package de.kontaktcharta.rules;

import de.kontaktcharta.model.Charter;
import de.kontaktcharta.model.Detail;
import de.kontaktcharta.model.EndorsementFact;
import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.MeetingFact;
import de.kontaktcharta.model.NoteFact;
import de.kontaktcharta.model.ReasonCode;
import de.kontaktcharta.model.RelationFact;
import de.kontaktcharta.model.Strength;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The evidence each kind of fact gives, as the charter's rules and thresholds say. */
final class FactEvidence {

  private FactEvidence() {}

  /** The evidence of a CRM row whose relation means CLIENT or PROSPECT. */
  static Finding relation(RelationFact r, ReasonCode reason) {
    boolean companyOnly = r.companyOnly();
    if (reason == ReasonCode.CLIENT) {
      Strength strength = companyOnly ? Strength.WEAK : Strength.STRONG;
      Detail detail =
          companyOnly
              ? Detail.of("relation.company", r.person().company(), r.relation())
              : Detail.of("relation", r.relation());
      return new Finding(
          r.person(),
          companyOnly,
          new Evidence(
              ReasonCode.CLIENT,
              strength,
              r.date(),
              r.source(),
              companyOnly ? "relations.client (company only)" : "relations.client",
              detail,
              false));
    }
    return new Finding(r.person(), companyOnly, prospect(r, companyOnly));
  }

  private static Evidence prospect(RelationFact r, boolean companyOnly) {
    Strength strength = companyOnly || r.date() == null ? Strength.WEAK : Strength.STRONG;
    Detail detail =
        companyOnly
            ? Detail.of("relation.company", r.person().company(), r.relation())
            : Detail.of(r.date() == null ? "relation.undated" : "relation", r.relation());
    // The aging is applied by the classifier, which knows the reference date.
    return new Evidence(
        ReasonCode.PROSPECT, strength, r.date(), r.source(), "relations.prospect", detail, false);
  }

  /** One person's endorsements: strong PROFILE evidence from the charter's minimum on. */
  static Finding endorsements(List<EndorsementFact> list, Charter.Thresholds thresholds) {
    EndorsementFact newest = list.get(0);
    List<String> skills = new ArrayList<>();
    for (EndorsementFact e : list) {
      if (e.date() != null && (newest.date() == null || e.date().isAfter(newest.date()))) {
        newest = e;
      }
      if (!e.skill().isEmpty() && !skills.contains(e.skill())) {
        skills.add(e.skill());
      }
    }
    Strength strength =
        list.size() >= thresholds.minEndorsements() ? Strength.STRONG : Strength.WEAK;
    Detail detail = Detail.of("endorsements", list.size(), String.join(", ", skills));
    return new Finding(
        newest.endorser(),
        false,
        new Evidence(
            ReasonCode.PROFILE,
            strength,
            newest.date(),
            newest.source(),
            "thresholds.min_endorsements",
            detail,
            false));
  }

  /** A past meeting, or one planned within the charter's soon window; none further ahead. */
  static Optional<Evidence> meeting(MeetingFact m, LocalDate today, Charter.Thresholds thresholds) {
    String title = m.title();
    if (m.date().isAfter(today)) {
      if (m.date().isAfter(today.plusDays(thresholds.soonDays()))) {
        return Optional.empty();
      }
      return Optional.of(
          new Evidence(
              ReasonCode.MET,
              Strength.STRONG,
              m.date(),
              m.source(),
              "thresholds.soon_days",
              Detail.of("meeting.planned", title),
              false));
    }
    boolean expired =
        thresholds.metValidDays() > 0
            && m.date().isBefore(today.minusDays(thresholds.metValidDays()));
    return Optional.of(
        new Evidence(
            ReasonCode.MET,
            Strength.STRONG,
            m.date(),
            m.source(),
            "meeting",
            Detail.of("meeting", title),
            expired));
  }

  /** How much of a note the evidence shows; notes are short, and the rest is in the export. */
  static final int NOTE_SHOWN = 500;

  /**
   * A note the owner wrote about the person: the owner's own words on why the person is there, but
   * not written against the charter's reasons, so weak evidence recorded by hand.
   */
  static Evidence note(NoteFact n) {
    String text = n.text().replaceAll("\\s+", " ");
    String shown = text.length() > NOTE_SHOWN ? text.substring(0, NOTE_SHOWN - 1) + "…" : text;
    return new Evidence(
        ReasonCode.MANUAL,
        Strength.WEAK,
        n.date(),
        n.source(),
        "note",
        Detail.of("note", Detail.label("platform." + n.platform().name()), shown),
        false);
  }

  /** The start of a long text, enough to recognise it. */
  static String excerpt(String text) {
    return text.length() > 80 ? text.substring(0, 79) + "…" : text;
  }
}
