package de.kontaktcharta.source.telegram;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.io.StringWriter;

/**
 * A parser that can carry on after broken JSON inside a chat's {@code messages}. Telegram writes
 * each message object starting on a line of its own, indented by its depth ({@code "     {"});
 * after a syntax error the text is searched for the next such line (or for the {@code ]} that
 * ends the list), and a fresh parser starts there behind an opening that re-creates the
 * enclosing objects, so that reading continues as if nothing happened.
 */
final class ResumableParser extends JsonParserDelegate {

  /** Where reading carries on after {@link #resume}. */
  enum Resumed {
    /** At the next message; the next token is its START_OBJECT. */
    NEXT_MESSAGE,
    /** At the end of the messages; the next token is END_ARRAY. */
    END_OF_MESSAGES
  }

  /**
   * The text that re-creates the enclosing objects up to and including the {@code [} of {@code
   * messages}, e.g. {@code {"chats":{"list":[{"messages":[}, and how many tokens it holds.
   */
  record Opening(String text, int tokens, int depth) {}

  /** Thrown when no place to carry on was found before the end of the file. */
  static final class Lost extends IOException {
    private static final long serialVersionUID = 1L;

    private final boolean fileEnded;
    private final int line;

    Lost(boolean fileEnded, int line) {
      super((fileEnded ? "the file ends at line " : "no further message found after line ") + line);
      this.fileEnded = fileEnded;
      this.line = line;
    }

    /** True when the file ends in the broken message; else no message follows it. */
    boolean fileEnded() {
      return fileEnded;
    }

    /** The last line looked at. */
    int line() {
      return line;
    }
  }

  private final JsonFactory factory;
  private final PushbackSource source;
  private int lineOffset;

  ResumableParser(JsonFactory factory, PushbackSource source) throws IOException {
    super(factory.createParser(source));
    this.factory = factory;
    this.source = source;
  }

  /** The file line of the current token. */
  int line() {
    return delegate.currentTokenLocation().getLineNr() + lineOffset;
  }

  /** The 1-based column of the current token. */
  int column() {
    return delegate.currentTokenLocation().getColumnNr();
  }

  /** The file line where the parser stopped, e.g. after an error. */
  int stopLine() {
    return delegate.currentLocation().getLineNr() + lineOffset;
  }

  /**
   * Skips from where the last error left the parser to the next message at {@code indent}, or to
   * the end of the list, and continues there.
   *
   * @return where reading carries on, and {@link #line()} tells the line
   * @throws Lost when the file ends first
   */
  Resumed resume(Opening opening, int indent) throws IOException {
    int line = stopLine();
    boolean atLineStart = delegate.currentLocation().getColumnNr() <= 1;
    StringWriter held = new StringWriter();
    delegate.releaseBuffered(held);
    delegate.close();
    source.unread(held.toString());
    String next = " ".repeat(indent) + "{";
    String end = " ".repeat(Math.max(indent - 1, 0)) + "]";
    if (!atLineStart) {
      if (source.readLine(0) == null) {
        throw new Lost(true, line);
      }
      line++; // the rest of the broken line is never a place to carry on
    }
    String text;
    while (true) {
      text = source.readLine(indent + 2);
      if (text == null) {
        throw new Lost(false, line);
      }
      if (text.equals(next) || text.equals(end) || text.equals(end + ",")) {
        break;
      }
      line++;
    }
    source.unread(opening.text() + text + "\n");
    lineOffset = line - 1;
    delegate = factory.createParser(source);
    for (int i = 0; i < opening.tokens(); i++) {
      delegate.nextToken();
    }
    return text.equals(next) ? Resumed.NEXT_MESSAGE : Resumed.END_OF_MESSAGES;
  }
}
