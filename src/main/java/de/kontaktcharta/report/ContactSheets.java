package de.kontaktcharta.report;

import de.kontaktcharta.model.Contact;
import de.kontaktcharta.model.ContactAssessment;
import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.Signal;
import de.kontaktcharta.model.SignalHit;
import de.kontaktcharta.model.Status;
import de.kontaktcharta.model.TextFold;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Contacts sheet and its cleanup worklist, the No-reason sheet. ID, name and status come first
 * and the review columns right after them, so that what the user works on is in view from the
 * start; ID and name stay in view when scrolling to the details on the right.
 */
final class ContactSheets {

  /** Oldest connection first; contacts without a date last. Applied to a list sorted by name. */
  private static final Comparator<ContactAssessment> OLDEST_FIRST =
      Comparator.comparing(
          (ContactAssessment a) -> a.contact().connectedOn(),
          Comparator.nullsLast(Comparator.naturalOrder()));

  private record Keyed(String name, ContactAssessment assessment) {}

  private static final Comparator<Keyed> BY_NAME =
      Comparator.comparing(Keyed::name).thenComparing(k -> k.assessment().contact().id());

  /** A printed page shows ID to position: what the user works with, readable on paper. */
  static final int PRINTED = 10;

  private final Texts texts;
  private final Labels labels;
  private final ReviewColumns review;

  /** The input kinds in their order. */
  private final List<InputKind> kinds;

  ContactSheets(Texts texts, List<InputKind> kinds) {
    this.texts = texts;
    this.kinds = List.copyOf(kinds);
    this.labels = texts.labels();
    this.review = new ReviewColumns(labels);
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
   * The contacts by folded name as shown, then ID. Each name is folded once, not at every
   * comparison: with 30,000 contacts the folding inside the comparator took 3% of a run.
   */
  static List<ContactAssessment> byName(List<ContactAssessment> all) {
    List<Keyed> keyed = new ArrayList<>(all.size());
    for (ContactAssessment a : all) {
      keyed.add(new Keyed(TextFold.fold(shownName(a.contact())), a));
    }
    keyed.sort(BY_NAME);
    List<ContactAssessment> sorted = new ArrayList<>(keyed.size());
    for (Keyed k : keyed) {
      sorted.add(k.assessment());
    }
    return sorted;
  }

  /**
   * The name a row shows: the person's, else (for an address-book entry with an address only) the
   * first e-mail address, else the profile link, so that every row can be told apart.
   */
  static String shownName(Contact c) {
    if (!c.name().isBlank()) {
      return c.name();
    }
    if (!c.person().emails().isEmpty()) {
      return c.person().emails().get(0);
    }
    return c.person().profileUrl().map(LinkText::readable).orElse("");
  }

  private Sheet sheet(SheetKind kind, List<ContactAssessment> assessments) {
    return new Sheet(
        kind,
        labels.get("sheet", kind),
        columns(),
        new LazyRows<>(assessments, this::row),
        true,
        null,
        2,
        PRINTED);
  }

  private List<Column> columns() {
    List<Column> columns = new ArrayList<>();
    columns.add(Column.of("id", labels.get("col.id"), 13));
    columns.add(Column.wrapped("name", labels.get("col.name"), 24));
    columns.add(Column.of("status", labels.get("col.status"), 17));
    columns.addAll(review.columns(ReviewColumns.CONTACT_DECISIONS));
    columns.add(Column.wrapped("why", labels.get("col.why"), 50));
    columns.add(Column.wrapped("signals", labels.get("col.signals"), 20));
    columns.add(Column.wrapped("company", labels.get("col.company"), 22));
    columns.add(Column.wrapped("position", labels.get("col.position"), 24));
    columns.add(Column.of("email", labels.get("col.email"), 30));
    columns.add(Column.of("profile", labels.get("col.profile"), 34));
    columns.add(Column.of("connected_on", labels.get("col.connectedOn"), 12));
    columns.add(Column.of("last_interaction", labels.get("col.lastInteraction"), 12));
    columns.add(Column.wrapped("reasons", labels.get("col.reasons"), 20));
    columns.add(Column.wrapped("strongest", labels.get("col.strongest"), 44));
    columns.add(Column.wrapped("sources", labels.get("col.sources"), 20));
    columns.add(Column.of("status_code", labels.get("col.statusCode"), 13));
    return columns;
  }

  private List<Cell> row(ContactAssessment a) {
    Contact c = a.contact();
    String url = c.person().profileUrl().orElse("");
    List<Cell> cells = new ArrayList<>(19);
    cells.add(Cell.text(c.id()));
    cells.add(Cell.text(shownName(c)));
    cells.add(Cell.toned(labels.get("status", a.status()), tone(a.status())));
    cells.addAll(review.cells(a.review()));
    cells.add(Cell.text(why(a)));
    cells.add(Cell.text(warnings(a)));
    cells.add(Cell.text(c.person().company()));
    cells.add(Cell.text(c.person().position()));
    cells.add(Cell.text(String.join(", ", c.person().emails())));
    cells.add(Cell.link(url.isEmpty() ? "" : LinkText.readable(url), url));
    cells.add(Cell.date(c.connectedOn()));
    cells.add(Cell.date(a.lastInteraction()));
    cells.add(Cell.text(texts.reasons(a.reasons())));
    cells.add(Cell.text(a.strongest().map(texts::evidence).orElse("")));
    cells.add(Cell.text(sources(c)));
    cells.add(Cell.text(a.status().name()));
    return cells;
  }

  /**
   * The warning signs, without "no reason", which the status says already; a row that shows an
   * address for want of a name says so first.
   */
  private String warnings(ContactAssessment a) {
    String signals = texts.signals(withoutNoReason(a.signals()));
    if (!a.contact().name().isBlank()) {
      return signals;
    }
    String noName = labels.get("warning.noName");
    return signals.isEmpty() ? noName : noName + ", " + signals;
  }

  private static List<SignalHit> withoutNoReason(List<SignalHit> signals) {
    return signals.stream().filter(s -> s.signal() != Signal.NO_REASON).toList();
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
      case NO_REASON -> {
        String others = texts.signalsExplained(withoutNoReason(a.signals()));
        parts.add(
            others.isEmpty()
                ? labels.get("why.noReason.plain")
                : labels.format("why.noReason", others));
      }
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
