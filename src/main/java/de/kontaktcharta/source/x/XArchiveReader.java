package de.kontaktcharta.source.x;

import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Reads one file of an X (Twitter) data archive, 2019 to today, as {@link XDetector} classified it,
 * and passes what it finds to an {@link XSink}. Files are streamed: a file of any size needs only
 * memory for one entry (one group conversation at most, see {@link XDirectMessage}).
 *
 * <p>Damaged or truncated content never throws: it ends the file with a {@link Problem} naming file
 * and line, after everything before it was passed on. Only a failing stream throws.
 */
public final class XArchiveReader {

  private final GroupMembers.Limit limit;

  public XArchiveReader() {
    this(GroupMembers.Limit.DEFAULT);
  }

  XArchiveReader(GroupMembers.Limit limit) {
    this.limit = limit;
  }

  /**
   * Reads {@code in}, which the caller keeps open and closes.
   *
   * @param type what the detector found at the head of the file
   * @param in the file's content
   * @param fileName the name to show in sources and problems, e.g. {@code
   *     twitter-2023.zip!data/direct-messages.js}
   * @param sink receives the records and problems
   * @return counts for the accounting
   * @throws IOException only when reading the stream fails
   */
  public XFileSummary read(XFileType type, InputStream in, String fileName, XSink sink)
      throws IOException {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(sink, "sink");
    XFileKind kind = type.kind();
    switch (kind) {
      case MANIFEST:
        return XFile.read(in, fileName, kind, sink, new ManifestReader()::read);
      case ACCOUNT:
        return XFile.read(in, fileName, kind, sink, AccountReader::read);
      case DIRECT_MESSAGES:
      case DIRECT_MESSAGE_HEADERS:
      case GROUP_DIRECT_MESSAGES:
      case GROUP_DIRECT_MESSAGE_HEADERS:
        return XFile.read(
            in, fileName, kind, sink, new DirectMessageReader(kind.group(), limit)::read);
      case TWEETS:
        return XFile.read(in, fileName, kind, sink, new TweetReader()::read);
      case FOLLOWERS:
        return XFile.read(
            in, fileName, kind, sink, new FollowReader(XFollow.Direction.FOLLOWS_OWNER)::read);
      case FOLLOWING:
        return XFile.read(
            in, fileName, kind, sink, new FollowReader(XFollow.Direction.FOLLOWED_BY_OWNER)::read);
      case OLD_TWEET_ARCHIVE:
        sink.problem(
            Problem.note(
                SourceRef.wholeFile(fileName),
                Severity.INFO,
                Message.of("problem.x-old-tweet-archive")));
        return new XFileSummary(fileName, kind, 0, 0, 0, true);
      default:
        // understood, but says nothing about exchange: nothing to read
        return new XFileSummary(fileName, kind, 0, 0, 0, true);
    }
  }
}
