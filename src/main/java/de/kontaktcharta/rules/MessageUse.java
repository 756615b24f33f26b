package de.kontaktcharta.rules;

import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The messages that counted for nobody: one Problems line per file and reason, each standing for as
 * many messages as it names, and per file how many of the messages its reader passed on as used are
 * therefore on Problems after all.
 *
 * @param problems the lines
 * @param unused per file, the messages the lines stand for
 */
public record MessageUse(List<Problem> problems, Map<String, Long> unused) {

  /** Names of people outside the network shown in a file's line. */
  static final int NAMES_SHOWN = 5;

  public MessageUse {
    problems = List.copyOf(problems);
    unused = Map.copyOf(unused);
  }

  static MessageUse of(List<MessageFile> files) {
    List<Problem> problems = new ArrayList<>();
    Map<String, Long> unused = new LinkedHashMap<>();
    for (MessageFile f : files) {
      Lines lines = new Lines(f.name, problems);
      lines.add(f.duplicates, Severity.INFO, "problem.message-duplicate");
      lines.add(f.bulk, Severity.INFO, "problem.message-bulk");
      lines.add(f.group, Severity.INFO, "problem.message-group");
      lines.add(f.ownerless, Severity.WARNING, "problem.owner-unknown.messages");
      lines.add(f.withoutOwner, Severity.INFO, "problem.message-without-owner");
      lines.add(f.withoutPartner, Severity.INFO, "problem.message-without-partner");
      lines.add(f.ambiguous, Severity.WARNING, "problem.message-ambiguous");
      lines.add(
          f.unmatched,
          Severity.INFO,
          "problem.message-unmatched",
          f.unmatchedPeople.size(),
          String.join(", ", f.unmatchedNames));
      if (lines.rows > 0) {
        unused.put(f.name, lines.rows);
      }
    }
    return new MessageUse(problems, unused);
  }

  /** The lines of one file. */
  private static final class Lines {
    private final String file;
    private final List<Problem> problems;
    long rows;

    Lines(String file, List<Problem> problems) {
      this.file = file;
      this.problems = problems;
    }

    /**
     * @param key the line's text, whose first value is the count
     * @param more the values after the count
     */
    void add(long count, Severity severity, String key, Object... more) {
      if (count > 0) {
        rows += count;
        Object[] args = new Object[more.length + 1];
        args[0] = count;
        System.arraycopy(more, 0, args, 1, more.length);
        problems.add(
            Problem.skippedRows(SourceRef.wholeFile(file), severity, Message.of(key, args), count));
      }
    }
  }
}
