package de.kontaktcharta.report;

import de.kontaktcharta.model.Detail;
import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.ReasonCode;
import de.kontaktcharta.model.SignalHit;
import de.kontaktcharta.model.SourceRef;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Puts evidence, reasons and signals into words in the report's language. */
public final class Texts {

  private final Labels labels;

  Texts(Labels labels) {
    this.labels = labels;
  }

  Labels labels() {
    return labels;
  }

  /** "Exchange (strong): 5 messages … – messages.csv:12". */
  String evidence(Evidence e) {
    StringBuilder out = new StringBuilder(labels.get("reason", e.reason()));
    out.append(" (").append(labels.get("strength", e.strength())).append(')');
    String detail = detail(e.detail());
    if (!detail.isEmpty()) {
      out.append(": ").append(detail);
    }
    out.append(" – ").append(source(labels, e.source()));
    return out.toString();
  }

  /**
   * Where something is: {@code file:line}, or for a message of a mailbox its number and byte offset
   * in words, e.g. "Alle E-Mails.mbox, Nachricht 1.234 (ab Byte 5.678.901)".
   */
  public static String source(Labels labels, SourceRef source) {
    if (!source.isMessage()) {
      return source.toString();
    }
    Locale locale = Locale.forLanguageTag(labels.language());
    return labels.format(
        "source.message",
        source.file(),
        String.format(locale, "%,d", source.message()),
        String.format(locale, "%,d", source.offset()));
  }

  /** A detail in words; parts whose values are empty ("()", "„“", a dangling ": ") are left out. */
  String detail(Detail detail) {
    return render(labels, detail);
  }

  /** The same for any language's labels; {@code explain} uses the English ones. */
  public static String render(Labels labels, Detail detail) {
    if (detail.isEmpty()) {
      return "";
    }
    Object[] args = detail.args().toArray();
    for (int i = 0; i < args.length; i++) {
      String arg = (String) args[i];
      if (arg.startsWith(Detail.LABEL_OPEN) && arg.endsWith("}")) {
        args[i] = labels.get(arg.substring(Detail.LABEL_OPEN.length(), arg.length() - 1));
      }
    }
    String text = labels.format("detail." + detail.key(), args);
    text =
        text.replace(" ()", "")
            .replace("()", "")
            .replace(" \u201e\u201c", "")
            .replace("\u201e\u201c", "");
    text = text.replace(" \"\"", "").replace("\"\"", "");
    if (text.endsWith(": ")) {
      text = text.substring(0, text.length() - 2);
    }
    if (text.startsWith(": ")) {
      text = text.substring(2);
    }
    return text.strip();
  }

  String reasons(Collection<ReasonCode> reasons) {
    return reasons.stream().map(r -> labels.get("reason", r)).collect(Collectors.joining(", "));
  }

  String reasonsOf(List<Evidence> evidence, boolean effectiveOnly) {
    Set<ReasonCode> reasons = new LinkedHashSet<>();
    for (Evidence e : evidence) {
      if (!effectiveOnly || e.effective()) {
        reasons.add(e.reason());
      }
    }
    return reasons(reasons);
  }

  /** Signal labels, without repeats. */
  String signals(List<SignalHit> signals) {
    return signals.stream()
        .map(s -> labels.get("signal", s.signal()))
        .distinct()
        .collect(Collectors.joining(", "));
  }

  String signalCodes(List<SignalHit> signals) {
    return signals.stream()
        .map(s -> s.signal().name())
        .distinct()
        .collect(Collectors.joining(", "));
  }

  /** Signals with the charter's wording and what was found, for the "why" columns. */
  String signalsExplained(List<SignalHit> signals) {
    return signals.stream()
        .map(
            s ->
                labels.get("signalText", s.signal())
                    + (s.detail().isEmpty() ? "" : " (" + detail(s.detail()) + ")"))
        .distinct()
        .collect(Collectors.joining("; "));
  }
}
