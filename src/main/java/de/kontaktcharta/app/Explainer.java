package de.kontaktcharta.app;

import de.kontaktcharta.identity.Keys;
import de.kontaktcharta.model.Contact;
import de.kontaktcharta.model.ContactAssessment;
import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.InvitationAssessment;
import de.kontaktcharta.model.KeyKind;
import de.kontaktcharta.model.MatchKey;
import de.kontaktcharta.model.SignalHit;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.model.Status;
import de.kontaktcharta.model.TextFold;
import de.kontaktcharta.report.Labels;
import de.kontaktcharta.report.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code charta explain}: one contact's or invitation's evidence trail, with the sources and the
 * charter rule that decided. Nothing is written.
 */
public final class Explainer {

  private static final Labels ENGLISH = Labels.of("en");

  /**
   * The explanations of everybody the query names: a Contact or Invitation ID, a profile URL, an
   * e-mail address, or (parts of) a name.
   *
   * @throws CharterError when the charter file is invalid
   */
  public List<String> explain(AnalyseSettings settings, String query) throws CharterError {
    AnalyseJob.Analysis analysis = new AnalyseJob().analyse(settings);
    List<String> out = new ArrayList<>();
    for (ContactAssessment a : analysis.assessment().contacts()) {
      if (matches(query, a.contact().id(), a.contact().keys(), a.contact().name())) {
        out.add(contact(a));
      }
    }
    for (InvitationAssessment a : analysis.assessment().invitations()) {
      String name = a.invitation().from().displayName();
      if (matches(query, a.id(), analysis.keys().of(a.invitation().from()), name)) {
        out.add(invitation(a));
      }
    }
    return out;
  }

  static boolean matches(String query, String id, List<MatchKey> keys, String name) {
    String q = query.strip();
    if (q.equalsIgnoreCase(id)) {
      return true;
    }
    // an address with @ is an e-mail, although a profile URL without a scheme would take it too
    Optional<MatchKey> asKey =
        q.contains("@") && !q.contains("/")
            ? Keys.forEmail(q)
            : Keys.forProfile(q).or(() -> Keys.forEmail(q));
    if (asKey.isPresent() && asKey.get().kind() != KeyKind.NAME) {
      return keys.contains(asKey.get());
    }
    String words = TextFold.words(q);
    String folded = " " + TextFold.words(name) + " ";
    if (words.isEmpty()) {
      return false;
    }
    for (String word : words.split(" ")) {
      if (!folded.contains(" " + word)) {
        return false;
      }
    }
    return true;
  }

  private static String contact(ContactAssessment a) {
    Contact c = a.contact();
    StringBuilder out = new StringBuilder();
    out.append(c.name()).append("  [").append(c.id()).append("]\n");
    if (!c.person().company().isEmpty() || !c.person().position().isEmpty()) {
      out.append("  works as: ")
          .append(join(c.person().position(), c.person().company()))
          .append('\n');
    }
    c.person().profileUrl().ifPresent(u -> out.append("  profile: ").append(u).append('\n'));
    out.append("  listed in: ")
        .append(c.sources().stream().map(SourceRef::toString).collect(Collectors.joining(", ")));
    if (!c.matchedBy().isEmpty()) {
      out.append(" (merged by ")
          .append(
              c.matchedBy().stream().map(KeyKind::label).sorted().collect(Collectors.joining(", ")))
          .append(')');
    }
    out.append('\n');
    out.append("  status: ").append(a.status()).append(" – ").append(rule(a)).append('\n');
    evidence(out, a.evidence());
    signals(out, a.signals());
    if (!a.review().isEmpty()) {
      out.append("  review: ")
          .append(a.review().decisionCode().map(d -> "decision " + d + " ").orElse(""))
          .append(a.review().reasonCode().map(r -> "reason " + r + " ").orElse(""))
          .append(a.review().note().isEmpty() ? "" : "note \u201e" + a.review().note() + "\u201c")
          .append('\n');
    }
    return out.toString();
  }

  private static String rule(ContactAssessment a) {
    if (a.status() == Status.JUSTIFIED) {
      return "at least one strong, unexpired reason ("
          + a.strongest().map(e -> e.reason() + " from " + e.source()).orElse("")
          + ")";
    }
    if (a.status() == Status.WEAK) {
      return "only weak evidence; the charter asks for a strong reason";
    }
    return "no evidence for any reason of the charter (signals.NO_REASON)";
  }

  private static String invitation(InvitationAssessment a) {
    StringBuilder out = new StringBuilder();
    out.append("Invitation from ")
        .append(a.invitation().from().displayName())
        .append("  [")
        .append(a.id())
        .append("], ")
        .append(a.invitation().platform())
        .append(a.invitation().sentOn() == null ? "" : ", sent " + a.invitation().sentOn())
        .append(" – ")
        .append(a.invitation().source())
        .append('\n');
    out.append("  text: ")
        .append(
            a.invitation().message().isEmpty()
                ? "(none)"
                : "\u201e" + a.invitation().message() + "\u201c")
        .append('\n');
    out.append("  recommendation: ")
        .append(a.recommendation())
        .append(" – rule ")
        .append(a.rule())
        .append('\n');
    evidence(out, a.evidence());
    signals(out, a.signals());
    return out.toString();
  }

  private static void evidence(StringBuilder out, List<Evidence> evidence) {
    if (evidence.isEmpty()) {
      out.append("  evidence: none\n");
      return;
    }
    out.append("  evidence:\n");
    for (Evidence e : evidence) {
      out.append("    ")
          .append(e.reason())
          .append(' ')
          .append(e.strength().name().toLowerCase(java.util.Locale.ROOT))
          .append(e.expired() ? " (expired)" : "")
          .append(e.date() == null ? "" : " " + e.date())
          .append("  ")
          .append(Texts.source(ENGLISH, e.source()))
          .append("  rule ")
          .append(e.rule())
          .append(e.detail().isEmpty() ? "" : "  " + Texts.render(ENGLISH, e.detail()))
          .append('\n');
    }
  }

  private static void signals(StringBuilder out, List<SignalHit> signals) {
    if (signals.isEmpty()) {
      out.append("  signals: none\n");
      return;
    }
    out.append("  signals:\n");
    for (SignalHit s : signals) {
      out.append("    ")
          .append(s.signal())
          .append("  ")
          .append(s.source())
          .append("  rule ")
          .append(s.rule())
          .append(s.detail().isEmpty() ? "" : "  " + Texts.render(ENGLISH, s.detail()))
          .append('\n');
    }
  }

  private static String join(String a, String b) {
    if (a.isEmpty()) {
      return b;
    }
    return b.isEmpty() ? a : a + ", " + b;
  }
}
