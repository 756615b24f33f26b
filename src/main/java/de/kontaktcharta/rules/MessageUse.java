package de.kontaktcharta.rules;

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
      lines.add(
          f.duplicates,
          Severity.INFO,
          "message-duplicate",
          " messages were read before from another file (same Message-ID); counted once");
      lines.add(
          f.bulk,
          Severity.INFO,
          "message-bulk",
          " newsletters, mailing-list and automatic messages; never counted as exchange");
      lines.add(
          f.group,
          Severity.INFO,
          "message-group",
          " messages in group conversations or to more than 5 recipients; never counted as"
              + " exchange");
      lines.add(
          f.ownerless,
          Severity.WARNING,
          "owner-unknown",
          " messages count for nobody: the owner of the messages could not be recognised (name"
              + " the owner's addresses and numbers in the charter's owner section)");
      lines.add(
          f.withoutOwner,
          Severity.INFO,
          "message-without-owner",
          " messages neither from nor to the owner; not counted");
      lines.add(
          f.withoutPartner,
          Severity.INFO,
          "message-without-partner",
          " messages from the owner to nobody else; not counted");
      lines.add(
          f.ambiguous,
          Severity.WARNING,
          "message-ambiguous",
          " messages with people whose name fits several contacts (see ambiguous-name); not"
              + " counted");
      lines.add(
          f.unmatched,
          Severity.INFO,
          "message-unmatched",
          " messages with "
              + f.unmatchedPeople.size()
              + " people who are no contacts and sent no open invitation (such as "
              + String.join(", ", f.unmatchedNames)
              + "); not counted");
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

    void add(long count, Severity severity, String code, String text) {
      if (count > 0) {
        rows += count;
        problems.add(
            Problem.skippedRows(SourceRef.wholeFile(file), severity, code, count + text, count));
      }
    }
  }
}
