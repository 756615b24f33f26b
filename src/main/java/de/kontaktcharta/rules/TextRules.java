package de.kontaktcharta.rules;

import de.kontaktcharta.identity.Keys;
import de.kontaktcharta.identity.ProfileUrl;
import de.kontaktcharta.model.Charter;
import de.kontaktcharta.model.Detail;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Platform;
import de.kontaktcharta.model.ReasonCode;
import de.kontaktcharta.model.RelationFact;
import de.kontaktcharta.model.Signal;
import de.kontaktcharta.model.SignalHit;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.model.TextFold;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The charter's wording rules compiled once: which reasons a text hints at, and which decline
 * signals a text or a profile shows.
 */
public final class TextRules {

  /** Reasons that invitation and message wording can hint at. */
  static final List<ReasonCode> WORDED =
      List.of(
          ReasonCode.MET,
          ReasonCode.EXCHANGE,
          ReasonCode.CLIENT,
          ReasonCode.PROSPECT,
          ReasonCode.PROFILE);

  private final Charter charter;
  private final Map<Signal, PhraseMatcher> signals = new EnumMap<>(Signal.class);
  private final PhraseMatcher titles;
  private final PhraseMatcher placeholders;
  private final PhraseMatcher clientRelations;
  private final PhraseMatcher prospectRelations;
  private final TextSignals textSignals;
  private final ReasonWording reasons;
  private final boolean hasReasonWording;
  private final Keys keys;

  public TextRules(Charter charter) {
    this.charter = charter;
    this.keys = Keys.forRegion(charter.owner().phoneRegion());
    reasons = new ReasonWording(charter, WORDED);
    for (Signal signal : Signal.values()) {
      signals.put(signal, new PhraseMatcher(charter.signals().rule(signal).wording()));
    }
    Charter.SignalRules s = charter.signals();
    titles = new PhraseMatcher(s.pitchTitles(), List.of());
    placeholders = new PhraseMatcher(s.placeholderNames(), List.of());
    clientRelations = new PhraseMatcher(charter.clientRelations());
    prospectRelations = new PhraseMatcher(charter.prospectRelations());
    textSignals = new TextSignals(this, signals, titles);
    // asked once per message row, so answered once here
    hasReasonWording = !reasons.isEmpty();
  }

  public Charter charter() {
    return charter;
  }

  /** Makes identity keys, phone numbers in the charter's region. */
  public Keys keys() {
    return keys;
  }

  /**
   * The reasons the text hints at, each with its phrase: one that no word of the reason's {@code
   * unless} list cancels close to it ("noch nicht kennengelernt", "auf der Messe verpasst").
   */
  Map<ReasonCode, String> reasonHints(FoldedText text) {
    return reasons.hints(text);
  }

  /**
   * {@link #reasonHints} without the first look at the raw text: for a text that {@link #mayHint}
   * let through already (a message, which is looked at before it is folded), and to check that
   * look.
   */
  Map<ReasonCode, String> matchedHints(FoldedText text) {
    return reasons.matched(text);
  }

  /**
   * False when the raw text cannot hint at any reason, so that it need not be folded: true for
   * every text that does, and for a few more.
   */
  boolean mayHint(CharSequence raw) {
    return reasons.mayHint(raw);
  }

  /** True when the text hints at any reason. */
  boolean hintsAtAReason(FoldedText text) {
    return !reasonHints(text).isEmpty();
  }

  /** True when any reason wording is configured. */
  boolean hasReasonWording() {
    return hasReasonWording;
  }

  /**
   * The decline signals in an invitation text. GROUP_ONLY is left out when the person already
   * exchanges with the owner.
   */
  List<SignalHit> textSignals(
      FoldedText text, Platform platform, SourceRef source, boolean hasExchange) {
    return textSignals.of(text, platform, source, hasExchange);
  }

  /** A job title that marks a recruiter, coach or financial broker, if the position has one. */
  Optional<String> pitchTitle(String position, FoldedText scratch) {
    if (TextFold.isBlank(position)) {
      return Optional.empty();
    }
    return titles.find(scratch.reset(position)).map(PhraseMatcher.Hit::phrase);
  }

  /**
   * Why a profile looks poorly kept, if it does.
   *
   * @param knowsCompanyAndPosition true when the source has company and position columns, so that
   *     their absence means something
   */
  Optional<Detail> profilePoor(
      PersonRef person, boolean knowsCompanyAndPosition, FoldedText scratch) {
    Charter.ProfileChecks checks = charter.signals().profileChecks();
    String name = person.displayName();
    if (!placeholders.isEmpty() && !name.isEmpty()) {
      Optional<PhraseMatcher.Hit> hit = placeholders.find(scratch.reset(name));
      if (hit.isPresent() && hit.get().words() == scratch.tokenCount()) {
        return Optional.of(Detail.of("poor.placeholder", name));
      }
    }
    if (checks.digits() && name.chars().anyMatch(Character::isDigit)) {
      return Optional.of(Detail.of("poor.digits", name));
    }
    if (checks.allCaps() && isAllCaps(name)) {
      return Optional.of(Detail.of("poor.capitals", name));
    }
    if (checks.singleName() && name.isBlank()) {
      // an address-book entry of a company or a mailbox: nobody can say who this is
      return Optional.of(Detail.of("poor.noname"));
    }
    if (checks.singleName() && scratch.reset(name).tokenCount() < 2) {
      return Optional.of(Detail.of("poor.single", name));
    }
    if (checks.brokenUrl()) {
      for (String url : person.profileUrls()) {
        if (ProfileUrl.isBroken(url)) {
          return Optional.of(Detail.of("poor.url", url));
        }
      }
    }
    if (checks.noCompanyAndPosition()
        && knowsCompanyAndPosition
        && person.company().isEmpty()
        && person.position().isEmpty()) {
      return Optional.of(Detail.of("poor.empty"));
    }
    return Optional.empty();
  }

  /**
   * The relation of a CRM row: CLIENT, PROSPECT or empty when the value means neither. Of several
   * relation columns the first that means one counts; a negated value ("kein Kunde") means none.
   */
  Optional<ReasonCode> relation(String value, FoldedText scratch) {
    for (String part : RELATION_PARTS.split(value)) {
      scratch.reset(part);
      if (negated(scratch)) {
        continue;
      }
      if (prospectRelations.matches(scratch)) {
        return Optional.of(ReasonCode.PROSPECT);
      }
      if (clientRelations.matches(scratch)) {
        return Optional.of(ReasonCode.CLIENT);
      }
    }
    return Optional.empty();
  }

  private static final Pattern RELATION_PARTS =
      Pattern.compile(Pattern.quote(RelationFact.SEPARATOR));

  private static final Set<String> NEGATIONS =
      Set.of("kein", "keine", "keiner", "nicht", "nie", "no", "not", "never");

  private static boolean negated(FoldedText value) {
    for (int i = 0; i < value.tokenCount(); i++) {
      if (NEGATIONS.contains(value.token(i))) {
        return true;
      }
    }
    return false;
  }

  boolean isHard(Signal signal) {
    return charter.signals().isHard(signal);
  }

  private static boolean isAllCaps(String name) {
    int letters = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 4;
  }
}
