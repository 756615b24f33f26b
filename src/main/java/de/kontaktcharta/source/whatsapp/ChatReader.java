package de.kontaktcharta.source.whatsapp;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.Queue;

/**
 * Reads a WhatsApp chat export (UTF-8 text) line by line. A dated line opens a message; a line
 * without a date continues the message before it. The layout is fixed by the first dated line. The
 * order of day and month is decided per file by the first date that proves it (a component above
 * 12, dots, or a four-digit year first); messages are held back only until then, so memory stays
 * small for German and other day-first files, whose dots decide at once.
 */
public final class ChatReader {

  /**
   * Reads the chat and reports its lines to the listener. The stream is read to its end but not
   * closed.
   */
  public ChatSummary read(InputStream in, ChatSource source, ChatListener listener)
      throws IOException {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(listener, "listener");
    return new Pass(source, listener)
        .run(new TextLines(new InputStreamReader(in, StandardCharsets.UTF_8)));
  }

  /** A message whose last line may still follow. */
  private static final class Entry {
    final Stamp stamp;
    final int line;
    final LineClassifier.Classified classified;
    int lines = 1;

    Entry(Stamp stamp, int line, LineClassifier.Classified classified) {
      this.stamp = stamp;
      this.line = line;
      this.classified = classified;
    }
  }

  /** The state of one reading. */
  private static final class Pass {
    private final ChatSource source;
    private final ChatListener listener;
    private final ChatTally tally = new ChatTally();
    private final Queue<Entry> waiting = new ArrayDeque<>();
    private ChatFormat format;
    private LineClassifier classifier;
    private DateOrder order;
    private boolean guessed;
    private boolean twelveHour;
    private Entry current;
    private int strayLines;
    private int firstStrayLine;

    Pass(ChatSource source, ChatListener listener) {
      this.source = source;
      this.listener = listener;
    }

    ChatSummary run(TextLines lines) throws IOException {
      int number = 0;
      String text;
      while ((text = lines.next()) != null) {
        number++;
        take(number, number == 1 && text.startsWith("\ufeff") ? text.substring(1) : text);
      }
      complete();
      if (format == null) {
        reportStray();
        problem(Math.max(1, number), ChatProblem.Kind.NO_MESSAGES, "");
      } else if (order == null) {
        order = twelveHour ? DateOrder.MONTH_FIRST : DateOrder.DAY_FIRST;
        guessed = true;
        flush();
      }
      return tally.summary(source, format, order, guessed, number);
    }

    private void take(int number, String text) {
      Stamp stamp = Stamp.parse(text, format);
      if (stamp == null) {
        if (current != null) {
          current.lines++;
        } else if (!text.isBlank()) {
          strayLines++;
          firstStrayLine = firstStrayLine == 0 ? number : firstStrayLine;
        }
        return;
      }
      if (format == null) {
        format = stamp.format();
        classifier = new LineClassifier(format, source.title());
        reportStray();
      }
      complete();
      current = new Entry(stamp, number, classifier.classify(text.substring(stamp.restStart())));
      twelveHour |= stamp.twelveHour();
      if (order == null && stamp.provenOrder() != null) {
        order = stamp.provenOrder();
        flush();
      }
    }

    private void complete() {
      if (current != null) {
        waiting.add(current);
        current = null;
        if (order != null) {
          flush();
        }
      }
    }

    private void flush() {
      Entry entry;
      while ((entry = waiting.poll()) != null) {
        emit(entry);
      }
    }

    private void emit(Entry entry) {
      var time = entry.stamp.toDateTime(order);
      if (time == null) {
        problem(entry.line, ChatProblem.Kind.INVALID_DATE, entry.stamp.written());
        return;
      }
      LineClassifier.Classified c = entry.classified;
      ChatMessage message = new ChatMessage(entry.line, time, c.author(), c.kind(), entry.lines);
      tally.message(message, c.groupEvent());
      listener.message(message);
    }

    private void reportStray() {
      if (strayLines > 0) {
        problem(
            firstStrayLine,
            ChatProblem.Kind.TEXT_BEFORE_FIRST_MESSAGE,
            Integer.toString(strayLines));
        strayLines = 0;
      }
    }

    private void problem(int line, ChatProblem.Kind kind, String detail) {
      tally.problem();
      listener.problem(new ChatProblem(source.file(), line, kind, detail));
    }
  }
}
