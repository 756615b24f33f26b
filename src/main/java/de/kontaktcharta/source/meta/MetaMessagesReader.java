package de.kontaktcharta.source.meta;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads one thread file of a Facebook or Instagram "Download your information" export ({@code
 * .../messages/inbox/<thread>/message_N.json}), or one file of Messenger's separate download of
 * end-to-end-encrypted chats ({@code <Name>_<N>.json}), with Jackson's streaming parser. Message
 * contents are skipped unread. Long threads are split over {@code message_1.json}, {@code
 * message_2.json}, ...; each is read on its own and all carry the same conversation key.
 */
public final class MetaMessagesReader {

  /** Messages of one file held back at most; Meta writes about 10,000 per file. */
  static final int MAX_PENDING = 100_000;

  private final int maxPending;

  public MetaMessagesReader() {
    this(MAX_PENDING);
  }

  MetaMessagesReader(int maxPending) {
    this.maxPending = maxPending;
  }

  /**
   * Reads the whole stream (without closing it) and hands every message to the sink. Never throws:
   * bad messages, broken JSON and a failing stream become problems, and what was read before a
   * break is still handed on.
   *
   * @param file the display name used in every source reference; its folders tell platform, section
   *     and thread
   */
  public MetaReadSummary read(InputStream in, String file, MetaSink<MetaMessage> sink) {
    MetaTally tally = new MetaTally(sink, file);
    ThreadFile thread = new ThreadFile(file, maxPending);
    JsonParser parser = null;
    try {
      parser = JsonValues.parser(in);
      root(parser, file, thread, tally);
    } catch (IOException | RuntimeException e) {
      tally.restUnread();
      tally.problem(broken(file, parser, e));
    }
    thread.finish(tally);
    return tally.summary();
  }

  private void root(JsonParser p, String file, ThreadFile thread, MetaTally tally)
      throws IOException {
    JsonToken first = p.nextToken();
    if (first != JsonToken.START_OBJECT) {
      tally.problem(
          new Problem(
              SourceRef.wholeFile(file),
              Severity.ERROR,
              first == null
                  ? Message.of("problem.meta-not-a-thread.empty")
                  : Message.of("problem.meta-not-a-thread.no-object"),
              first != null));
      return;
    }
    boolean messages = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      switch (field) {
        case "participants" -> participants(p, value, thread, file, tally);
        case "messages" -> {
          messages = true;
          messages(p, value, thread, file, tally);
        }
        case "thread_type" -> thread.threadType(JsonValues.text(p, value));
        case "thread_path" -> thread.threadPath(JsonValues.text(p, value));
        case "threadName" -> {
          thread.secureStorage();
          p.skipChildren();
        }
        default -> p.skipChildren();
      }
    }
    if (!messages) {
      tally.problem(
          Problem.note(
              SourceRef.wholeFile(file), Severity.WARNING, Message.of("problem.meta-no-messages")));
    }
  }

  private static void participants(
      JsonParser p, JsonToken value, ThreadFile thread, String file, MetaTally tally)
      throws IOException {
    if (value != JsonToken.START_ARRAY) {
      wrongType(p, Message.of("problem.meta-wrong-type.participants"), file, tally);
      return;
    }
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == JsonToken.VALUE_STRING) {
        thread.secureStorage();
        thread.participant(MetaNames.clean(Mojibake.repair(p.getText())));
      } else if (t == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          JsonToken v = p.nextToken();
          String name = field.equals("name") ? JsonValues.text(p, v) : skip(p);
          if (name != null) {
            thread.participant(MetaNames.clean(Mojibake.repair(name)));
          }
        }
      } else {
        wrongType(p, Message.of("problem.meta-wrong-type.participant"), file, tally);
      }
    }
  }

  private void messages(
      JsonParser p, JsonToken value, ThreadFile thread, String file, MetaTally tally)
      throws IOException {
    if (value != JsonToken.START_ARRAY) {
      tally.met();
      tally.problem(
          Problem.skippedRow(at(file, p), Message.of("problem.meta-wrong-type.messages")));
      tally.settled();
      p.skipChildren();
      return;
    }
    int number = 0;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      number++;
      tally.met();
      SourceRef at = at(file, p);
      if (t != JsonToken.START_OBJECT) {
        p.skipChildren();
        tally.problem(
            Problem.skippedRow(
                at, Message.of("problem.meta-wrong-type.message", String.valueOf(number))));
        tally.settled();
        continue;
      }
      MessageObject object = MessageObject.read(p);
      if (object.camelCase()) {
        thread.secureStorage();
      }
      PendingMessage m = object.toPending(number, at, tally, thread);
      if (m != null) {
        thread.add(m, tally);
      }
      tally.settled();
    }
  }

  private static String skip(JsonParser p) throws IOException {
    p.skipChildren();
    return null;
  }

  private static void wrongType(JsonParser p, Message text, String file, MetaTally tally)
      throws IOException {
    tally.problem(Problem.note(at(file, p), Severity.WARNING, text));
    p.skipChildren();
  }

  private static SourceRef at(String file, JsonParser p) {
    return new SourceRef(file, Math.max(0, p.currentTokenLocation().getLineNr()));
  }

  /** The problem for a file that stops being readable: where, and that the rest is not read. */
  static Problem broken(String file, JsonParser p, Exception e) {
    JsonLocation where =
        e instanceof JsonProcessingException jpe && jpe.getLocation() != null
            ? jpe.getLocation()
            : p != null ? p.currentLocation() : null;
    int line = where == null ? 0 : Math.max(0, where.getLineNr());
    Message place =
        where == null || where.getColumnNr() <= 0
            ? Message.of("problem.meta-broken-json.line", String.valueOf(line))
            : Message.of(
                "problem.meta-broken-json.column",
                String.valueOf(line),
                String.valueOf(where.getColumnNr()));
    Message what;
    if (e instanceof JsonEOFException) {
      what = Message.of("problem.meta-broken-json.cut-off", place);
    } else if (e instanceof JsonProcessingException) {
      what = Message.of("problem.meta-broken-json.not-json", place);
    } else {
      what = Message.of("problem.meta-broken-json.unreadable", e.getClass().getSimpleName(), place);
    }
    return new Problem(new SourceRef(file, line), Severity.ERROR, what, true);
  }
}
