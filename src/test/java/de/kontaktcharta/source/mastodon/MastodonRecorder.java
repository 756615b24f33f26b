package de.kontaktcharta.source.mastodon;

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
final class MastodonRecorder implements MastodonSink {

  final List<MastodonOwner> owners = new ArrayList<>();
  final List<MastodonPost> posts = new ArrayList<>();
  final List<Problem> problems = new ArrayList<>();

  @Override
  public void owner(MastodonOwner owner) {
    owners.add(owner);
  }

  @Override
  public void post(MastodonPost post) {
    posts.add(post);
  }

  @Override
  public void problem(Problem problem) {
    problems.add(problem);
  }

  List<String> codes() {
    return problems.stream().map(Problem::code).toList();
  }

  static byte[] bytes(String fixture) {
    URL url = MastodonRecorder.class.getResource("/fixtures/mastodon/" + fixture);
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
  MastodonFileSummary read(String fixture) throws IOException {
    byte[] all = bytes(fixture);
    MastodonFileKind kind =
        MastodonDetector.detect(fixture, Arrays.copyOf(all, Math.min(all.length, 4096)))
            .orElseThrow(() -> new AssertionError("not detected: " + fixture));
    return read(kind, all, fixture);
  }

  MastodonFileSummary read(MastodonFileKind kind, byte[] content, String name) throws IOException {
    try (InputStream in = new ByteArrayInputStream(content)) {
      return new MastodonReader().read(kind, in, name, this);
    }
  }
}
