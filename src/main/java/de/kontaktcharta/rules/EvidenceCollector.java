package de.kontaktcharta.rules;

import de.kontaktcharta.model.Charter;
import de.kontaktcharta.model.Detail;
import de.kontaktcharta.model.EndorsementFact;
import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.Fact;
import de.kontaktcharta.model.InteractionFact;
import de.kontaktcharta.model.Invitation;
import de.kontaktcharta.model.ManualFact;
import de.kontaktcharta.model.MatchKey;
import de.kontaktcharta.model.MeetingFact;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.MessageFact;
import de.kontaktcharta.model.NoteFact;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.ReasonCode;
import de.kontaktcharta.model.RecommendationFact;
import de.kontaktcharta.model.RelationFact;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.model.Strength;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns facts into evidence as they are read. Facts that count (endorsements, messages,
 * interactions) are aggregated per person; everything that depends on the reference date is settled
 * in {@link #finish}.
 */
public final class EvidenceCollector {

  private final TextRules rules;
  private final Charter.Thresholds thresholds;
  private final Consumer<Problem> problems;
  private final FoldedText folded = new FoldedText();
  private final MessageTally messages;
  private final List<Finding> findings = new ArrayList<>();
  private final Map<String, List<EndorsementFact>> endorsements = new LinkedHashMap<>();
  private final InteractionGroups interactions;
  private final List<MeetingFact> meetings = new ArrayList<>();
  private final List<RelationFact> prospects = new ArrayList<>();
  private final List<ManualFact> manual = new ArrayList<>();
  private MessageEvidence messageEvidence;
  private final Taking taking = new Taking();

  public EvidenceCollector(TextRules rules, Consumer<Problem> problems) {
    this.rules = rules;
    this.thresholds = rules.charter().thresholds();
    this.problems = problems;
    this.messages = new MessageTally(rules);
    this.interactions = new InteractionGroups(rules.keys());
  }

  /** Takes one fact. */
  public void fact(Fact fact) {
    fact.accept(taking);
  }

  /** What each kind of fact adds: counted, kept for the reference date, or evidence at once. */
  private final class Taking implements Fact.Visitor<Void> {

    @Override
    public Void message(MessageFact m) {
      messages.add(m);
      return null;
    }

    @Override
    public Void endorsement(EndorsementFact e) {
      endorsements.computeIfAbsent(personKey(e.endorser()), k -> new ArrayList<>()).add(e);
      return null;
    }

    @Override
    public Void recommendation(RecommendationFact r) {
      findings.add(
          new Finding(
              r.author(),
              false,
              new Evidence(
                  ReasonCode.PROFILE,
                  Strength.STRONG,
                  r.date(),
                  r.source(),
                  "recommendation",
                  Detail.of("recommendation", FactEvidence.excerpt(r.text())),
                  false)));
      return null;
    }

    @Override
    public Void relation(RelationFact r) {
      EvidenceCollector.this.relation(r);
      return null;
    }

    @Override
    public Void meeting(MeetingFact m) {
      meetings.add(m);
      return null;
    }

    @Override
    public Void interaction(InteractionFact i) {
      interactions.add(i);
      return null;
    }

    @Override
    public Void manual(ManualFact m) {
      manual.add(m);
      return null;
    }

    @Override
    public Void note(NoteFact n) {
      findings.add(new Finding(n.person(), false, FactEvidence.note(n)));
      hints(n.person(), n.text(), n.date(), n.source(), "hint.note");
      return null;
    }
  }

  /**
   * Another name of a person, as an export links them (an X account number with its handle);
   * messages that use one of the names count with the others.
   */
  public void alias(PersonRef person) {
    messages.alias(person);
  }

  /** Reason hints in an invitation's text, for the other person. */
  public void invitationText(Invitation invitation) {
    hints(
        invitation.counterpart(),
        invitation.message(),
        invitation.sentOn(),
        invitation.source(),
        "hint.invitation");
  }

  /** Weak evidence for every reason whose wording the text uses, for the person it is about. */
  private void hints(
      PersonRef person, String text, LocalDate date, SourceRef source, String detailKey) {
    if (text.isEmpty()) {
      return;
    }
    folded.reset(text);
    rules
        .reasonHints(folded)
        .forEach(
            (reason, phrase) ->
                findings.add(
                    new Finding(
                        person,
                        false,
                        new Evidence(
                            reason,
                            Strength.WEAK,
                            date,
                            source,
                            "reasons." + reason + ".phrases",
                            Detail.of(detailKey, phrase),
                            false))));
  }

  /** The manual entries read so far (the reasons ledger and review columns). */
  public List<ManualFact> manual() {
    return List.copyOf(manual);
  }

  /**
   * All evidence, with the reference date applied.
   *
   * @param owners the owner as the inputs name them
   * @param today the export date or the date given with {@code --today}
   */
  public List<Finding> finish(List<PersonRef> owners, LocalDate today) {
    List<Finding> all = new ArrayList<>(findings);
    messageEvidence = messages.finish(owners, today, thresholds);
    all.addAll(messageEvidence.findings());
    endorsements.values().forEach(list -> all.add(FactEvidence.endorsements(list, thresholds)));
    interactions
        .groups()
        .forEach(list -> all.add(InteractionCount.finding(list, today, thresholds)));
    // the same people meet again and again: each one's keys are made once
    Map<PersonRef, List<MatchKey>> keysOf = new HashMap<>();
    for (MeetingFact m : meetings) {
      FactEvidence.meeting(m, today, thresholds)
          .ifPresent(
              e ->
                  m.participants()
                      .forEach(
                          p ->
                              all.add(
                                  Finding.withKeys(
                                      p, keysOf.computeIfAbsent(p, rules.keys()::of), e))));
    }
    return all;
  }

  private void relation(RelationFact r) {
    Optional<ReasonCode> reason = rules.relation(r.relation(), folded);
    if (reason.isEmpty()) {
      problems.accept(
          Problem.note(
              r.source(), Severity.INFO, Message.of("problem.relation-unknown", r.relation())));
      return;
    }
    findings.add(FactEvidence.relation(r, reason.get()));
  }

  /**
   * The messages of every channel as {@link #finish} counted them: who was credited is recorded
   * there by the assessment, and what counted for nobody is accounted for afterwards.
   */
  public MessageEvidence messages() {
    if (messageEvidence == null) {
      throw new IllegalStateException("finish first");
    }
    return messageEvidence;
  }

  private String personKey(PersonRef person) {
    List<MatchKey> keys = rules.keys().of(person);
    return keys.isEmpty() ? "?" + person.displayName() : keys.get(0).toString();
  }
}
