package de.kontaktcharta.review;

import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Review;
import de.kontaktcharta.model.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One report row's cells applied to a ledger entry. A cell is an edit only where it differs from
 * the ledger; a newer file's edit of a value stands against an older file's; within one file the
 * first row's edit stands against a second row that says otherwise (that one is kept as a note).
 */
final class RowEdit {

  private final ReviewValues values;
  private final Claims claims;
  private final Set<String> cleared;
  private final Path file;
  private final Review before;
  private final Review current;
  private final ReviewRow row;
  private final List<Problem> problems;
  private final StringBuilder note;

  /**
   * @param cleared ID and column of every value cleared with a dash in this file
   * @param before the ledger's entry as it was before this run
   * @param current the entry with the edits of the rows before this one
   */
  RowEdit(
      ReviewValues values,
      Claims claims,
      Set<String> cleared,
      Path file,
      Review before,
      Review current,
      ReviewRow row,
      List<Problem> problems) {
    this.values = values;
    this.claims = claims;
    this.cleared = cleared;
    this.file = file;
    this.before = before;
    this.current = current;
    this.row = row;
    this.problems = problems;
    this.note = new StringBuilder(current.note());
  }

  Review apply() {
    var reason =
        field(
            row.reasonCell(),
            before.reason(),
            current.reason(),
            values::reason,
            "problem.reason-unknown",
            "problem.review-conflict.reason",
            "reason");
    var decision =
        field(
            row.decisionCell(),
            before.decision(),
            current.decision(),
            values::decision,
            "problem.decision-unknown",
            "problem.review-conflict.decision",
            "decision");
    noteCell();
    String name = current.name().isEmpty() ? row.name() : current.name();
    return new Review(
        current.id(),
        current.key(),
        name,
        reason,
        decision,
        note.toString(),
        current.recorded(),
        current.changed());
  }

  private <T extends Enum<T>> T field(
      Optional<String> cell,
      T was,
      T now,
      Function<String, Optional<T>> parse,
      String unknownKey,
      String conflictKey,
      String what) {
    String text = cell.orElse("").strip();
    if (text.isEmpty()) {
      return now;
    }
    boolean clears = values.clears(text);
    Optional<T> parsed = clears ? Optional.empty() : parse.apply(text);
    String word = clears ? "-" : parsed.map(Enum::name).orElse(text);
    String wasWord = was == null ? "-" : was.name();
    String mark = row.id() + "\u0000" + what;
    if (clears) {
      cleared.add(mark);
    }
    if (word.equals(wasWord)) {
      // no edit: the row shows what the ledger holds (a stale copy, or a sheet another row of
      // this file changed); only edits compete
      return now;
    }
    Claims.Claim mine = new Claims.Claim(file, word, text, row.source());
    Optional<Claims.Claim> newer = claims.newer(row.id(), what, mine);
    if (newer.isPresent()) {
      if (!newer.get().word().equals(word)) {
        claims.disagree(row.id(), what, mine, newer.get(), problems);
      }
      return now;
    }
    if (!clears && cleared.contains(mark)) {
      // the same contact's row on another sheet still shows the value the user cleared
      return now;
    }
    if (!clears && parsed.isEmpty()) {
      keep(text);
      problems.add(Problem.note(row.source(), Severity.WARNING, Message.of(unknownKey, text)));
      return now;
    }
    T wanted = parsed.orElse(null);
    if (!Objects.equals(now, was) && !Objects.equals(now, wanted)) {
      keep(text);
      problems.add(Problem.note(row.source(), Severity.WARNING, Message.of(conflictKey, row.id())));
      return now;
    }
    return wanted;
  }

  private void noteCell() {
    String text = row.noteCell().orElse("").strip();
    if (text.isEmpty()) {
      return;
    }
    if (text.equals(before.note())) {
      return;
    }
    boolean clears = values.clears(text);
    Claims.Claim mine = new Claims.Claim(file, clears ? "-" : text, text, row.source());
    Optional<Claims.Claim> newer = claims.newer(row.id(), "note", mine);
    if (newer.isPresent()) {
      if (!newer.get().word().equals(mine.word())) {
        claims.disagree(row.id(), "note", mine, newer.get(), problems);
      }
      return;
    }
    if (clears) {
      note.setLength(0);
    } else if (note.toString().equals(before.note())) {
      note.setLength(0);
      note.append(text);
    } else {
      keep(text);
    }
  }

  private void keep(String text) {
    if (note.indexOf(text) >= 0) {
      return;
    }
    if (note.length() > 0) {
      note.append(" | ");
    }
    note.append(text);
  }
}
