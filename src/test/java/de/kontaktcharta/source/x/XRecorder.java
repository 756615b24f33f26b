package de.kontaktcharta.source.x;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import de.kontaktcharta.model.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects what the readers pass on, and reads fixture files through the detector. */
final class XRecorder implements XSink {

  final List<XAccount> accounts = new ArrayList<>();
  final List<XManifest> manifests = new ArrayList<>();
  final List<XDirectMessage> messages = new ArrayList<>();
  final List<XMention> mentions = new ArrayList<>();
  final List<XFollow> follows = new ArrayList<>();
  final List<Problem> problems = new ArrayList<>();

  @Override
  public void account(XAccount account) {
    accounts.add(account);
  }

  @Override
  public void manifest(XManifest manifest) {
    manifests.add(manifest);
  }

  @Override
  public void directMessage(XDirectMessage message) {
    messages.add(message);
  }

  @Override
  public void mention(XMention mention) {
    mentions.add(mention);
  }

  @Override
  public void follow(XFollow follow) {
    follows.add(follow);
  }

  @Override
  public void problem(Problem problem) {
    problems.add(problem);
  }

  List<String> codes() {
    return problems.stream().map(Problem::code).toList();
  }

  /** A fixture under {@code fixtures/x/}. */
  static Path fixture(String name) {
    URL url = XRecorder.class.getResource("/fixtures/x/" + name);
    assertNotNull(url, "missing fixture " + name);
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] bytes(String fixture) {
    try {
      return Files.readAllBytes(fixture(fixture));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Detects the fixture from its first 512 bytes, as the input layer will, and reads it. */
  XFileSummary read(String fixture) throws IOException {
    return read(new XArchiveReader(), fixture);
  }

  XFileSummary read(XArchiveReader reader, String fixture) throws IOException {
    byte[] all = bytes(fixture);
    return read(reader, all, fixture);
  }

  XFileSummary readText(String text, String name) throws IOException {
    return read(new XArchiveReader(), text.getBytes(StandardCharsets.UTF_8), name);
  }

  private XFileSummary read(XArchiveReader reader, byte[] all, String name) throws IOException {
    XFileType type =
        XDetector.detect(Arrays.copyOf(all, Math.min(all.length, 512)))
            .orElseThrow(() -> new AssertionError("not detected: " + name));
    try (InputStream in = new ByteArrayInputStream(all)) {
      return reader.read(type, in, name, this);
    }
  }
}
