package de.kontaktcharta.report;

import de.kontaktcharta.model.Contact;
import de.kontaktcharta.model.ContactAssessment;
import de.kontaktcharta.model.Decision;
import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.ReasonCode;
import de.kontaktcharta.model.Status;
import de.kontaktcharta.model.TextFold;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The Contacts sheet and its cleanup worklist, the No-reason sheet. */
final class ContactSheets {

  static final List<String> DECISIONS =
      List.of(Decision.KEEP.name(), Decision.REMOVE.name(), Decision.FOLLOW_ONLY.name());
  static final List<String> REASONS = Arrays.stream(ReasonCode.values()).map(Enum::name).toList();

  /** Oldest connection first; contacts without a date last. Applied to a list sorted by name. */
  private static final Comparator<ContactAssessment> OLDEST_FIRST =
      Comparator.comparing(
          (ContactAssessment a) -> a.contact().connectedOn(),
          Comparator.nullsLast(Comparator.naturalOrder()));

  private record Keyed(String name, ContactAssessment assessment) {}

  private static final Comparator<Keyed> BY_NAME =
      Comparator.comparing(Keyed::name).thenComparing(k -> k.assessment().contact().id());

  private final Texts texts;
  private final Labels labels;

  /** The input kinds in their order. */
  private final List<InputKind> kinds;

  ContactSheets(Texts texts, List<InputKind> kinds) {
    this.texts = texts;
    this.kinds = List.copyOf(kinds);
    this.labels = texts.labels();
  }

  /** The Contacts sheet; the contacts come in name order, as {@link #byName} sorts them. */
  Sheet contacts(List<ContactAssessment> byName) {
    return sheet(SheetKind.CONTACTS, byName);
  }

  /** The No-reason sheet; the contacts come in name order, as {@link #byName} sorts them. */
  Sheet noReason(List<ContactAssessment> byName) {
    List<ContactAssessment> worklist = new ArrayList<>(byName.size());
    for (ContactAssessment a : byName) {
      if (a.status() != Status.JUSTIFIED) {
        worklist.add(a);
      }
    }
    // The sort is stable: contacts connected on the same day stay in name order.
    worklist.sort(OLDEST_FIRST);
    return sheet(SheetKind.NO_REASON, worklist);
  }

  /**
   * The contacts by folded name, then ID. Each name is folded once, not at every comparison: with
   * 30,000 contacts the folding inside the comparator took 3% of a run.
   */
  static List<ContactAssessment> byName(List<ContactAssessment> all) {
    List<Keyed> keyed = new ArrayList<>(all.size());
    for (ContactAssessment a : all) {
      keyed.add(new Keyed(TextFold.fold(a.contact().name()), a));
    }
    keyed.sort(BY_NAME);
    List<ContactAssessment> sorted = new ArrayList<>(keyed.size());
    for (Keyed k : keyed) {
      sorted.add(k.assessment());
    }
    return sorted;
  }

  private Sheet sheet(SheetKind kind, List<ContactAssessment> assessments) {
    return new Sheet(
        kind,
        labels.get("sheet", kind),
        columns(),
        new LazyRows<>(assessments, this::row),
        true,
        null);
  }

  private List<Column> columns() {
    return List.of(
        Column.of("id", labels.get("col.id"), 14),
        Column.of("name", labels.get("col.name"), 26),
        Column.of("company", labels.get("col.company"), 24),
        Column.wrapped("position", labels.get("col.position"), 28),
        Column.of("profile", labels.get("col.profile"), 36),
        Column.of("sources", labels.get("col.sources"), 22),
        Column.of("connected_on", labels.get("col.connectedOn"), 14),
        Column.of("status", labels.get("col.status"), 18),
        Column.of("status_code", labels.get("col.statusCode"), 12),
        Column.wrapped("reasons", labels.get("col.reasons"), 22),
        Column.wrapped("strongest", labels.get("col.strongest"), 48),
        Column.wrapped("signals", labels.get("col.signals"), 22),
        Column.of("last_interaction", labels.get("col.lastInteraction"), 14),
        Column.wrapped("why", labels.get("col.why"), 60),
        Column.choice(
            "decision", labels.get("col.decision"), 14, DECISIONS, labels.get("hint.decision")),
        Column.choice("reason", labels.get("col.reason"), 12, REASONS, labels.get("hint.reason")),
        Column.wrapped("note", labels.get("col.note"), 30));
  }

  private List<Cell> row(ContactAssessment a) {
    Contact c = a.contact();
    String url = c.person().profileUrl().orElse("");
    return List.of(
        Cell.text(c.id()),
        Cell.text(c.name()),
        Cell.text(c.person().company()),
        Cell.text(c.person().position()),
        Cell.link(url, url),
        Cell.text(sources(c)),
        Cell.date(c.connectedOn()),
        Cell.toned(labels.get("status", a.status()), tone(a.status())),
        Cell.text(a.status().name()),
        Cell.text(texts.reasons(a.reasons())),
        Cell.text(a.strongest().map(texts::evidence).orElse("")),
        Cell.text(texts.signals(a.signals())),
        Cell.date(a.lastInteraction()),
        Cell.text(why(a)),
        Cell.text(a.review().decisionCode().map(Enum::name).orElse("")),
        Cell.text(a.review().reasonCode().map(Enum::name).orElse("")),
        Cell.text(a.review().note()));
  }

  private String sources(Contact c) {
    return c.kinds().stream()
        .sorted(Comparator.comparingInt(kinds::indexOf))
        .map(k -> labels.get("kind." + k.code()))
        .collect(Collectors.joining(", "));
  }

  /** The contact's status in words, with the charter rule behind it. */
  String why(ContactAssessment a) {
    List<String> parts = new ArrayList<>();
    switch (a.status()) {
      case JUSTIFIED ->
          parts.add(
              labels.format(
                  "why.justified",
                  a.strongest().map(e -> labels.get("charter", e.reason())).orElse(""),
                  a.strongest().map(texts::evidence).orElse("")));
      case WEAK -> parts.add(labels.format("why.weak", texts.reasonsOf(a.evidence(), true)));
      case NO_REASON ->
          parts.add(labels.format("why.noReason", texts.signalsExplained(a.signals())));
    }
    List<Evidence> expired = a.evidence().stream().filter(e -> !e.effective()).toList();
    if (!expired.isEmpty() && a.status() != Status.JUSTIFIED) {
      parts.add(
          labels.format(
              "why.expired",
              expired.stream().map(texts::evidence).collect(Collectors.joining("; "))));
    }
    if (a.status() == Status.WEAK && !a.signals().isEmpty()) {
      parts.add(texts.signalsExplained(a.signals()));
    }
    return String.join(". ", parts);
  }

  static Cell.Tone tone(Status status) {
    return switch (status) {
      case JUSTIFIED -> Cell.Tone.GOOD;
      case WEAK -> Cell.Tone.WARN;
      case NO_REASON -> Cell.Tone.BAD;
    };
  }
}
