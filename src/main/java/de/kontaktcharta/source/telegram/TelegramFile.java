package de.kontaktcharta.source.telegram;

import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;

/** One export being read: the parser, positions, problems and the summary counts. */
final class TelegramFile {

  private final String name;
  private final TelegramSink sink;
  private final ResumableParser parser;
  int chats;
  int messages;
  int used;
  int noEvidence;
  int skipped;
  private boolean localTimesNoted;

  TelegramFile(String name, TelegramSink sink, ResumableParser parser) {
    this.name = name;
    this.sink = sink;
    this.parser = parser;
  }

  ResumableParser parser() {
    return parser;
  }

  TelegramSink sink() {
    return sink;
  }

  String name() {
    return name;
  }

  /** Where the current token starts. */
  SourceRef here() {
    return at(parser.line());
  }

  SourceRef at(int line) {
    return new SourceRef(name, Math.max(line, 0));
  }

  void note(SourceRef source, Severity severity, Message text) {
    sink.problem(new Problem(source, severity, text, false));
  }

  /** A message or entry left out, with the reason. */
  void skip(SourceRef source, Severity severity, Message text) {
    skipped++;
    sink.problem(new Problem(source, severity, text, true));
  }

  /** Says once per file that times are local: exports before 2022 lack {@code date_unixtime}. */
  void localTimes(SourceRef first) {
    if (!localTimesNoted) {
      localTimesNoted = true;
      note(first, Severity.INFO, Message.of("problem.telegram-local-times"));
    }
  }
}
