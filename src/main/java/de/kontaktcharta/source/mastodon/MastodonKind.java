package de.kontaktcharta.source.mastodon;

import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.source.ContentKind;
import java.util.Locale;

/**
 * A Mastodon account archive: {@code outbox.json}, what the owner posted, and {@code actor.json},
 * the owner. The likes, bookmarks and media beside them come along and are counted in one line.
 */
public final class MastodonKind {

  public static final InputKind KIND = new InputKind("mastodon", InputKind.Role.EVIDENCE);

  public static final ContentKind SOURCE =
      ContentKind.of(
              KIND,
              (name, head, complete) ->
                  MastodonDetector.detect(name, head)
                      .filter(k -> k == MastodonFileKind.OUTBOX || k == MastodonFileKind.ACTOR)
                      .isPresent(),
              new MastodonFacts(),
              Message.of("cause.no-mastodon-posts"))
          .withCompanions(MastodonKind::comesAlong);

  private MastodonKind() {}

  /** The media, the profile images, and the likes and bookmarks, which name posts, not people. */
  static boolean comesAlong(String path) {
    String name = path.substring(path.replace('\\', '/').lastIndexOf('/') + 1);
    String lower = name.toLowerCase(Locale.ROOT);
    return MastodonDetector.media(path)
        || lower.equals("likes.json")
        || lower.equals("bookmarks.json");
  }
}
