package de.kontaktcharta.source.x;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;

/**
 * One archive file being read: the {@code window.… =} prefix skipped, a streaming parser over the
 * JSON that follows, the position for sources and problems, and the counts for the summary.
 */
final class XFile {

  /** The prefix is one short line; more than this without {@code =} is no archive file. */
  private static final int MAX_PREFIX = 4096;

  /** Reads the JSON value of a file; the parser stands before its first token. */
  interface Body {
    void read(XFile file) throws IOException;
  }

  private final String name;
  private final XSink sink;
  private JsonParser parser;
  private int prefixLines;
  private int entries;
  private int used;
  private int skipped;
  private boolean unread;

  private XFile(String name, XSink sink) {
    this.name = name;
    this.sink = sink;
  }

  /**
   * Reads {@code in} with {@code body}. Damaged or truncated JSON ends the file with a problem;
   * only failures of the stream itself are thrown. The caller keeps ownership of {@code in}.
   */
  static XFileSummary read(InputStream in, String name, XFileKind kind, XSink sink, Body body)
      throws IOException {
    XFile file = new XFile(name, sink);
    boolean complete = file.readAll(in, body);
    return new XFileSummary(name, kind, file.entries, file.used, file.skipped, complete);
  }

  private boolean readAll(InputStream in, Body body) throws IOException {
    if (!skipPrefix(in)) {
      return false;
    }
    JsonFactory factory =
        JsonFactory.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();
    // the prefix is ASCII: the rest goes to Jackson as bytes, its fastest way to read UTF-8
    try (JsonParser p = factory.createParser(in)) {
      parser = p;
      body.read(this);
      return !unread;
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr() + prefixLines;
      error(new SourceRef(name, Math.max(line, 0)), Message.of("problem.x-damaged-file"));
      return false;
    }
  }

  /** Consumes everything up to and including the first {@code =}, byte order mark included. */
  private boolean skipPrefix(InputStream in) throws IOException {
    int read = 0;
    int c;
    while ((c = in.read()) != -1 && c != '=') {
      if (c == '\n') {
        prefixLines++;
      }
      if (++read > MAX_PREFIX) {
        break;
      }
    }
    if (c == '=') {
      return true;
    }
    error(
        SourceRef.wholeFile(name),
        read == 0
            ? Message.of("problem.x-not-archive-file.empty")
            : Message.of("problem.x-not-archive-file"));
    return false;
  }

  private void error(SourceRef source, Message text) {
    sink.problem(Problem.note(source, Severity.ERROR, text));
  }

  JsonParser parser() {
    return parser;
  }

  String name() {
    return name;
  }

  XSink sink() {
    return sink;
  }

  /** Where the current token starts. */
  SourceRef here() {
    return new SourceRef(name, parser.currentTokenLocation().getLineNr() + prefixLines);
  }

  /**
   * Expects the top-level array and hands each element to {@code element}, counting entries. A file
   * whose value is no array gets a problem and is not read.
   */
  void forEachEntry(Body element) throws IOException {
    if (!expect(JsonToken.START_ARRAY)) {
      return;
    }
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      entries++;
      element.read(this);
    }
  }

  /** Moves to the first token and checks it; a mismatch is a problem. */
  boolean expect(JsonToken first) throws IOException {
    JsonToken token = parser.nextToken();
    if (token == first) {
      return true;
    }
    error(
        token == null ? SourceRef.wholeFile(name) : here(),
        first == JsonToken.START_ARRAY
            ? Message.of("problem.x-unexpected-content.no-list", XJson.describe(token))
            : Message.of("problem.x-unexpected-content.no-object", XJson.describe(token)));
    unread = true;
    if (token != null) {
      parser.skipChildren();
    }
    return false;
  }

  void used() {
    used++;
  }

  /** An entry or message left out, with the reason. */
  void skip(SourceRef source, Message text) {
    skipped++;
    sink.problem(Problem.skippedRow(source, text));
  }

  void note(SourceRef source, Severity severity, Message text) {
    sink.problem(Problem.note(source, severity, text));
  }

  int usedCount() {
    return used;
  }
}
