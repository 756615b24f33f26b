package de.kontaktcharta.source.mastodon;

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

/** One archive file being read: the streaming parser, positions, and the summary counts. */
final class MastodonFile {

  /** Reads the file's JSON value; the parser stands on its first token. */
  interface Body {
    void read(MastodonFile file) throws IOException;
  }

  private final String name;
  private final MastodonSink sink;
  private JsonParser parser;
  private int items;
  private int used;
  private int noEvidence;
  private int skipped;

  private MastodonFile(String name, MastodonSink sink) {
    this.name = name;
    this.sink = sink;
  }

  /** Reads {@code in}, which stays open; damaged JSON ends the file with a problem. */
  static MastodonFileSummary read(
      InputStream in, String name, MastodonFileKind kind, MastodonSink sink, Body body)
      throws IOException {
    MastodonFile file = new MastodonFile(name, sink);
    boolean complete = file.readAll(in, body);
    return new MastodonFileSummary(
        name, kind, file.items, file.used, file.noEvidence, file.skipped, complete);
  }

  private boolean readAll(InputStream in, Body body) throws IOException {
    JsonFactory factory =
        JsonFactory.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();
    // bytes, not a Reader: Jackson then detects the encoding and skips a byte order mark
    try (JsonParser p = factory.createParser(in)) {
      parser = p;
      JsonToken first = p.nextToken();
      if (first != JsonToken.START_OBJECT) {
        problem(
            first == null ? SourceRef.wholeFile(name) : here(),
            Severity.ERROR,
            first == null
                ? Message.of("problem.mastodon-unexpected-content.empty")
                : Message.of("problem.mastodon-unexpected-content.no-object", p.getText()),
            false);
        return false;
      }
      body.read(this);
      return true;
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : Math.max(e.getLocation().getLineNr(), 0);
      problem(
          new SourceRef(name, line),
          Severity.ERROR,
          Message.of("problem.mastodon-damaged-file", String.valueOf(items)),
          false);
      return false;
    }
  }

  JsonParser parser() {
    return parser;
  }

  String name() {
    return name;
  }

  MastodonSink sink() {
    return sink;
  }

  SourceRef here() {
    return new SourceRef(name, Math.max(parser.currentTokenLocation().getLineNr(), 0));
  }

  /** Counts an item and returns its 1-based number. */
  int nextItem() {
    return ++items;
  }

  void used() {
    used++;
  }

  void noEvidence() {
    noEvidence++;
  }

  void skip(SourceRef source, Severity severity, Message text) {
    skipped++;
    problem(source, severity, text, true);
  }

  void problem(SourceRef source, Severity severity, Message text, boolean skip) {
    sink.problem(new Problem(source, severity, text, skip));
  }
}
