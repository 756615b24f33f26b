package de.kontaktcharta.source.mastodon;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Reads the JSON files of a Mastodon account archive (the {@code .tar.gz} of 2018–2023 and the
 * {@code .zip} since; unpacking is the caller's) and passes the owner and the owner's direct posts
 * and replies to a {@link MastodonSink}. The outbox is streamed item by item; its size does not
 * matter.
 *
 * <p>The archive holds only what the owner sent: it can show that the owner wrote to someone, never
 * that they wrote back. Damaged content never throws: it ends the file with a problem.
 */
public final class MastodonReader {

  /**
   * Reads {@code in}, which the caller keeps open and closes.
   *
   * @param kind what {@link MastodonDetector} found
   * @param in the file's content
   * @param fileName the name to show in sources and problems
   * @param sink receives records and problems
   * @return counts for the accounting
   * @throws IOException only when reading the stream fails
   */
  public MastodonFileSummary read(
      MastodonFileKind kind, InputStream in, String fileName, MastodonSink sink)
      throws IOException {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(sink, "sink");
    switch (kind) {
      case OUTBOX:
        return MastodonFile.read(in, fileName, kind, sink, new OutboxReader()::read);
      case ACTOR:
        return MastodonFile.read(in, fileName, kind, sink, ActorReader::read);
      default:
        // likes and bookmarks name posts, not people: understood, nothing to read
        return new MastodonFileSummary(fileName, kind, 0, 0, 0, 0, true);
    }
  }
}
