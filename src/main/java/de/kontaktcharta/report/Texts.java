package de.kontaktcharta.report;

import de.kontaktcharta.model.Detail;
import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.InvitationAssessment;
import de.kontaktcharta.model.ReasonCode;
import de.kontaktcharta.model.SignalHit;
import de.kontaktcharta.model.SourceRef;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Puts evidence, reasons and signals into words in the report's language. */
public final class Texts {

  private final Labels labels;

  Texts(Labels labels) {
    this.labels = labels;
  }

  /** The texts in the labels' language, for {@code explain}. */
  public static Texts of(Labels labels) {
    return new Texts(labels);
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

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

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
      } else if (ISO_DATE.matcher(arg).matches()) {
        // a detail keeps its dates as ISO text; shown, they are dates of the report's language
        try {
          args[i] = LocalDate.parse(arg);
        } catch (DateTimeParseException e) {
          // "2026-02-30" is no date: it stays as written
        }
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

  /**
   * A reader's description of an input's format ("UTF-8, delimiter ';', header in line 1",
   * "workbook sheet 'Kunden', header in row 2") with its words in the labels' language. The readers
   * describe formats in these few fixed words, which are replaced here; names in quotes are left
   * alone.
   */
  public static String inputFormat(Labels labels, String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int i = 0;
    while (i < text.length()) {
      int quote = text.indexOf('\'', i);
      int end = quote < 0 ? text.length() : quote;
      out.append(formatWords(labels, text.substring(i, end)));
      if (quote < 0) {
        break;
      }
      int close = text.indexOf('\'', quote + 1);
      int after = close < 0 ? text.length() : close + 1;
      out.append(text, quote, after);
      i = after;
    }
    return out.toString();
  }

  private static String formatWords(Labels labels, String words) {
    return words
        .replace("earlier report, review columns", labels.get("format.earlierReport"))
        .replace("workbook sheet", labels.get("format.sheet"))
        .replace("header in row", labels.get("format.headerRow"))
        .replace("delimiter", labels.get("format.delimiter"))
        .replace("header in line", labels.get("format.header"))
        .replace("with BOM", labels.get("format.bom"));
  }

  /**
   * A charter rule in words, e.g. {@code thresholds.exchange_min_messages} as "minimum number of
   * messages each way"; a rule without words of its own (an edited charter's) as it is.
   */
  public static String rule(Labels labels, String rule) {
    if (labels.has("charterRule." + rule)) {
      return labels.get("charterRule." + rule);
    }
    String[] parts = rule.split("\\.");
    if (parts.length == 3 && parts[0].equals("reasons") && parts[2].equals("phrases")) {
      String reason = "reason." + parts[1];
      if (labels.has(reason)) {
        return labels.format("charterRule.phrases", labels.get(reason));
      }
    }
    if (parts.length >= 2 && parts[0].equals("signals")) {
      String signal = "signalText." + parts[1];
      if (labels.has(signal)) {
        return labels.format("charterRule.signal", labels.get(signal));
      }
    }
    return rule;
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

  /** The recommendation on an invitation in words, naming the charter rule. */
  public String invitationWhy(InvitationAssessment a) {
    String reasons = reasonsOf(a.evidence(), true);
    String signals =
        signalsExplained(
            a.signals().stream()
                .filter(
                    s ->
                        a.rule().startsWith("decline.no_reason")
                            || !s.signal().name().equals("NO_REASON"))
                .toList());
    return labels.format("rule." + a.rule(), reasons, signals);
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
