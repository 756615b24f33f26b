package de.kontaktcharta.rules;

import de.kontaktcharta.model.Charter;
import de.kontaktcharta.model.Detail;
import de.kontaktcharta.model.Platform;
import de.kontaktcharta.model.Signal;
import de.kontaktcharta.model.SignalHit;
import de.kontaktcharta.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The decline signals an invitation text shows, read as the charter means them: a job title counts
 * as a pitch only when the writer introduces themselves with it and names no reason; a question
 * inside a pitch or a stock phrase is rhetorical; a group is no signal when the text names another
 * reason; and a text says nothing concrete when, besides greetings, small words, a request to
 * connect, stock phrases and a remark on the writer's own profile, at most a few words (names) are
 * left.
 */
final class TextSignals {

  /** How many words a word that cancels a reason hint may stand from it. */
  static final int NEGATION_WINDOW = 3;

  /** How many words (adjectives such as "unabhängiger", "certified") may stand in between. */
  private static final int INTRODUCTION_GAP = 2;

  private final TextRules rules;
  private final Charter.SignalRules charter;
  private final Map<Signal, PhraseMatcher> signals;
  private final PhraseMatcher titles;
  private final PhraseMatcher introductions;
  private final PhraseMatcher topics;
  private final PhraseMatcher offers;
  private final PhraseMatcher unless;
  private final PhraseMatcher filler;

  TextSignals(TextRules rules, Map<Signal, PhraseMatcher> signals, PhraseMatcher titles) {
    this.rules = rules;
    this.charter = rules.charter().signals();
    this.signals = signals;
    this.titles = titles;
    this.introductions = new PhraseMatcher(charter.pitchIntroductions(), List.of());
    this.topics =
        new PhraseMatcher(
            charter.pitchTopics(),
            List.of(),
            charter.rule(Signal.SALES_PITCH).wording().exceptions());
    this.offers = new PhraseMatcher(charter.pitchOffers(), List.of());
    this.unless = new PhraseMatcher(charter.messageUnless(), List.of());
    this.filler = new PhraseMatcher(charter.filler(), List.of());
  }

  List<SignalHit> of(FoldedText text, Platform platform, SourceRef source, boolean hasExchange) {
    List<SignalHit> hits = new ArrayList<>();
    boolean hinted = rules.hintsAtAReason(text);
    Optional<String> stock = find(Signal.STOCK_PHRASE, text);
    stock.ifPresent(h -> hits.add(hit(Signal.STOCK_PHRASE, source, "phrases", h)));
    Optional<String> pitch =
        find(Signal.SALES_PITCH, text).or(() -> hinted ? Optional.empty() : offer(text));
    pitch.ifPresent(h -> hits.add(hit(Signal.SALES_PITCH, source, "phrases", h)));
    Optional<String> group =
        hasExchange || hinted ? Optional.empty() : find(Signal.GROUP_ONLY, text);
    group.ifPresent(h -> hits.add(hit(Signal.GROUP_ONLY, source, "phrases", h)));
    Optional<String> request =
        stock.isPresent() || pitch.isPresent() ? Optional.empty() : request(text);
    request.ifPresent(h -> hits.add(hit(Signal.MESSAGE_WOULD_DO, source, "phrases", h)));
    Optional<String> poor = find(Signal.PROFILE_POOR, text);
    boolean otherBackground = hinted || pitch.isPresent() || group.isPresent();
    if (!otherBackground && request.isEmpty()) {
      noBackground(text, platform, stock.or(() -> poor))
          .ifPresent(d -> hits.add(new SignalHit(Signal.NO_BACKGROUND, source, d.rule, d.detail)));
    }
    poor.ifPresent(h -> hits.add(hit(Signal.PROFILE_POOR, source, "phrases", h)));
    return hits;
  }

  /**
   * What makes a text without a reason a pitch: a service with words that offer it ("Ihre
   * Berufsunfähigkeitsversicherung … kümmere ich mich"), or a job title the writer introduces
   * themselves with. A service named alone is a topic, not an offer ("meine Masterarbeit über
   * Altersvorsorge").
   */
  private Optional<String> offer(FoldedText text) {
    Optional<String> topic = topics.find(text).map(PhraseMatcher.Hit::phrase);
    if (topic.isPresent() && offers.matches(text)) {
      return topic;
    }
    return introducedTitle(text);
  }

  /** A job title right after the writer's introduction: "ich bin Headhunter", "as a coach". */
  private Optional<String> introducedTitle(FoldedText text) {
    List<PhraseMatcher.Hit> intros = introductions.findAll(text);
    for (PhraseMatcher.Hit title : titles.findAll(text)) {
      for (PhraseMatcher.Hit intro : intros) {
        int end = intro.start() + intro.words();
        if (end <= title.start()
            && title.start() - end <= INTRODUCTION_GAP
            && text.sentence(intro.start()) == text.sentence(title.start())) {
          return Optional.of(title.phrase());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A request a message would answer: a phrase (unless the text is about connecting), or a question
   * whose own sentence is not about connecting.
   */
  private Optional<String> request(FoldedText text) {
    PhraseMatcher words = signals.get(Signal.MESSAGE_WOULD_DO);
    Optional<PhraseMatcher.Hit> phrase = words.find(text);
    if (phrase.isPresent()) {
      return unless.matches(text) ? Optional.empty() : phrase.map(PhraseMatcher.Hit::phrase);
    }
    if (!charter.questions()) {
      return Optional.empty();
    }
    List<PhraseMatcher.Hit> connecting = unless.findAll(text);
    for (int i = 0; i < text.tokenCount(); i++) {
      int sentence = text.sentence(i);
      if ((i == 0 || text.sentence(i - 1) != sentence)
          && text.isQuestion(sentence)
          && connecting.stream().noneMatch(h -> text.sentence(h.start()) == sentence)) {
        return Optional.of("?");
      }
    }
    return Optional.empty();
  }

  private record Background(String rule, Detail detail) {}

  /**
   * @param saying a stock phrase or a remark on the writer's own profile in the text, if any: they
   *     say nothing concrete either
   */
  private Optional<Background> noBackground(
      FoldedText text, Platform platform, Optional<String> saying) {
    if (text.tokenCount() == 0) {
      return charter.emptyTextSignal().contains(platform)
          ? Optional.of(background("empty_text_is_signal", Detail.of("signal.empty")))
          : Optional.empty();
    }
    boolean[] covered = new boolean[text.tokenCount()];
    List<PhraseMatcher.Hit> wishes = signals.get(Signal.NO_BACKGROUND).findAll(text);
    cover(covered, wishes);
    cover(covered, filler.findAll(text));
    cover(covered, signals.get(Signal.STOCK_PHRASE).findAll(text));
    cover(covered, signals.get(Signal.PROFILE_POOR).findAll(text));
    int left = 0;
    for (boolean c : covered) {
      left += c ? 0 : 1;
    }
    if (left == 0 && wishes.isEmpty() && saying.isEmpty()) {
      // greetings only: "Hallo!"
      return Optional.of(background("filler", Detail.of("signal.phrase", text.words())));
    }
    if ((wishes.isEmpty() && saying.isEmpty()) || left > charter.maxExtraWords()) {
      return Optional.empty();
    }
    String shown = wishes.isEmpty() ? saying.get() : wishes.get(0).phrase();
    return Optional.of(background("phrases", Detail.of("signal.phrase", shown)));
  }

  private static Background background(String rule, Detail detail) {
    return new Background("signals.NO_BACKGROUND." + rule, detail);
  }

  private static void cover(boolean[] covered, List<PhraseMatcher.Hit> hits) {
    for (PhraseMatcher.Hit h : hits) {
      for (int k = h.start(); k < h.start() + h.words() && k < covered.length; k++) {
        covered[k] = true;
      }
    }
  }

  /**
   * True when one of the hits stands close to {@code hit}: in its sentence, at most {@link
   * #NEGATION_WINDOW} words before or after it ("noch nicht persönlich kennengelernt", "auf der
   * Messe verpasst").
   */
  static boolean near(FoldedText text, PhraseMatcher.Hit hit, List<PhraseMatcher.Hit> hits) {
    int sentence = text.sentence(hit.start());
    int from = hit.start() - NEGATION_WINDOW;
    int to = hit.start() + Math.max(hit.words(), 1) - 1 + NEGATION_WINDOW;
    for (PhraseMatcher.Hit other : hits) {
      int last = other.start() + other.words() - 1;
      if (text.sentence(other.start()) == sentence && last >= from && other.start() <= to) {
        return true;
      }
    }
    return false;
  }

  private Optional<String> find(Signal signal, FoldedText text) {
    return signals.get(signal).find(text).map(PhraseMatcher.Hit::phrase);
  }

  private static SignalHit hit(Signal signal, SourceRef source, String rule, String phrase) {
    return new SignalHit(
        signal,
        source,
        "signals." + signal.name() + "." + rule,
        Detail.of("signal.phrase", phrase));
  }
}
