package de.kontaktcharta.source.meta;

import de.kontaktcharta.model.Problem;

/** Counts what one read does and passes messages and problems on. */
final class MetaTally implements MetaSink<MetaMessage> {

  private final MetaSink<MetaMessage> sink;
  private final String file;
  private int met;
  private int used;
  private int skipped;
  private int problems;
  private boolean open;

  MetaTally(MetaSink<MetaMessage> sink, String file) {
    this.sink = sink;
    this.file = file;
  }

  /** A message object (or an unread rest of the file) was met. */
  void met() {
    met++;
    open = true;
  }

  /** The message object met last was used or named in a problem. */
  void settled() {
    open = false;
  }

  /**
   * The rest of the file is not read: it counts as one more entry, unless it begins inside a
   * message object already counted.
   */
  void restUnread() {
    if (!open) {
      met++;
    }
    open = false;
  }

  @Override
  public void accept(MetaMessage message) {
    used++;
    sink.accept(message);
  }

  @Override
  public void problem(Problem problem) {
    problems++;
    if (problem.rowSkipped()) {
      skipped++;
    }
    sink.problem(problem);
  }

  MetaReadSummary summary() {
    return new MetaReadSummary(file, met, used, skipped, problems);
  }
}
