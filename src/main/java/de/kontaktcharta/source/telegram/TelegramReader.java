package de.kontaktcharta.source.telegram;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Reads a Telegram Desktop {@code result.json}, full export or single chat, streaming message by
 * message: a file of gigabytes needs memory for one message. Invalid JSON that Telegram Desktop is
 * known to write is repaired on the way; other broken JSON inside a message costs that message,
 * never the rest of the file. The HTML export is recognised and explained, not read.
 */
public final class TelegramReader {

  /**
   * Reads {@code in}, which the caller keeps open and closes.
   *
   * @param kind what {@link TelegramDetector} found
   * @param in the file's content
   * @param fileName the name to show in sources and problems
   * @param sink receives the records and problems
   * @return counts for the accounting
   * @throws IOException only when reading the stream fails
   */
  public TelegramFileSummary read(
      TelegramFileKind kind, InputStream in, String fileName, TelegramSink sink)
      throws IOException {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(sink, "sink");
    if (kind == TelegramFileKind.HTML_EXPORT) {
      sink.problem(html(fileName));
      return new TelegramFileSummary(fileName, kind, 0, 0, 0, 0, 0, 0, false);
    }
    return readJson(kind, in, fileName, sink);
  }

  private static Problem html(String fileName) {
    return new Problem(
        SourceRef.wholeFile(fileName),
        Severity.WARNING,
        Message.of("problem.telegram-html-export"),
        false);
  }

  private static TelegramFileSummary readJson(
      TelegramFileKind kind, InputStream in, String fileName, TelegramSink sink)
      throws IOException {
    JsonRepair repair = new JsonRepair(new InputStreamReader(in, StandardCharsets.UTF_8));
    JsonFactory factory =
        JsonFactory.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();
    TelegramFile file;
    boolean complete = false;
    try (ResumableParser parser = new ResumableParser(factory, new PushbackSource(repair))) {
      file = new TelegramFile(fileName, sink, parser);
      try {
        complete = new ExportReader(file).read();
      } catch (ResumableParser.Lost e) {
        file.note(
            SourceRef.wholeFile(fileName),
            Severity.ERROR,
            e.fileEnded()
                ? Message.of("problem.telegram-damaged-file.ends", String.valueOf(e.line()))
                : Message.of("problem.telegram-damaged-file.lost", String.valueOf(e.line())));
      } catch (JsonProcessingException e) {
        file.note(
            file.at(parser.stopLine()),
            Severity.ERROR,
            Message.of("problem.telegram-damaged-file"));
      }
    }
    repairs(file, repair);
    return new TelegramFileSummary(
        fileName,
        kind,
        file.chats,
        file.messages,
        file.used,
        file.noEvidence,
        file.skipped,
        repair.escapes() + repair.unquoted(),
        complete);
  }

  private static void repairs(TelegramFile file, JsonRepair repair) {
    SourceRef whole = SourceRef.wholeFile(file.name());
    if (repair.escapes() > 0) {
      file.note(
          whole, Severity.INFO, Message.of("problem.telegram-repaired-escapes", repair.escapes()));
    }
    if (repair.unquoted() > 0) {
      file.note(
          whole, Severity.INFO, Message.of("problem.telegram-repaired-values", repair.unquoted()));
    }
  }
}
