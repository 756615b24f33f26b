package de.kontaktcharta.source.telegram;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import de.kontaktcharta.model.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects what the reader passes on; reads fixtures through the detector. */
final class TelegramRecorder implements TelegramSink {

  final List<TelegramOwner> owners = new ArrayList<>();
  final List<TelegramContact> contacts = new ArrayList<>();
  final List<TelegramFrequentContact> frequent = new ArrayList<>();
  final List<TelegramMessage> messages = new ArrayList<>();
  final List<Problem> problems = new ArrayList<>();

  @Override
  public void owner(TelegramOwner owner) {
    owners.add(owner);
  }

  @Override
  public void contact(TelegramContact contact) {
    contacts.add(contact);
  }

  @Override
  public void frequentContact(TelegramFrequentContact contact) {
    frequent.add(contact);
  }

  @Override
  public void message(TelegramMessage message) {
    messages.add(message);
  }

  @Override
  public void problem(Problem problem) {
    problems.add(problem);
  }

  List<String> codes() {
    return problems.stream().map(Problem::code).toList();
  }

  List<String> messageIds() {
    return messages.stream().map(TelegramMessage::messageId).toList();
  }

  static byte[] bytes(String fixture) {
    URL url = TelegramRecorder.class.getResource("/fixtures/telegram/" + fixture);
    assertNotNull(url, "missing fixture " + fixture);
    try {
      return Files.readAllBytes(Path.of(url.toURI()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Detects the fixture from its first 4 KB, as the input layer will, and reads it. */
  TelegramFileSummary read(String fixture) throws IOException {
    byte[] all = bytes(fixture);
    TelegramFileKind kind =
        TelegramDetector.detect(Arrays.copyOf(all, Math.min(all.length, 4096)))
            .orElseThrow(() -> new AssertionError("not detected: " + fixture));
    return read(kind, all, fixture);
  }

  TelegramFileSummary read(TelegramFileKind kind, byte[] content, String name) throws IOException {
    try (InputStream in = new ByteArrayInputStream(content)) {
      return new TelegramReader().read(kind, in, name, this);
    }
  }
}
