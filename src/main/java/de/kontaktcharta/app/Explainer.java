package de.kontaktcharta.app;

import de.kontaktcharta.identity.Keys;
import de.kontaktcharta.model.Contact;
import de.kontaktcharta.model.ContactAssessment;
import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.Invitation;
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

  /**
   * The explanations of everybody the query names: a Contact or Invitation ID, a profile URL, an
   * e-mail address, or (parts of) a name.
   *
   * @throws CharterError when the charter file is invalid
   */
  public List<String> explain(AnalyseSettings settings, String query) throws CharterError {
    AnalyseJob.Analysis analysis = new AnalyseJob().analyse(settings);
    Labels labels = Wording.of(settings.language()).labels();
    List<String> out = new ArrayList<>();
    for (ContactAssessment a : analysis.assessment().contacts()) {
      if (matches(query, a.contact().id(), a.contact().keys(), a.contact().name())) {
        out.add(contact(a, labels));
      }
    }
    for (InvitationAssessment a : analysis.assessment().invitations()) {
      String name = a.invitation().from().displayName();
      if (matches(query, a.id(), analysis.keys().of(a.invitation().from()), name)) {
        out.add(invitation(a, labels));
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

  private static String contact(ContactAssessment a, Labels labels) {
    Contact c = a.contact();
    StringBuilder out = new StringBuilder();
    out.append(c.name()).append("  [").append(c.id()).append("]\n");
    if (!c.person().company().isEmpty() || !c.person().position().isEmpty()) {
      line(
          out, labels.format("explain.worksAs", join(c.person().position(), c.person().company())));
    }
    c.person().profileUrl().ifPresent(u -> line(out, labels.format("explain.profile", u)));
    String sources =
        c.sources().stream().map(SourceRef::toString).collect(Collectors.joining(", "));
    line(
        out,
        c.matchedBy().isEmpty()
            ? labels.format("explain.listedIn", sources)
            : labels.format(
                "explain.listedInMerged",
                sources,
                c.matchedBy().stream()
                    .map(k -> labels.get("keyKind", k))
                    .sorted()
                    .collect(Collectors.joining(", "))));
    line(
        out,
        labels.format(
            "explain.status",
            labels.get("status", a.status()),
            a.status().name(),
            rule(a, labels)));
    evidence(out, a.evidence(), labels);
    signals(out, a.signals(), labels);
    if (!a.review().isEmpty()) {
      List<String> parts = new ArrayList<>();
      a.review()
          .decisionCode()
          .ifPresent(d -> parts.add(labels.format("explain.review.decision", d.name())));
      a.review()
          .reasonCode()
          .ifPresent(r -> parts.add(labels.format("explain.review.reason", r.name())));
      if (!a.review().note().isEmpty()) {
        parts.add(labels.format("explain.review.note", a.review().note()));
      }
      line(out, labels.format("explain.review", String.join(", ", parts)));
    }
    return out.toString();
  }

  private static String rule(ContactAssessment a, Labels labels) {
    if (a.status() == Status.JUSTIFIED) {
      return a.strongest()
          .map(
              e ->
                  labels.format(
                      "explain.rule.justified",
                      labels.get("reason", e.reason()),
                      Texts.source(labels, e.source())))
          .orElse("");
    }
    return labels.get(a.status() == Status.WEAK ? "explain.rule.weak" : "explain.rule.noReason");
  }

  private static String invitation(InvitationAssessment a, Labels labels) {
    StringBuilder out = new StringBuilder();
    Invitation i = a.invitation();
    String platform = labels.get("platform", i.platform());
    out.append(
            i.sentOn() == null
                ? labels.format(
                    "explain.invitation", i.from().displayName(), a.id(), platform, i.source())
                : labels.format(
                    "explain.invitation.sent",
                    i.from().displayName(),
                    a.id(),
                    platform,
                    labels.date(i.sentOn()),
                    i.source()))
        .append('\n');
    line(
        out,
        i.message().isEmpty()
            ? labels.get("explain.text.none")
            : labels.format("explain.text", i.message()));
    line(
        out,
        labels.format(
            "explain.recommendation",
            labels.get("recommendation", a.recommendation()),
            a.recommendation().name(),
            Texts.of(labels).invitationWhy(a)));
    evidence(out, a.evidence(), labels);
    signals(out, a.signals(), labels);
    return out.toString();
  }

  private static void evidence(StringBuilder out, List<Evidence> evidence, Labels labels) {
    if (evidence.isEmpty()) {
      line(out, labels.get("explain.evidence.none"));
      return;
    }
    line(out, labels.get("explain.evidence"));
    for (Evidence e : evidence) {
      List<String> parts = new ArrayList<>();
      parts.add(labels.get("reason", e.reason()) + " (" + e.reason().name() + ")");
      parts.add(labels.get("strength", e.strength()));
      if (e.expired()) {
        parts.add(labels.get("explain.expired"));
      }
      if (e.date() != null) {
        parts.add(labels.date(e.date()));
      }
      StringBuilder item = new StringBuilder("    ").append(String.join(", ", parts));
      item.append("  ").append(Texts.source(labels, e.source()));
      item.append("  ")
          .append(labels.format("explain.rule", Texts.rule(labels, e.rule()), e.rule()));
      String detail = Texts.render(labels, e.detail());
      if (!detail.isEmpty()) {
        item.append("  ").append(detail);
      }
      out.append(item).append('\n');
    }
  }

  private static void signals(StringBuilder out, List<SignalHit> signals, Labels labels) {
    if (signals.isEmpty()) {
      line(out, labels.get("explain.signals.none"));
      return;
    }
    line(out, labels.get("explain.signals"));
    for (SignalHit s : signals) {
      StringBuilder item = new StringBuilder("    ");
      item.append(labels.get("signal", s.signal()))
          .append(" (")
          .append(s.signal().name())
          .append(')');
      item.append("  ").append(s.source());
      item.append("  ")
          .append(labels.format("explain.rule", Texts.rule(labels, s.rule()), s.rule()));
      String detail = Texts.render(labels, s.detail());
      if (!detail.isEmpty()) {
        item.append("  ").append(detail);
      }
      out.append(item).append('\n');
    }
  }

  /** An indented line of an entry. */
  private static void line(StringBuilder out, String text) {
    out.append("  ").append(text).append('\n');
  }

  private static String join(String a, String b) {
    if (a.isEmpty()) {
      return b;
    }
    return b.isEmpty() ? a : a + ", " + b;
  }
}
