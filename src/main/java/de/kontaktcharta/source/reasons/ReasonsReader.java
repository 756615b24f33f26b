package de.kontaktcharta.source.reasons;

import de.kontaktcharta.input.table.BadDateException;
import de.kontaktcharta.input.table.Cells;
import de.kontaktcharta.input.table.ColumnMap;
import de.kontaktcharta.input.table.DateParser;
import de.kontaktcharta.input.table.Field;
import de.kontaktcharta.input.table.Row;
import de.kontaktcharta.input.table.RowCounter;
import de.kontaktcharta.input.table.RowSource;
import de.kontaktcharta.model.Decision;
import de.kontaktcharta.model.FormulaText;
import de.kontaktcharta.model.ManualFact;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.ReasonCode;
import de.kontaktcharta.model.Review;
import de.kontaktcharta.source.InputSink;
import de.kontaktcharta.source.TableReader;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The reasons ledger ({@code reasons.csv}) and hand-made lists of the same shape: Contact ID, key,
 * name, reason, decision, note, date recorded. Text that is no reason or decision code is kept as
 * part of the note, and reported.
 */
public final class ReasonsReader implements TableReader {

  static final Field ID =
      Field.of("Contact ID", "contact id|kontakt-id|invitation id|einladungs-id|id");
  static final Field KEY = Field.of("key", "key|schlüssel|match key");
  static final Field NAME = Field.of("name", "name");
  static final Field REASON = Field.of("reason", "reason|grund|reason code|grund-code");
  static final Field DECISION = Field.of("decision", "decision|entscheidung");
  static final Field NOTE = Field.of("note", "note|notiz");
  static final Field RECORDED = Field.of("recorded", "recorded|erfasst|date|datum");
  static final Field CHANGED = Field.of("changed", "changed|geändert|geaendert|last changed");

  private final DateParser dates;

  public ReasonsReader(DateParser dates) {
    this.dates = dates;
  }

  @Override
  public List<Field> fields() {
    return List.of(ID, KEY, NAME, REASON, DECISION, NOTE, RECORDED, CHANGED);
  }

  @Override
  public void read(RowSource rows, RowCounter counter, InputSink sink) throws IOException {
    ColumnMap cols = ColumnMap.of(rows.header(), fields());
    int id = cols.index(ID);
    int key = cols.index(KEY);
    int name = cols.index(NAME);
    int reason = cols.index(REASON);
    int decision = cols.index(DECISION);
    int note = cols.index(NOTE);
    int recorded = cols.index(RECORDED);
    int changed = cols.index(CHANGED);
    Row row;
    while ((row = rows.next()) != null) {
      String idText = FormulaText.restore(Cells.optional(row.get(id)));
      String keyText = FormulaText.restore(Cells.optional(row.get(key)));
      String nameText = FormulaText.restore(Cells.optional(row.get(name)));
      if (idText.isEmpty() && keyText.isEmpty() && nameText.isEmpty()) {
        counter.skip(row.line(), Message.of("problem.missing-person.ledger"));
        continue;
      }
      StringBuilder noteText = new StringBuilder(FormulaText.restore(row.get(note).strip()));
      ReasonCode reasonCode = null;
      String reasonText = Cells.optional(row.get(reason));
      if (!reasonText.isEmpty()) {
        Optional<ReasonCode> parsed = reasonCode(reasonText);
        if (parsed.isPresent()) {
          reasonCode = parsed.get();
        } else {
          keep(noteText, reasonText);
          counter.note(row.line(), Message.of("problem.reason-unknown", reasonText));
        }
      }
      Decision decisionCode = null;
      String decisionText = Cells.optional(row.get(decision));
      if (!decisionText.isEmpty()) {
        Optional<Decision> parsed = Decision.parse(decisionText);
        if (parsed.isPresent()) {
          decisionCode = parsed.get();
        } else {
          keep(noteText, decisionText);
          counter.note(row.line(), Message.of("problem.decision-unknown", decisionText));
        }
      }
      LocalDate day = date(row, recorded, "Recorded", counter);
      LocalDate changedOn = date(row, changed, "Changed", counter);
      Review review =
          new Review(
              idText,
              keyText,
              nameText,
              reasonCode,
              decisionCode,
              noteText.toString(),
              day,
              changedOn);
      sink.fact(new ManualFact(review, PersonRef.named(nameText), counter.at(row.line())));
      counter.used();
    }
  }

  private LocalDate date(Row row, int column, String what, RowCounter counter) {
    try {
      return dates.parse(row.get(column)).orElse(null);
    } catch (DateTimeException e) {
      counter.note(row.line(), Message.of("problem.bad-date.kept", what, BadDateException.why(e)));
      return null;
    }
  }

  private static void keep(StringBuilder note, String text) {
    if (note.length() > 0) {
      note.append(" | ");
    }
    note.append(text);
  }

  /** A reason code, case-insensitive. */
  static Optional<ReasonCode> reasonCode(String text) {
    String code = text.trim().toUpperCase(Locale.ROOT);
    for (ReasonCode r : ReasonCode.values()) {
      if (r.name().equals(code)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
