package de.kontaktcharta.input.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.kontaktcharta.model.Problem;
import de.kontaktcharta.testing.English;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Damaged cells are named with their own rows, and a sheet full of them gives a few notes. */
class SheetNotesTest {

  @Test
  void eachRowWithAFormulaErrorIsNamed() {
    SheetNotes notes = new SheetNotes();
    notes.add(SheetNotes.Kind.FORMULA_ERROR, 4);
    notes.add(SheetNotes.Kind.FORMULA_ERROR, 5);
    notes.add(SheetNotes.Kind.FORMULA_ERROR, 5);
    notes.add(SheetNotes.Kind.FORMULA_ERROR, 6);
    List<Problem> problems = notes.problems("k.xlsx!Kunden");
    assertEquals(List.of(4, 5, 6), problems.stream().map(p -> p.source().line()).toList());
    assertEquals(
        "2 cells hold a formula error (#DIV/0!, #REF!, #N/A …) and are read as empty",
        English.text(problems.get(1)));
  }

  @Test
  void pastTheFirstRowsTheRestIsOneNote() {
    SheetNotes notes = new SheetNotes();
    for (int row = 2; row < 2 + SheetNotes.ROWS_NAMED + 30; row++) {
      notes.add(SheetNotes.Kind.FORMULA_ERROR, row);
    }
    List<Problem> problems = notes.problems("k.xlsx!Kunden");
    assertEquals(SheetNotes.ROWS_NAMED + 1, problems.size());
    Problem rest = problems.get(SheetNotes.ROWS_NAMED);
    assertEquals(2 + SheetNotes.ROWS_NAMED, rest.source().line());
    assertEquals(
        "30 more in this and later rows: cells hold a formula error (#DIV/0!, #REF!, #N/A …) and"
            + " are read as empty",
        English.text(rest));
  }
}
