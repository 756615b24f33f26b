package de.kontaktcharta.review;

import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which saved file edited each contact's reason, decision and note first. Files are read newest
 * first, so the first edit is the newest; an older file's edit of the same value to something else
 * loses, and the disagreement is named on Problems. A cell that shows what the ledger holds is no
 * edit: a copy made from an older report does not undo what another copy changed.
 */
final class Claims {

  /**
   * The newest file's word about one value.
   *
   * @param file the file it is in
   * @param word the value as understood: a code, {@code -} for cleared, or the text itself
   * @param text the cell as written
   * @param source file, sheet and row
   */
  record Claim(Path file, String word, String text, SourceRef source) {}

  private final Map<String, Claim> claims = new HashMap<>();
  private final Set<String> named = new HashSet<>();

  /**
   * The claim of a newer file than this one on the value, if any; records this file's word when
   * none claimed the value before.
   */
  Optional<Claim> newer(String id, String field, Claim word) {
    String key = id + "\u0000" + field;
    Claim first = claims.putIfAbsent(key, word);
    return first == null || first.file().equals(word.file())
        ? Optional.empty()
        : Optional.of(first);
  }

  /** The row that gave the value's newest word, if any file spoke of it. */
  Optional<SourceRef> source(String id, String field) {
    return Optional.ofNullable(claims.get(id + "\u0000" + field)).map(Claim::source);
  }

  /**
   * Names a disagreement between an older and a newer file once.
   *
   * @param older the older file's word, which is not taken
   */
  void disagree(String id, String field, Claim older, Claim newer, List<Problem> problems) {
    if (!named.add(id + "\u0000" + field + "\u0000" + older.file())) {
      return;
    }
    problems.add(
        Problem.note(
            older.source(),
            Severity.WARNING,
            disagreement(field, id, older.text(), newer.text(), newer.source().toString())));
  }

  private static Message disagreement(String field, Object... args) {
    switch (field) {
      case "reason":
        return Message.of("problem.review-files-disagree.reason", args);
      case "decision":
        return Message.of("problem.review-files-disagree.decision", args);
      default:
        return Message.of("problem.review-files-disagree.note", args);
    }
  }
}
