package de.kontaktcharta.rules;

import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Says which evidence names nobody in the network and no open invitation, so that a recommendation
 * whose author's name was mangled by a re-save is not dropped without a word. A calendar or a
 * mailbox names many people who are no contacts; past a few the file gets one note.
 */
final class UnmatchedEvidence {

  /** Up to this many per file, each piece of evidence gets a note of its own. */
  static final int ONE_BY_ONE = 20;

  /** Names shown in the note about a file with more. */
  static final int NAMES_SHOWN = 5;

  private UnmatchedEvidence() {}

  static List<Problem> notes(String file, List<Finding> findings) {
    List<Problem> notes = new ArrayList<>();
    if (findings.size() <= ONE_BY_ONE) {
      for (Finding f : findings) {
        notes.add(
            Problem.note(
                f.evidence().source(),
                Severity.INFO,
                Message.of(
                    "problem.evidence-unmatched",
                    name(f),
                    Message.of("reason." + f.evidence().reason().name()))));
      }
      return notes;
    }
    Set<String> names = new LinkedHashSet<>();
    for (Finding f : findings) {
      if (names.size() == NAMES_SHOWN) {
        break;
      }
      names.add(name(f));
    }
    notes.add(
        Problem.note(
            SourceRef.wholeFile(file),
            Severity.INFO,
            Message.of(
                "problem.evidence-unmatched.many", findings.size(), String.join(", ", names))));
    return notes;
  }

  private static String name(Finding f) {
    String name = f.who().displayName();
    if (!name.isEmpty()) {
      return name;
    }
    return f.who().emails().isEmpty()
        ? String.join(" ", f.who().profileUrls())
        : f.who().emails().get(0);
  }
}
