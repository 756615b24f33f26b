package de.kontaktcharta.source.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Keeps everything a reader reports, in order, for assertions. */
final class MailRecorder implements MailListener {

  final List<MailHeaders> messages = new ArrayList<>();
  final List<MailPosition> skipped = new ArrayList<>();
  final List<MailProblem> problems = new ArrayList<>();
  final List<String> order = new ArrayList<>();
  MailReadSummary summary;

  @Override
  public void message(MailHeaders headers) {
    messages.add(headers);
    order.add("message " + headers.position().number());
  }

  @Override
  public void skipped(MailPosition position, SkipReason reason) {
    skipped.add(position);
    order.add("skipped " + position.number() + " " + reason);
  }

  @Override
  public void problem(MailProblem problem) {
    problems.add(problem);
    order.add("problem " + problem.position().number() + " " + problem.kind());
  }

  MailHeaders byMessageId(String id) {
    return messages.stream()
        .filter(m -> m.messageId().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no message " + id + " in " + order));
  }

  static InputStream fixture(String path) {
    InputStream in = MailRecorder.class.getResourceAsStream("/fixtures/mail/" + path);
    if (in == null) {
      throw new AssertionError("missing fixture " + path);
    }
    return in;
  }

  static MailRecorder readMbox(String path) {
    MailRecorder recorder = new MailRecorder();
    try (InputStream in = fixture(path)) {
      recorder.summary = new MboxReader().read(in, path, recorder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return recorder;
  }

  static MailRecorder readMbox(byte[] bytes, MailLimits limits) {
    MailRecorder recorder = new MailRecorder();
    try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
      recorder.summary = new MboxReader(limits).read(in, "test.mbox", recorder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return recorder;
  }
}
