package de.kontaktcharta.io;

import de.kontaktcharta.model.Decision;
import de.kontaktcharta.model.ManualFact;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.ReasonCode;
import de.kontaktcharta.model.Review;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The reasons ledger ({@code reasons.csv}) and hand-made lists of the same shape: Contact ID, key,
 * name, reason, decision, note, date recorded. Text that is no reason or decision code is kept as
 * part of the note, and reported.
 */
final class ReasonsReader implements TableReader {

  private final DateParser dates;

  ReasonsReader(DateParser dates) {
    this.dates = dates;
  }

  @Override
  public void read(RowSource rows, RowCounter counter, InputSink sink) throws IOException {
    Header h = rows.header();
    int id = h.indexOf("contact id", "kontakt-id", "invitation id", "einladungs-id", "id");
    int key = h.indexOf("key", "schlüssel", "match key");
    int name = h.indexOf("name");
    int reason = h.indexOf("reason", "grund", "reason code", "grund-code");
    int decision = h.indexOf("decision", "entscheidung");
    int note = h.indexOf("note", "notiz");
    int recorded = h.indexOf("recorded", "erfasst", "date", "datum");
    Row row;
    while ((row = rows.next()) != null) {
      String idText = LedgerFormat.restore(Cells.optional(row.get(id)));
      String keyText = LedgerFormat.restore(Cells.optional(row.get(key)));
      String nameText = LedgerFormat.restore(Cells.optional(row.get(name)));
      if (idText.isEmpty() && keyText.isEmpty() && nameText.isEmpty()) {
        counter.skip(row.line(), "missing-person", "entry without Contact ID, key or name");
        continue;
      }
      StringBuilder noteText = new StringBuilder(LedgerFormat.restore(row.get(note).strip()));
      ReasonCode reasonCode = null;
      String reasonText = Cells.optional(row.get(reason));
      if (!reasonText.isEmpty()) {
        Optional<ReasonCode> parsed = reasonCode(reasonText);
        if (parsed.isPresent()) {
          reasonCode = parsed.get();
        } else {
          keep(noteText, reasonText);
          counter.note(
              row.line(),
              "reason-unknown",
              "'" + reasonText + "' is no reason code; kept as a note");
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
          counter.note(
              row.line(),
              "decision-unknown",
              "'" + decisionText + "' is no decision code; kept as a note");
        }
      }
      LocalDate day = null;
      try {
        day = dates.parse(row.get(recorded)).orElse(null);
      } catch (DateTimeException e) {
        counter.note(row.line(), "bad-date", "Recorded: " + e.getMessage() + "; date left empty");
      }
      Review review =
          new Review(idText, keyText, nameText, reasonCode, decisionCode, noteText.toString(), day);
      sink.fact(new ManualFact(review, PersonRef.named(nameText), counter.at(row.line())));
      counter.used();
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
