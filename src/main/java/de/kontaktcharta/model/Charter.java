package de.kontaktcharta.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The contact charter: thresholds, wording lists and reply texts. Loaded from YAML by the rules
 * package; the embedded default is the seed charter.
 *
 * @param title the charter's name, shown on the Summary sheet
 * @param thresholds counts and aging windows
 * @param reasons wording that gives weak evidence for a reason, for {@code MET}, {@code PROSPECT}
 *     and {@code PROFILE}
 * @param clientRelations relation values that mean customer or business partner
 * @param prospectRelations relation values that mean prospect or lead
 * @param signals the decline signal rules
 * @param replies suggested replies by language code ({@code de}, {@code en})
 * @param owner the owner's own addresses and numbers, and how numbers are read
 */
public record Charter(
    String title,
    Thresholds thresholds,
    Map<ReasonCode, Wording> reasons,
    Wording clientRelations,
    Wording prospectRelations,
    SignalRules signals,
    Map<String, Replies> replies,
    Owner owner) {

  public Charter {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(thresholds, "thresholds");
    reasons = Map.copyOf(reasons);
    Objects.requireNonNull(clientRelations, "clientRelations");
    Objects.requireNonNull(prospectRelations, "prospectRelations");
    Objects.requireNonNull(signals, "signals");
    replies = Map.copyOf(replies);
    Objects.requireNonNull(owner, "owner");
  }

  /** A charter without the owner's addresses, numbers read as German ones. */
  public Charter(
      String title,
      Thresholds thresholds,
      Map<ReasonCode, Wording> reasons,
      Wording clientRelations,
      Wording prospectRelations,
      SignalRules signals,
      Map<String, Replies> replies) {
    this(
        title,
        thresholds,
        reasons,
        clientRelations,
        prospectRelations,
        signals,
        replies,
        Owner.NONE);
  }

  /**
   * The owner as the charter names them, for channels whose exports do not say who the owner is.
   *
   * @param emails the owner's e-mail addresses
   * @param phones the owner's phone numbers
   * @param phoneRegion the country (ISO 3166 code, e.g. {@code DE}) of numbers written without a
   *     country code, such as {@code 0171 1234567}
   */
  public record Owner(List<String> emails, List<String> phones, String phoneRegion) {

    public static final Owner NONE = new Owner(List.of(), List.of(), "DE");

    public Owner {
      emails = List.copyOf(emails);
      phones = List.copyOf(phones);
      Objects.requireNonNull(phoneRegion, "phoneRegion");
    }

    /** True when the charter names neither an address nor a number. */
    public boolean isEmpty() {
      return emails.isEmpty() && phones.isEmpty();
    }
  }

  /** The wording for a reason; empty wording when the charter lists none. */
  public Wording wording(ReasonCode reason) {
    return reasons.getOrDefault(reason, Wording.NONE);
  }

  /** The replies in a language, falling back to German, the charter's own language. */
  public Optional<Replies> replies(String language) {
    return Optional.ofNullable(replies.getOrDefault(language, replies.get("de")));
  }

  /**
   * Counts and windows.
   *
   * @param soonDays a planned meeting counts for MET when at most this many days ahead
   * @param exchangeMinMessages messages in each direction within the window for strong EXCHANGE
   * @param exchangeMinInteractions logged interactions within the window for strong EXCHANGE
   * @param exchangeWindowDays the window for messages and interactions
   * @param prospectValidDays how long a CRM prospect counts from the row's date
   * @param metValidDays how long a past meeting counts; 0 means for ever
   * @param minEndorsements endorsements received for strong PROFILE evidence
   * @param personalTextMinWords a personal invitation text without a recognised reason and at least
   *     this many words is sent to review instead of declined; 0 disables this
   */
  public record Thresholds(
      int soonDays,
      int exchangeMinMessages,
      int exchangeMinInteractions,
      int exchangeWindowDays,
      int prospectValidDays,
      int metValidDays,
      int minEndorsements,
      int personalTextMinWords) {}

  /**
   * Phrases (matched on folded words; {@code *} at the end of a word = any ending, at its start =
   * the end of a compound, at both = a part anywhere in a word) and regular expressions (matched on
   * the folded text with punctuation kept).
   *
   * @param phrases the phrases
   * @param patterns the regular expressions
   * @param exceptions words that contain a compound part but mean something else, e.g. {@code
   *     transportversicherung} for {@code *versicherung}; a wildcard word never matches them
   * @param unless words that, in the same sentence as a phrase, cancel it ("nicht", "verpasst")
   */
  public record Wording(
      List<String> phrases, List<String> patterns, List<String> exceptions, List<String> unless) {
    public static final Wording NONE = new Wording(List.of(), List.of());

    /** Wildcard words need this many letters, so that a single "a*" cannot match everything. */
    public static final int MIN_PREFIX = 3;

    public Wording {
      phrases = List.copyOf(phrases);
      patterns = List.copyOf(patterns);
      exceptions = List.copyOf(exceptions);
      unless = List.copyOf(unless);
    }

    public Wording(List<String> phrases, List<String> patterns) {
      this(phrases, patterns, List.of(), List.of());
    }

    public boolean isEmpty() {
      return phrases.isEmpty() && patterns.isEmpty();
    }

    /** Why a phrase cannot be used, or null when it is fine. */
    public static String phraseProblem(String phrase) {
      int total = 0;
      for (String word : phrase.trim().split("\\s+")) {
        boolean end = word.startsWith("*");
        String rest = end ? word.substring(1) : word;
        int star = rest.indexOf('*');
        if (star >= 0 && star != rest.length() - 1) {
          return "'*' may only stand at the start or the end of a word";
        }
        String words = TextFold.words(star >= 0 ? rest.substring(0, star) : rest);
        String[] tokens = words.isEmpty() ? new String[0] : words.split(" ");
        total += tokens.length;
        if (star >= 0 && (tokens.length == 0 || tokens[tokens.length - 1].length() < MIN_PREFIX)) {
          return "a word ending in '*' needs at least " + MIN_PREFIX + " letters before it";
        }
        if (end && (tokens.length == 0 || tokens[0].length() < MIN_PREFIX)) {
          return "a word starting with '*' needs at least " + MIN_PREFIX + " letters after it";
        }
      }
      return total == 0 ? "it contains no letters or digits" : null;
    }
  }

  /**
   * One decline signal.
   *
   * @param hard a hard signal leads to DECLINE unless there is a strong reason
   * @param wording the phrases and patterns that reveal it in a text
   */
  public record SignalRule(boolean hard, Wording wording) {}

  /**
   * The decline signal rules.
   *
   * @param rules wording and hardness per signal
   * @param pitchTitles job titles that count as SALES_PITCH: in a profile's position always, in an
   *     invitation text when the writer introduces themselves with one
   * @param pitchIntroductions the words a writer introduces themselves with ("ich bin", "als", "I'm
   *     a"), up to two words before the title
   * @param pitchTopics services that, offered in a text that names no reason, make it a SALES_PITCH
   *     ("*versicherung", "*coaching")
   * @param pitchOffers the words that offer them ("ich helfe", "für Sie", "kostenlos*")
   * @param messageUnless words that keep a question from counting as MESSAGE_WOULD_DO
   * @param questions true when a question in the text counts as MESSAGE_WOULD_DO (unless it is
   *     about connecting, or part of a pitch or a stock phrase)
   * @param maxExtraWords words allowed besides filler and a request to connect for NO_BACKGROUND
   * @param filler words and phrases that carry no background (greetings, sign-offs, small words)
   * @param emptyTextSignal platforms on which an empty invitation text is NO_BACKGROUND
   * @param placeholderNames names that are no names, for PROFILE_POOR
   * @param profileChecks the other PROFILE_POOR checks
   */
  public record SignalRules(
      Map<Signal, SignalRule> rules,
      List<String> pitchTitles,
      List<String> pitchIntroductions,
      List<String> pitchTopics,
      List<String> pitchOffers,
      List<String> messageUnless,
      boolean questions,
      int maxExtraWords,
      List<String> filler,
      Set<Platform> emptyTextSignal,
      List<String> placeholderNames,
      ProfileChecks profileChecks) {

    public SignalRules {
      rules = Map.copyOf(rules);
      pitchTitles = List.copyOf(pitchTitles);
      pitchIntroductions = List.copyOf(pitchIntroductions);
      pitchTopics = List.copyOf(pitchTopics);
      pitchOffers = List.copyOf(pitchOffers);
      messageUnless = List.copyOf(messageUnless);
      filler = List.copyOf(filler);
      emptyTextSignal = Set.copyOf(emptyTextSignal);
      placeholderNames = List.copyOf(placeholderNames);
      Objects.requireNonNull(profileChecks, "profileChecks");
    }

    public SignalRule rule(Signal signal) {
      return rules.getOrDefault(signal, new SignalRule(false, Wording.NONE));
    }

    public boolean isHard(Signal signal) {
      return rule(signal).hard();
    }
  }

  /** Which PROFILE_POOR checks run besides the placeholder names. */
  public record ProfileChecks(
      boolean allCaps,
      boolean digits,
      boolean singleName,
      boolean noCompanyAndPosition,
      boolean brokenUrl) {}

  /**
   * Reply texts of one language.
   *
   * @param decline the reply to a declined invitation; {@code {name}} and {@code {follow}} are
   *     replaced
   * @param follow how to follow the owner instead, per platform
   */
  public record Replies(String decline, Map<Platform, String> follow) {
    public Replies {
      Objects.requireNonNull(decline, "decline");
      follow = Map.copyOf(follow);
    }

    /** The reply for one inviter on one platform. */
    public String declineFor(String name, Platform platform) {
      String hint = follow.getOrDefault(platform, follow.getOrDefault(Platform.OTHER, ""));
      return decline.replace("{name}", name).replace("{follow}", hint);
    }
  }
}
