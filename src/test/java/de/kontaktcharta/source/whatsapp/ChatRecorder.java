package de.kontaktcharta.source.whatsapp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Keeps everything the chat reader reports, for assertions. */
final class ChatRecorder implements ChatListener {

  final List<ChatMessage> lines = new ArrayList<>();
  final List<ChatProblem> problems = new ArrayList<>();
  final List<String> order = new ArrayList<>();
  ChatSummary summary;

  @Override
  public void message(ChatMessage message) {
    lines.add(message);
    order.add(message.line() + " " + message.kind());
  }

  @Override
  public void problem(ChatProblem problem) {
    problems.add(problem);
    order.add(problem.line() + " " + problem.kind());
  }

  List<ChatMessage> sent() {
    return lines.stream().filter(ChatMessage::sentByAuthor).toList();
  }

  ChatMessage atLine(int line) {
    return lines.stream()
        .filter(m -> m.line() == line)
        .findFirst()
        .orElseThrow(() -> new AssertionError("nothing at line " + line + ": " + order));
  }

  static InputStream fixture(String path) {
    InputStream in = ChatRecorder.class.getResourceAsStream("/fixtures/whatsapp/" + path);
    if (in == null) {
      throw new AssertionError("missing fixture " + path);
    }
    return in;
  }

  static ChatRecorder read(String path) {
    return read(path, ChatSource.of(path));
  }

  static ChatRecorder read(String path, ChatSource source) {
    ChatRecorder recorder = new ChatRecorder();
    try (InputStream in = fixture(path)) {
      recorder.summary = new ChatReader().read(in, source, recorder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return recorder;
  }

  static ChatRecorder readText(String text) {
    ChatRecorder recorder = new ChatRecorder();
    try {
      recorder.summary =
          new ChatReader()
              .read(
                  new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                  new ChatSource("test.txt", null),
                  recorder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return recorder;
  }
}
