package de.kontaktcharta.source.mastodon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.kontaktcharta.testing.Producers;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mastodon's archive (see {@code producers/README.md}). */
class MastodonProducersTest {

  @Test
  void theDirectNoteIsTheOneMessageAndTheBoostIsNone() throws IOException {
    MastodonRecorder r = new MastodonRecorder();
    byte[] all = Files.readAllBytes(Producers.file("mastodon/outbox.json"));
    MastodonFileKind kind =
        MastodonDetector.detect("outbox.json", Arrays.copyOf(all, Math.min(all.length, 4096)))
            .orElseThrow();
    r.read(kind, all, "outbox.json");

    assertEquals(1, r.posts.size(), r.codes()::toString);
    MastodonPost direct = r.posts.get(0);
    assertEquals(MastodonPost.Kind.DIRECT, direct.kind());
    assertEquals(
        List.of(new MastodonAccount("https://other.example/users/erika", "@erika@other.example")),
        direct.addressed());
  }
}
